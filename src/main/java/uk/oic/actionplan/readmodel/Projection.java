package uk.oic.actionplan.readmodel;

import static uk.oic.actionplan.kernel.AreaStateVariables.AREA_STATUS;
import static uk.oic.actionplan.kernel.AreaStateVariables.BLOCKERS;
import static uk.oic.actionplan.kernel.AreaStateVariables.COMPLETION_RATE;
import static uk.oic.actionplan.kernel.AreaStateVariables.EVIDENCE_REFERENCE;
import static uk.oic.actionplan.kernel.AreaStateVariables.FIGURES;
import static uk.oic.actionplan.kernel.AreaStateVariables.FIGURES_AS_AT;
import static uk.oic.actionplan.kernel.AreaStateVariables.FIGURES_RAG;
import static uk.oic.actionplan.kernel.AreaStateVariables.FIGURES_RATE;
import static uk.oic.actionplan.kernel.AreaStateVariables.FIGURES_SUMMARY;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_NARRATIVE;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_PROGRESS_PERCENT;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_RAG;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_REVIEW_COMMENT;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_UPDATE;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_UPDATE_AT;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_UPDATE_BY;
import static uk.oic.actionplan.kernel.AreaStateVariables.SIGN_OFF_REASON;
import static uk.oic.actionplan.kernel.AreaStateVariables.SUBMITTED_AT;
import static uk.oic.actionplan.kernel.AreaStateVariables.TARGET_MET;
import static uk.oic.actionplan.kernel.AreaStateVariables.WAITING_CHASED_ON;
import static uk.oic.actionplan.kernel.AreaStateVariables.WAITING_FOR;
import static uk.oic.actionplan.kernel.AreaStateVariables.WAITING_ON;
import static uk.oic.actionplan.kernel.AreaStateVariables.WAITING_SINCE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.oic.actionplan.kernel.AreaStateVariables;
import uk.oic.actionplan.kernel.AreaStatus;
import uk.oic.actionplan.kernel.ProcessKeys;
import uk.oic.actionplan.readmodel.Rows.Area;
import uk.oic.actionplan.readmodel.Rows.Figures;
import uk.oic.actionplan.readmodel.Rows.OpenTask;
import uk.oic.actionplan.readmodel.Rows.Plan;
import uk.oic.actionplan.readmodel.Rows.Route;
import uk.oic.actionplan.readmodel.Rows.SignOff;
import uk.oic.actionplan.readmodel.Rows.Submission;
import uk.oic.actionplan.readmodel.Rows.Update;

/**
 * Applies a run of {@link Change}s to the read model: live, the changes of one engine command; on a
 * rebuild, every change the engine's history holds, oldest first. The same rules either way, so a
 * rebuilt model equals the live one.
 *
 * <ul>
 *   <li>An instance of a plan is one whose business key is the plan's id (the action plan) or an area's
 *       ({@code <planId>/area-<n>}: the area's frame and every instance it calls), or one called by such
 *       an instance.
 *   <li>An area follows its latest frame instance ({@code oic-area}): the frame's own variables
 *       ({@link AreaStateVariables}), and the completion figures of the own work it calls.
 *   <li>An accepted update is the {@link AreaStateVariables#LAST_UPDATE} variables written together on
 *       the frame; a name written again starts the next. It takes what the owner submitted (blockers,
 *       evidence reference) from the called instance whose {@code submittedAt} it carries.
 *   <li>A round of figures is the {@link AreaStateVariables#FIGURES} written together on an own work.
 *   <li>A sign-off is the frame's status becoming {@link AreaStatus#SIGNED_OFF}.
 * </ul>
 *
 * <p>Rows read are kept for the run and written once, at {@link #finish()}; so is each open task's row.
 */
final class Projection {

  private static final Set<String> FRAME_VALUES = Set.of(AREA_STATUS, LAST_RAG, LAST_PROGRESS_PERCENT, LAST_NARRATIVE,
      LAST_UPDATE_BY, LAST_UPDATE_AT, LAST_REVIEW_COMMENT, WAITING_ON, WAITING_FOR, WAITING_SINCE, WAITING_CHASED_ON,
      SIGN_OFF_REASON);
  private static final Set<String> WORK_VALUES;
  private static final Set<String> SUBMISSION_VALUES = Set.of(SUBMITTED_AT, BLOCKERS, EVIDENCE_REFERENCE);

  static {
    var work = new HashSet<>(List.of(COMPLETION_RATE, FIGURES_AS_AT));
    for (int n = 1; n <= AreaStateVariables.MODULES; n++) {
      work.add(AreaStateVariables.moduleRate(n));
    }
    WORK_VALUES = Set.copyOf(work);
  }

  /** Every variable name the read model follows; others are not passed in. */
  static final Set<String> FOLLOWED;

  static {
    var all = new HashSet<String>();
    all.addAll(FRAME_VALUES);
    all.addAll(WORK_VALUES);
    all.addAll(SUBMISSION_VALUES);
    all.addAll(FIGURES);
    FOLLOWED = Set.copyOf(all);
  }

  private final Store store;
  private final ZoneId zone;

  private final Map<String, Route> routes = new HashMap<>();
  private final Set<String> newRoutes = new HashSet<>();
  private final Set<String> endedRoutes = new HashSet<>();
  private final Map<String, Plan> plans = new HashMap<>();
  private final Set<String> newPlans = new HashSet<>();
  private final Set<String> changedPlans = new HashSet<>();
  private final Map<String, Area> areas = new HashMap<>();
  private final Set<String> newAreas = new HashSet<>();
  private final Set<String> changedAreas = new HashSet<>();
  private final Map<String, Submission> submissions = new HashMap<>();
  private final Set<String> newSubmissions = new HashSet<>();
  private final Set<String> changedSubmissions = new HashSet<>();
  /** Variables written together that are not closed yet, by instance: last update on a frame, figures on an own work. */
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Set<String> updatesAdded = new HashSet<>();
  private final Set<String> signOffsAdded = new HashSet<>();
  /** The open tasks' rows as they stand at the end of the run (a task opened and changed is written once). */
  private final Map<String, OpenTask> openTasks = new LinkedHashMap<>();
  /** Tasks the run created, of which no row exists before {@link #finish()}. */
  private final Set<String> createdTasks = new HashSet<>();
  /** Why each frame instance was signed off, as written before its status changes; kept for the run. */
  private final Map<String, String> signOffReasons = new HashMap<>();

  Projection(Store store, ZoneId zone) {
    this.store = store;
    this.zone = zone;
  }

  void apply(Change change) {
    if (change instanceof Change.InstanceStarted started) {
      started(started);
    } else if (change instanceof Change.InstanceEnded ended) {
      ended(ended);
    } else if (change instanceof Change.VariableSet variable) {
      variable(variable);
    } else if (change instanceof Change.TaskOpen task) {
      task(task);
    } else if (change instanceof Change.TaskClosed closed) {
      openTasks.remove(closed.taskId());
      if (!createdTasks.remove(closed.taskId())) {
        store.closeTask(closed.taskId());
      }
    }
  }

  /** Closes what is open and writes every row the run changed. */
  void finish() {
    for (var group : List.copyOf(groups.values())) {
      close(group);
    }
    groups.clear();
    for (var id : newRoutes) {
      store.saveRoute(routes.get(id), true);
    }
    for (var id : endedRoutes) {
      if (!newRoutes.contains(id)) {
        store.saveRoute(routes.get(id), false);
      }
    }
    for (var key : changedPlans) {
      store.savePlan(plans.get(key), newPlans.contains(key));
    }
    for (var key : changedAreas) {
      store.saveArea(areas.get(key), newAreas.contains(key));
    }
    for (var key : changedSubmissions) {
      store.saveSubmission(submissions.get(key), newSubmissions.contains(key));
    }
    for (var task : openTasks.values()) {
      store.saveOpenTask(task, createdTasks.contains(task.taskId()));
    }
  }

  private void started(Change.InstanceStarted started) {
    if (route(started.instanceId()) != null) {
      return;
    }
    String planId = null;
    Integer areaNumber = null;
    var areaKey = ProcessKeys.parseAreaBusinessKey(started.businessKey());
    if (areaKey != null) {
      planId = areaKey.planId();
      areaNumber = areaKey.areaNumber();
    } else if (ProcessKeys.ACTION_PLAN.equals(started.definitionKey()) && started.businessKey() != null) {
      planId = started.businessKey();
    } else if (started.superInstanceId() != null) {
      var parent = route(started.superInstanceId());
      if (parent != null && parent.areaNumber() != null) {
        planId = parent.planId();
        areaNumber = parent.areaNumber();
      }
    }
    if (planId == null) {
      return;
    }
    var route = new Route(started.instanceId(), started.definitionKey(), planId, areaNumber,
        started.superInstanceId(), started.at(), null);
    routes.put(route.instanceId(), route);
    newRoutes.add(route.instanceId());
    if (ProcessKeys.ACTION_PLAN.equals(route.definitionKey()) && areaNumber == null) {
      plans.put(planId, new Plan(planId, route.instanceId(), started.at(), null));
      if (store.plan(planId) == null && !changedPlans.contains(planId)) {
        newPlans.add(planId);
      }
      changedPlans.add(planId);
    } else if (ProcessKeys.AREA.equals(route.definitionKey()) && areaNumber != null) {
      var key = areaKey(planId, areaNumber);
      var existing = area(planId, areaNumber);
      if (existing == null) {
        newAreas.add(key);
      }
      areas.put(key, new Area(planId, areaNumber, route.instanceId(), started.at()));
      changedAreas.add(key);
    }
  }

  private void ended(Change.InstanceEnded ended) {
    var route = route(ended.instanceId());
    if (route == null) {
      return;
    }
    closeGroup(ended.instanceId());
    routes.put(route.instanceId(), route.ended(ended.at()));
    endedRoutes.add(route.instanceId());
    if (route.areaNumber() == null) {
      var plan = plan(route.planId());
      if (plan != null && plan.instanceId().equals(route.instanceId())) {
        plans.put(route.planId(), new Plan(plan.planId(), plan.instanceId(), plan.startedAt(), ended.at()));
        changedPlans.add(route.planId());
      }
      return;
    }
    var area = area(route.planId(), route.areaNumber());
    if (area != null && area.instanceId.equals(route.instanceId())) {
      area.endedAt = ended.at();
      changedAreas.add(areaKey(area.planId, area.number));
    }
  }

  private void variable(Change.VariableSet set) {
    if (!set.instanceScope() || !FOLLOWED.contains(set.name())) {
      return;
    }
    var route = route(set.instanceId());
    if (route == null || route.areaNumber() == null) {
      return;
    }
    var area = area(route.planId(), route.areaNumber());
    if (ProcessKeys.AREA.equals(route.definitionKey())) {
      frameVariable(route, area != null && route.instanceId().equals(area.instanceId) ? area : null, set);
      return;
    }
    if (ProcessKeys.isOwnWork(route.definitionKey())) {
      workVariable(route, area != null && area.instanceId.equals(route.superInstanceId()) ? area : null, set);
    }
    if (SUBMISSION_VALUES.contains(set.name()) && route.superInstanceId() != null) {
      submissionVariable(route, set);
    }
  }

  /** A variable of a frame instance; {@code area} is its row when the instance is the area's latest, else null. */
  private void frameVariable(Route frame, Area area, Change.VariableSet set) {
    var name = set.name();
    var value = set.value();
    if (LAST_UPDATE.contains(name)) {
      group(frame, name, value, set.at(), Group.Kind.UPDATE);
    }
    if (SIGN_OFF_REASON.equals(name)) {
      signOffReasons.put(frame.instanceId(), text(value));
    }
    if (AREA_STATUS.equals(name) && AreaStatus.SIGNED_OFF.is(text(value))) {
      signOff(frame, set.at());
    }
    if (area == null) {
      return;
    }
    switch (name) {
      case AREA_STATUS -> area.status = text(value);
      case LAST_RAG -> area.rag = text(value);
      case LAST_PROGRESS_PERCENT -> area.progressPercent = value instanceof Number n ? n.intValue() : null;
      case LAST_NARRATIVE -> area.lastNarrative = text(value);
      case LAST_UPDATE_BY -> area.lastUpdateBy = text(value);
      case LAST_UPDATE_AT -> area.lastUpdateAt = value instanceof Instant at ? at : null;
      case LAST_REVIEW_COMMENT -> area.lastReviewComment = text(value);
      case WAITING_ON -> area.waitingOn = text(value);
      case WAITING_FOR -> area.waitingFor = text(value);
      case WAITING_SINCE -> area.waitingSince = text(value);
      case WAITING_CHASED_ON -> area.waitingChasedOn = text(value);
      case SIGN_OFF_REASON -> area.signOffReason = text(value);
      default -> workValue(area, name, value);
    }
    changedAreas.add(areaKey(area.planId, area.number));
  }

  /** A variable of an own work instance; {@code area} is its row when the latest frame called it, else null. */
  private void workVariable(Route work, Area area, Change.VariableSet set) {
    if (FIGURES.contains(set.name())) {
      group(work, set.name(), set.value(), set.at(), Group.Kind.FIGURES);
    }
    if (area != null && WORK_VALUES.contains(set.name())) {
      workValue(area, set.name(), set.value());
      changedAreas.add(areaKey(area.planId, area.number));
    }
  }

  private void workValue(Area area, String name, Object value) {
    if (COMPLETION_RATE.equals(name)) {
      area.completionRate = number(value);
    } else if (FIGURES_AS_AT.equals(name)) {
      area.figuresAsAt = text(value);
    } else {
      for (int n = 1; n <= AreaStateVariables.MODULES; n++) {
        if (AreaStateVariables.moduleRate(n).equals(name)) {
          area.moduleRates[n - 1] = number(value);
        }
      }
    }
  }

  private void submissionVariable(Route called, Change.VariableSet set) {
    var id = called.instanceId();
    var current = submissions.containsKey(id) ? submissions.get(id) : store.submission(id);
    if (current == null) {
      current = new Submission(id, called.superInstanceId(), null, null, null);
      newSubmissions.add(id);
    }
    var value = set.value();
    current = switch (set.name()) {
      case SUBMITTED_AT -> new Submission(id, current.areaInstanceId(), value instanceof Instant at ? at : null,
          current.blockers(), current.evidenceReference());
      case BLOCKERS -> new Submission(id, current.areaInstanceId(), current.submittedAt(), text(value),
          current.evidenceReference());
      default -> new Submission(id, current.areaInstanceId(), current.submittedAt(), current.blockers(), text(value));
    };
    submissions.put(id, current);
    changedSubmissions.add(id);
  }

  private void task(Change.TaskOpen task) {
    var route = route(task.instanceId());
    if (route == null || route.areaNumber() == null) {
      return;
    }
    if (task.created()) {
      createdTasks.add(task.taskId());
    }
    openTasks.put(task.taskId(), new OpenTask(task.taskId(), task.instanceId(), route.planId(), route.areaNumber(),
        task.name(), task.dueAt()));
  }

  private void signOff(Route frame, Instant at) {
    if (signOffsAdded.add(frame.instanceId()) && !store.hasSignOff(frame.instanceId())) {
      store.addSignOff(new SignOff(frame.planId(), frame.areaNumber(), frame.instanceId(), at,
          signOffReasons.get(frame.instanceId())));
    }
  }

  // --- values written together ---------------------------------------------------------------

  private static final class Group {
    enum Kind { UPDATE, FIGURES }

    final Kind kind;
    final Route route;
    final Instant at;
    final Map<String, Object> values = new LinkedHashMap<>();

    Group(Kind kind, Route route, Instant at) {
      this.kind = kind;
      this.route = route;
      this.at = at;
    }
  }

  private void group(Route route, String name, Object value, Instant at, Group.Kind kind) {
    var group = groups.get(route.instanceId());
    if (group != null && group.values.containsKey(name)) {
      close(group);
      group = null;
    }
    if (group == null) {
      group = new Group(kind, route, at);
      groups.put(route.instanceId(), group);
    }
    group.values.put(name, value);
  }

  private void closeGroup(String instanceId) {
    var group = groups.get(instanceId);
    if (group != null) {
      close(group);
    }
  }

  private void close(Group group) {
    var route = group.route;
    var instanceId = route.instanceId();
    groups.remove(instanceId);
    var values = group.values;
    if (group.kind == Group.Kind.UPDATE) {
      if (!(values.get(LAST_UPDATE_AT) instanceof Instant submittedAt)) {
        return;
      }
      if (!updatesAdded.add(instanceId + "@" + submittedAt) || store.hasUpdate(instanceId, submittedAt)) {
        return;
      }
      var submission = submissionAt(instanceId, submittedAt);
      store.addUpdate(new Update(route.planId(), route.areaNumber(), instanceId, submittedAt, group.at,
          text(values.get(LAST_UPDATE_BY)), text(values.get(LAST_RAG)),
          values.get(LAST_PROGRESS_PERCENT) instanceof Number n ? n.intValue() : null,
          text(values.get(LAST_NARRATIVE)), text(values.get(LAST_REVIEW_COMMENT)),
          submission == null ? null : submission.calledInstanceId(),
          submission == null ? null : submission.blockers(),
          submission == null ? null : submission.evidenceReference()));
    } else if (values.containsKey(FIGURES_SUMMARY)) {
      store.addFigures(new Figures(route.planId(), route.areaNumber(), instanceId, group.at,
          number(values.get(FIGURES_RATE)), text(values.get(FIGURES_RAG)),
          values.get(TARGET_MET) instanceof Boolean met ? met : null, text(values.get(FIGURES_SUMMARY))));
    }
  }

  private Submission submissionAt(String areaInstanceId, Instant submittedAt) {
    for (var submission : submissions.values()) {
      if (areaInstanceId.equals(submission.areaInstanceId()) && submittedAt.equals(submission.submittedAt())) {
        return submission;
      }
    }
    return store.submissionAt(areaInstanceId, submittedAt);
  }

  // --- rows read once per run ------------------------------------------------------------------

  private Route route(String instanceId) {
    if (instanceId == null) {
      return null;
    }
    return routes.computeIfAbsent(instanceId, store::route);
  }

  private Plan plan(String planId) {
    return plans.computeIfAbsent(planId, store::plan);
  }

  private Area area(String planId, int number) {
    return areas.computeIfAbsent(areaKey(planId, number), key -> store.area(planId, number));
  }

  private static String areaKey(String planId, int number) {
    return planId + "#" + number;
  }

  private String text(Object value) {
    if (value instanceof Instant instant) {
      return instant.atZone(zone).toLocalDate().toString();
    }
    return value == null ? null : value.toString();
  }

  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }
}
