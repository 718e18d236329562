package uk.oic.actionplan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.oic.actionplan.kernel.AreaStatus;
import uk.oic.actionplan.kernel.ProcessKeys;
import uk.oic.actionplan.readmodel.ReadModel;

/**
 * Where each plan stands, from the {@link ReadModel}: each area as its latest instance left it, the
 * next due date from its open tasks (those of the instances it calls count too).
 *
 * <p>Each caller sees only what the engine lets them read: the history of an area's process
 * ({@code READ_HISTORY} on its definition: the strategic lead, OPCC staff, the PCC and
 * administrators). For anyone else the area's plan data is shown with the status NOT_VISIBLE.
 */
@Service
public class PlanStatusService {

  private final PlanCatalog plans;
  private final ReadModel readModel;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final Clock clock;
  private final ZoneId zone;

  PlanStatusService(PlanCatalog plans, ReadModel readModel, AuthorizationService authorizationService, IdentityService identityService, Clock engineClock,
      @Value("${oic.calendar.zone:Europe/London}") ZoneId zone) {
    this.plans = plans;
    this.readModel = readModel;
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.clock = engineClock;
    this.zone = zone;
  }

  /** Every plan as {@code userId} may see it. */
  public List<PlanStatus> all(String userId) {
    var reader = reader(userId);
    var states = readModel.plans();
    var areas = readModel.areasOfAllPlans();
    var next = readModel.nextTasksOfAllPlans();
    return plans.all().stream()
        .map(plan -> status(plan, reader, Optional.ofNullable(states.get(plan.id())),
            areas.getOrDefault(plan.id(), Map.of()), next.getOrDefault(plan.id(), Map.of())))
        .toList();
  }

  /** @throws UnknownPlanException when there is no plan with this id */
  public PlanStatus one(String planId, String userId) {
    plans.find(planId).orElseThrow(() -> new UnknownPlanException(planId));
    return one(planId, userId, readModel.areas(planId), readModel.nextTasks(planId));
  }

  /**
   * The plan from its areas' states and next tasks as the caller has read them from the {@link ReadModel}
   * (a caller that shows more of them reads them once).
   *
   * @throws UnknownPlanException when there is no plan with this id
   */
  public PlanStatus one(String planId, String userId, Map<Integer, ReadModel.AreaState> states,
      Map<Integer, ReadModel.NextTask> next) {
    var plan = plans.find(planId).orElseThrow(() -> new UnknownPlanException(planId));
    return status(plan, reader(userId), readModel.plan(planId), states, next);
  }

  private PlanStatus status(PlanDefinition plan, Reader reader, Optional<ReadModel.PlanState> state,
      Map<Integer, ReadModel.AreaState> states,
      Map<Integer, ReadModel.NextTask> next) {
    var today = LocalDate.now(clock.withZone(zone));
    var mayReadAreas = reader.mayRead(ProcessKeys.AREA);
    var areas = plan.areas().stream()
        .map(area -> area(plan, area, mayReadAreas, states.get(area.number()), next.get(area.number()), today)).toList();
    var recommendations = plan.recommendations().stream().map(rec -> {
      var own = areas.stream().filter(a -> rec.id().equals(a.recommendationId())).toList();
      var status = ProgressRules.recommendationStatus(own.stream().map(PlanStatus.Area::status).toList(), rec.deadline(), today);
      return new PlanStatus.Recommendation(rec.id(), rec.source(), rec.number(), rec.label(), rec.title(), rec.deadline(), status,
          own.stream().map(PlanStatus.Area::number).toList());
    }).toList();
    var provenance = new PlanStatus.Provenance(plan.draft(), plan.areasNote(), Origin.INSPECTION, Origin.FORCE);
    return new PlanStatus(plan.id(), plan.title(), plan.force(), planState(state, reader), provenance, recommendations,
        areas);
  }

  private static String planState(Optional<ReadModel.PlanState> state, Reader reader) {
    if (!reader.mayRead(ProcessKeys.ACTION_PLAN)) {
      return PlanStatus.NOT_VISIBLE;
    }
    return state
        .map(s -> s.running() ? PlanStatus.RUNNING : PlanStatus.COMPLETED)
        .orElse(PlanStatus.NOT_STARTED);
  }

  private PlanStatus.Area area(PlanDefinition plan, PlanDefinition.Area area, boolean mayRead, ReadModel.AreaState state,
      ReadModel.NextTask next, LocalDate today) {
    var deadline = plan.deadlineOf(area);
    var label = area.recommendation() == null ? PlanAreas.NO_RECOMMENDATION
        : plan.recommendation(area.recommendation()).map(PlanDefinition.Recommendation::label).orElseThrow();
    var target = PlanStatus.Target.of(area.target());
    if (!mayRead) {
      return new PlanStatus.Area(area.number(), area.setBy(), area.name(), area.ownerGroup(), area.recommendation(), label,
          deadline, area.deadlineSetBy(), target,
          PlanStatus.NOT_VISIBLE, false, null, null, null, null, null, null, null);
    }
    if (state == null) {
      return new PlanStatus.Area(area.number(), area.setBy(), area.name(), area.ownerGroup(), area.recommendation(), label,
          deadline, area.deadlineSetBy(), target,
          PlanStatus.NOT_STARTED, today.isAfter(deadline), null, null, null, null, null, null, null);
    }
    var status = state.status() == null ? PlanStatus.NOT_STARTED : state.status();
    var signedOff = AreaStatus.SIGNED_OFF.is(status);
    var progress = state.progressPercent();
    return new PlanStatus.Area(area.number(), area.setBy(), area.name(), area.ownerGroup(), area.recommendation(), label,
        deadline, area.deadlineSetBy(), target, status, !signedOff && today.isAfter(deadline),
        state.rag(), progress,
        ProgressRules.scheduleRag(progress, plan.startDate(), deadline, today, signedOff),
        next == null ? null : Date.from(next.dueAt()),
        state.lastUpdateAt() == null ? null : Date.from(state.lastUpdateAt()), state.lastUpdateBy(),
        state.lastNarrative());
  }

  /** What {@code userId} may read, asked of the engine once per process definition key. */
  private Reader reader(String userId) {
    var groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    var answers = new HashMap<String, Boolean>();
    return key -> answers.computeIfAbsent(key, k -> authorizationService.isUserAuthorized(userId, groups,
        ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, k));
  }

  @FunctionalInterface
  private interface Reader {
    boolean mayRead(String processDefinitionKey);
  }
}
