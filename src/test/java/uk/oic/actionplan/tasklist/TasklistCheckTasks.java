package uk.oic.actionplan.tasklist;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Open tasks for the Tasklist tests, from a test-only model: three for area 1 (one overdue) and one
 * for area 2, started in an order that differs from their due dates.
 */
final class TasklistCheckTasks {

  static final String PROCESS_KEY = "oic-tasklist-check";
  static final String MODEL = "tasklist/tasklist-check.bpmn";
  static final String PLAN_ID = "hiow-oic-2025";
  static final String PLAN_TITLE = "Organised immigration crime action plan";
  static final String AREA_1 = "Leadership, governance and prioritisation";
  static final String AREA_2 = "NCCU referrals and intelligence submissions";

  /** One task: what it is, for which area and group, due how many days from now. */
  record CheckTask(String title, String areaName, String ownerGroup, String recommendationLabel, int dueInDays) {
    String taskName() {
      return title + ": " + areaName + " (" + recommendationLabel + ")";
    }

    String businessKey() {
      return "tasklist-check/" + ownerGroup + "/" + title;
    }
  }

  static final CheckTask AREA_1_PLAN = new CheckTask("Agree delivery plan", AREA_1, "area-1-owners", "No recommendation", 30);
  static final CheckTask AREA_1_CHALLENGE = new CheckTask("Answer challenge", AREA_1, "area-1-owners", "No recommendation", -2);
  static final CheckTask AREA_1_UPDATE = new CheckTask("Submit progress update", AREA_1, "area-1-owners", "No recommendation", 3);
  static final CheckTask AREA_2_UPDATE = new CheckTask("Submit progress update", AREA_2, "area-2-owners", "Rec 2", 1);

  /** In start order; by due date area 1's are: challenge, update, plan. */
  static final List<CheckTask> ALL = List.of(AREA_1_PLAN, AREA_1_CHALLENGE, AREA_1_UPDATE, AREA_2_UPDATE);
  static final List<CheckTask> AREA_1_BY_DUE_DATE = List.of(AREA_1_CHALLENGE, AREA_1_UPDATE, AREA_1_PLAN);

  private TasklistCheckTasks() {}

  /** Deploys the model and starts the tasks, unless this engine has them already. */
  static void ensureStarted(RepositoryService repositoryService, RuntimeService runtimeService) {
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count() > 0) {
      return;
    }
    repositoryService.createDeployment().name("tasklist-check").addClasspathResource(MODEL).deploy();
    var now = Instant.now();
    for (var task : ALL) {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, task.businessKey(), Map.of(
          "taskTitle", task.title(),
          "planId", PLAN_ID,
          "planTitle", PLAN_TITLE,
          "areaName", task.areaName(),
          "ownerGroup", task.ownerGroup(),
          "recommendationLabel", task.recommendationLabel(),
          "taskDue", Date.from(now.plus(Duration.ofDays(task.dueInDays())))));
    }
  }
}
