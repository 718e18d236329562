package uk.oic.actionplan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.oic.actionplan.kernel.AreaStatus;

/**
 * Where each plan stands, read from the engine: each area's latest instance (running or ended) and
 * its variables from history, the next due date from its open tasks (the shared call activities
 * carry the area's business key, so their tasks count too).
 *
 * <p>Each caller sees only what the engine lets them read: the history of an area's process
 * ({@code READ_HISTORY} on its definition: the strategic lead, OPCC staff, the PCC and
 * administrators). For anyone else the area's plan data is shown with the status NOT_VISIBLE.
 */
@Service
public class PlanStatusService {

  private final PlanCatalog plans;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final Clock clock;
  private final ZoneId zone;

  PlanStatusService(PlanCatalog plans, HistoryService historyService, TaskService taskService,
      AuthorizationService authorizationService, IdentityService identityService, Clock engineClock,
      @Value("${oic.calendar.zone:Europe/London}") ZoneId zone) {
    this.plans = plans;
    this.historyService = historyService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.clock = engineClock;
    this.zone = zone;
  }

  /** Every plan as {@code userId} may see it. */
  public List<PlanStatus> all(String userId) {
    var reader = reader(userId);
    return plans.all().stream().map(plan -> status(plan, reader)).toList();
  }

  /** @throws UnknownPlanException when there is no plan with this id */
  public PlanStatus one(String planId, String userId) {
    var plan = plans.find(planId).orElseThrow(() -> new UnknownPlanException(planId));
    return status(plan, reader(userId));
  }

  private PlanStatus status(PlanDefinition plan, Reader reader) {
    var today = LocalDate.now(clock.withZone(zone));
    var areas = plan.areas().stream().map(area -> area(plan, area, reader, today)).toList();
    var recommendations = plan.recommendations().stream().map(rec -> {
      var own = areas.stream().filter(a -> rec.id().equals(a.recommendationId())).toList();
      var status = ProgressRules.recommendationStatus(own.stream().map(PlanStatus.Area::status).toList(), rec.deadline(), today);
      return new PlanStatus.Recommendation(rec.id(), rec.source(), rec.number(), rec.label(), rec.title(), rec.deadline(), status,
          own.stream().map(PlanStatus.Area::number).toList());
    }).toList();
    var provenance = new PlanStatus.Provenance(plan.draft(), plan.areasNote(), Origin.INSPECTION, Origin.FORCE);
    return new PlanStatus(plan.id(), plan.title(), plan.force(), planState(plan, reader), provenance, recommendations,
        areas);
  }

  private String planState(PlanDefinition plan, Reader reader) {
    if (!reader.mayRead(ActionPlanVariables.PROCESS_KEY)) {
      return PlanStatus.NOT_VISIBLE;
    }
    var instance = latest(ActionPlanVariables.PROCESS_KEY, plan.id());
    if (instance.isEmpty()) {
      return PlanStatus.NOT_STARTED;
    }
    return instance.get(0).getEndTime() == null ? PlanStatus.RUNNING : PlanStatus.COMPLETED;
  }

  private PlanStatus.Area area(PlanDefinition plan, PlanDefinition.Area area, Reader reader, LocalDate today) {
    var deadline = plan.deadlineOf(area);
    var label = area.recommendation() == null ? PlanAreas.NO_RECOMMENDATION
        : plan.recommendation(area.recommendation()).map(PlanDefinition.Recommendation::label).orElseThrow();
    var target = PlanStatus.Target.of(area.target());
    var key = ActionPlanVariables.AREA_PROCESS_KEY;
    if (!reader.mayRead(key)) {
      return new PlanStatus.Area(area.number(), area.setBy(), area.name(), area.ownerGroup(), area.recommendation(), label,
          deadline, area.deadlineSetBy(), target,
          PlanStatus.NOT_VISIBLE, false, null, null, null, null, null, null, null);
    }
    var businessKey = plan.id() + "/" + area.key();
    var instances = latest(key, businessKey);
    if (instances.isEmpty()) {
      return new PlanStatus.Area(area.number(), area.setBy(), area.name(), area.ownerGroup(), area.recommendation(), label,
          deadline, area.deadlineSetBy(), target,
          PlanStatus.NOT_STARTED, today.isAfter(deadline), null, null, null, null, null, null, null);
    }
    var variables = variables(instances.get(0).getId());
    var status = (String) variables.getOrDefault("areaStatus", PlanStatus.NOT_STARTED);
    var signedOff = AreaStatus.SIGNED_OFF.is(status);
    var progress = (Integer) variables.get("lastProgressPercent");
    var nextTask = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).dueAfter(new Date(0))
        .orderByDueDate().asc().listPage(0, 1);
    return new PlanStatus.Area(area.number(), area.setBy(), area.name(), area.ownerGroup(), area.recommendation(), label,
        deadline, area.deadlineSetBy(), target, status, !signedOff && today.isAfter(deadline),
        (String) variables.get("lastRag"), progress,
        ProgressRules.scheduleRag(progress, plan.startDate(), deadline, today, signedOff),
        nextTask.isEmpty() ? null : nextTask.get(0).getDueDate(),
        (Date) variables.get("lastUpdateAt"), (String) variables.get("lastUpdateBy"), (String) variables.get("lastNarrative"));
  }

  /** The running instance; else the last completed one; else the last one at all (e.g. cancelled). */
  private List<HistoricProcessInstance> latest(String processDefinitionKey, String businessKey) {
    var running = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
        .processInstanceBusinessKey(businessKey).unfinished().orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (!running.isEmpty()) {
      return running;
    }
    var completed = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
        .processInstanceBusinessKey(businessKey).completed().orderByProcessInstanceEndTime().desc().listPage(0, 1);
    if (!completed.isEmpty()) {
      return completed;
    }
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().listPage(0, 1);
  }

  private Map<String, Object> variables(String processInstanceId) {
    var values = new HashMap<String, Object>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableNameIn("areaStatus", "lastRag", "lastProgressPercent", "lastUpdateAt", "lastUpdateBy", "lastNarrative")
        .list().stream()
        // the area's own variables, not those of an inner scope with the same name
        .filter(v -> processInstanceId.equals(v.getExecutionId()))
        .forEach((HistoricVariableInstance v) -> values.put(v.getName(), v.getValue()));
    return values;
  }

  private Reader reader(String userId) {
    var groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return key -> authorizationService.isUserAuthorized(userId, groups, ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, key);
  }

  @FunctionalInterface
  private interface Reader {
    boolean mayRead(String processDefinitionKey);
  }
}
