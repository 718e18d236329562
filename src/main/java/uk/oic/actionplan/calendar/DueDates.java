package uk.oic.actionplan.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.dashboard.EscalationRow;
import uk.oic.actionplan.dashboard.EscalationSource;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.kernel.PlanVariables;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * What a user's calendar holds: the due date of each open task they can work (assigned to them, or
 * offered to one of their groups, as Tasklist's "my tasks" and group filters show them, queried as the
 * user so the engine's authorizations apply), and the deadlines of the plans they can read (the
 * recommendations' deadlines, the areas' own target dates and the PCC's response). A task's due date
 * already carries an approved revised date (the escalation moves it); a deadline of the plan file shows
 * the latest revised date approved for it, as the dashboard does.
 */
@Component
class DueDates {

  /** The most tasks one feed lists, the soonest due first. */
  static final int MAX_TASKS = 500;

  private static final String UID_DOMAIN = "@oic-action-plan";
  private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final PlanCatalog plans;
  private final DeadlineSchedule schedule;
  private final ObjectProvider<EscalationSource> escalations;

  DueDates(TaskService taskService, RuntimeService runtimeService, IdentityService identityService, PlanCatalog plans,
      DeadlineSchedule schedule, ObjectProvider<EscalationSource> escalations) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.plans = plans;
    this.schedule = schedule;
    this.escalations = escalations;
  }

  /** Whether the user exists in the identity service. */
  boolean userExists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }

  /** The user's due dates; {@code baseUrl} starts the links to Tasklist and the dashboard. */
  List<DueDate> of(String userId, String baseUrl) {
    var groups = groupsOf(userId);
    var all = new ArrayList<DueDate>();
    all.addAll(tasks(userId, groups, baseUrl));
    for (var plan : plans.all()) {
      if (groups.contains(Groups.CAMUNDA_ADMIN) || plan.groups().stream().anyMatch(groups::contains)) {
        all.addAll(deadlines(plan, baseUrl));
      }
    }
    return all;
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private List<DueDate> tasks(String userId, List<String> groups, String baseUrl) {
    List<Task> tasks;
    identityService.setAuthentication(userId, groups);
    try {
      // dueAfter the epoch: only tasks with a due date
      tasks = taskService.createTaskQuery().active().dueAfter(new java.util.Date(0))
          .or().taskAssignee(userId).taskCandidateUser(userId).endOr()
          .orderByDueDate().asc().orderByTaskId().asc().listPage(0, MAX_TASKS);
    } finally {
      identityService.clearAuthentication();
    }
    var context = planAndArea(tasks);
    var dates = new ArrayList<DueDate>();
    for (var task : tasks) {
      if (task.getDueDate() != null) {
        dates.add(task(task, context.getOrDefault(task.getProcessInstanceId(), Map.of()), baseUrl));
      }
    }
    return dates;
  }

  /** The plan and area variables of the tasks' process instances, by instance id, in one query. */
  private Map<String, Map<String, Object>> planAndArea(List<Task> tasks) {
    var instances = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct()
        .toArray(String[]::new);
    var context = new HashMap<String, Map<String, Object>>();
    if (instances.length == 0) {
      return context;
    }
    for (var variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances)
        .variableNameIn(PlanVariables.PLAN_ID, PlanVariables.AREA_NUMBER).disableCustomObjectDeserialization().list()) {
      // the instance's own variables, not a task's or a sub-scope's of the same name
      if (variable.getExecutionId() != null && variable.getExecutionId().equals(variable.getProcessInstanceId())
          && variable.getTaskId() == null) {
        context.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return context;
  }

  private DueDate task(Task task, Map<String, Object> variables, String baseUrl) {
    var plan = variables.get(PlanVariables.PLAN_ID) instanceof String id ? plans.find(id).orElse(null) : null;
    var area = plan != null && variables.get(PlanVariables.AREA_NUMBER) instanceof Number n
        ? plan.area(n.intValue()).orElse(null) : null;
    // the area, or the plan; the number alone when the task's name already says the area's name
    var name = task.getName() == null || task.getName().isBlank() ? "Task" : task.getName();
    var where = area != null
        ? "Area " + area.number() + (name.contains(area.name()) ? "" : ": " + area.name())
        : plan != null ? plan.title() : null;
    var summary = where == null ? name : name + " (" + where + ")";
    var link = baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId();
    var due = task.getDueDate();
    var endOfDay = schedule.endOf(schedule.dayOf(due)).equals(due);
    var local = due.toInstant().atZone(schedule.zone());
    var text = new StringBuilder("Due ")
        .append(endOfDay ? "by the end of " + schedule.dayText(due)
            : "at " + TIME.format(local) + " on " + schedule.dayText(schedule.endOf(local.toLocalDate())))
        .append(".\n");
    if (plan != null) {
      text.append("Plan: ").append(plan.title()).append(" (").append(plan.force()).append(")\n");
    }
    if (area != null) {
      text.append("Area ").append(area.number()).append(": ").append(area.name()).append('\n');
    }
    text.append("Open the task in Tasklist: ").append(link);
    return endOfDay
        ? new DueDate("task-" + task.getId() + UID_DOMAIN, summary, text.toString(), schedule.dayOf(due), null, link)
        : new DueDate("task-" + task.getId() + UID_DOMAIN, summary, text.toString(), null, due.toInstant(), link);
  }

  private List<DueDate> deadlines(PlanDefinition plan, String baseUrl) {
    var planLink = baseUrl + "/plans/" + plan.id();
    var revised = revisedAreaDeadlines(plan.id());
    var dates = new ArrayList<DueDate>();
    for (var rec : plan.recommendations()) {
      var link = planLink + "/recommendations/" + rec.id();
      var owners = plan.areasFor(rec.id()).stream().map(PlanDefinition.Area::ownerGroup).collect(toSet());
      var newer = latest(revised, owners);
      var day = newer != null ? newer : rec.deadline();
      var text = new StringBuilder(rec.label()).append(": ").append(rec.text().strip()).append("\n")
          .append("Deadline set by the inspection: ").append(schedule.dayText(schedule.endOf(rec.deadline()))).append('\n');
      if (newer != null) {
        text.append("Revised deadline approved: ").append(schedule.dayText(schedule.endOf(newer))).append('\n');
      }
      text.append("Plan: ").append(plan.title()).append(" (").append(plan.force()).append(")\n").append(link);
      dates.add(new DueDate("deadline-" + plan.id() + "-" + rec.id() + UID_DOMAIN,
          rec.label() + " deadline: " + rec.title(), text.toString(), day, null, link));
    }
    for (var area : plan.areas()) {
      if (area.recommendation() != null || area.targetDate() == null) {
        continue;
      }
      var link = planLink + "/areas/" + area.number();
      var newer = latest(revised, Set.of(area.ownerGroup()));
      var day = newer != null ? newer : area.targetDate();
      var text = new StringBuilder("Area ").append(area.number()).append(": ").append(area.name()).append('\n')
          .append("Target date set by the force: ").append(schedule.dayText(schedule.endOf(area.targetDate()))).append('\n');
      if (newer != null) {
        text.append("Revised target date approved: ").append(schedule.dayText(schedule.endOf(newer))).append('\n');
      }
      text.append("Plan: ").append(plan.title()).append(" (").append(plan.force()).append(")\n").append(link);
      dates.add(new DueDate("target-" + plan.id() + "-" + area.key() + UID_DOMAIN,
          "Area " + area.number() + " target date: " + area.name(), text.toString(), day, null, link));
    }
    plan.pccResponseDueOn().ifPresent(day -> dates.add(new DueDate("pcc-response-" + plan.id() + UID_DOMAIN,
        "PCC response to the inspection due: " + plan.title(),
        "The PCC publishes comments on the inspection report within " + PlanDefinition.PCC_RESPONSE_DAYS
            + " days of its publication (" + schedule.dayText(schedule.endOf(plan.reportPublishedOn())) + ").\n"
            + "Plan: " + plan.title() + " (" + plan.force() + ")\n" + planLink,
        day, null, planLink)));
    return dates;
  }

  private List<EscalationRow> revisedAreaDeadlines(String planId) {
    var source = escalations.getIfAvailable();
    return source == null ? List.of() : source.revisedAreaDeadlines(planId);
  }

  /** The latest revised date approved for an area deadline of one of the owner groups, or null. */
  private static LocalDate latest(List<EscalationRow> revised, Set<String> owners) {
    return revised.stream().filter(e -> owners.contains(e.ownerGroup()) && e.revised())
        .map(EscalationRow::currentDueDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return java.util.stream.Collectors.toCollection(HashSet::new);
  }
}
