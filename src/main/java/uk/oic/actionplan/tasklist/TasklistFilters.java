package uk.oic.actionplan.tasklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * The Tasklist filters every plan's people get. Filters list only tasks the user may see: area
 * owners see their own area's tasks (the engine grants a candidate group its tasks), the strategic
 * lead and the OPCC see every task, and a colleague covering for someone away sees that person's tasks
 * (the cover makes them a candidate user).
 */
final class TasklistFilters {

  static final String MY_AREA = "My area";
  static final String MY_TEAM = "My team";
  static final String MY_TASKS = "My tasks";
  static final String COVERING = "Covering for others";
  static final String OVERDUE = "Overdue";
  static final String DUE_SOON = "Due in the next 10 working days";
  static final String ALL_OPEN = "All open OIC tasks";

  static final int DUE_SOON_WORKING_DAYS = 10;

  /**
   * The end of the "due soon" window: 10 working days from today (weekends and England and Wales
   * bank holidays skipped) by the escalation feature's calendar, evaluated whenever the filter is
   * queried, so the window moves with the date without any refresh.
   */
  static final String DUE_SOON_BEFORE = "${deadlineSchedule.dueInWorkingDays(" + DUE_SOON_WORKING_DAYS + ")}";

  private static final String CURRENT_USER = "${currentUser()}";
  private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
  private static final String NOW = "${now()}";

  private TasklistFilters() {}

  /** The filters for the given plans, in Tasklist order. */
  static List<TasklistFilter> forPlans(List<PlanDefinition> plans) {
    var owners = new LinkedHashSet<String>();
    var reviewers = new LinkedHashSet<String>();
    var overseers = new LinkedHashSet<String>();
    for (var plan : plans) {
      plan.areas().forEach(area -> owners.add(area.ownerGroup()));
      var roles = plan.roles();
      reviewers.addAll(List.of(roles.strategicLead(), roles.chiefOfficers(), roles.opccStaff(), roles.pcc()));
      overseers.addAll(List.of(roles.opccStaff(), roles.pcc(), roles.strategicLead()));
    }
    reviewers.removeAll(owners);
    var everyone = new LinkedHashSet<String>(owners);
    everyone.addAll(reviewers);

    return List.of(
        new TasklistFilter("my-area", MY_AREA, -50, "#1d70b8",
            "Open tasks for your area that nobody has picked up yet, most urgent first",
            Set.copyOf(owners),
            query -> query.taskCandidateGroupInExpression(CURRENT_USER_GROUPS)),
        new TasklistFilter("my-team", MY_TEAM, -50, "#1d70b8",
            "Open tasks for your team that nobody has picked up yet, most urgent first",
            Set.copyOf(reviewers),
            query -> query.taskCandidateGroupInExpression(CURRENT_USER_GROUPS)),
        new TasklistFilter("my-tasks", MY_TASKS, -40, "#00703c",
            "Tasks you have claimed, most urgent first",
            Set.copyOf(everyone),
            query -> query.taskAssigneeExpression(CURRENT_USER)),
        // cover while away (package absence): the tasks of absent colleagues the user covers, claimed or not
        new TasklistFilter("covering", COVERING, -35, "#4c2c92",
            "Tasks of colleagues who are away and whom you cover for, most urgent first",
            Set.copyOf(everyone),
            query -> query.taskCandidateUserExpression(CURRENT_USER).includeAssignedTasks()),
        new TasklistFilter("overdue", OVERDUE, -30, "#d4351c",
            "Open tasks you can see that are past their due date",
            Set.copyOf(everyone),
            query -> query.dueBeforeExpression(NOW)),
        new TasklistFilter("due-soon", DUE_SOON, -20, "#f47738",
            "Open tasks you can see that fall due in the next " + DUE_SOON_WORKING_DAYS + " working days",
            Set.copyOf(everyone),
            query -> query.dueAfterExpression(NOW).dueBeforeExpression(DUE_SOON_BEFORE)),
        new TasklistFilter("all-open", ALL_OPEN, -10, "#505a5f",
            "Every open task of the action plans, most urgent first",
            Set.copyOf(overseers),
            query -> query));
  }
}
