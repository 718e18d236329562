package uk.oic.actionplan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.tasklist.TasklistCheckTasks.CheckTask;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UserTaskDefaultsTest {

  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired DeadlineSchedule deadlineSchedule;

  @BeforeEach
  void openTasks() {
    TasklistCheckTasks.ensureStarted(repositoryService, runtimeService);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void eachTaskCarriesItsCardVariablesItselfSoItsOwnersCanReadThem() {
    var task = task(TasklistCheckTasks.AREA_2_UPDATE);

    assertThat(taskService.getVariablesLocal(task.getId())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "planTitle", TasklistCheckTasks.PLAN_TITLE,
        "areaName", TasklistCheckTasks.AREA_2,
        "recommendationLabel", "Rec 2"));
    // the query behind Tasklist's cards, as the owner: the process instance's own variables stay hidden
    identityService.setAuthentication("area2.owner", List.of("area-2-owners"));
    var readable = runtimeService.createVariableInstanceQuery()
        .variableScopeIdIn(task.getId(), task.getProcessInstanceId())
        .variableNameIn(UserTaskDefaults.CARD_VARIABLES.toArray(String[]::new))
        .list();
    assertThat(readable).extracting(v -> v.getName() + "=" + v.getValue()).containsExactlyInAnyOrder(
        "planTitle=" + TasklistCheckTasks.PLAN_TITLE, "areaName=" + TasklistCheckTasks.AREA_2, "recommendationLabel=Rec 2");
    assertThat(readable).allMatch(v -> task.getId().equals(v.getTaskId()));
  }

  @Test
  void eachTaskIsToBeFollowedUpWhenItsReminderIsDue() {
    for (var check : TasklistCheckTasks.ALL) {
      var task = task(check);

      assertThat(task.getFollowUpDate()).as(check.title())
          .isEqualTo(deadlineSchedule.reminderAt(TasklistCheckTasks.PLAN_ID, task.getDueDate()))
          .isBefore(task.getDueDate());
    }
  }

  @Test
  void theDueDatesAFormShowsAreWrittenOutAsDaysOfThePlansCalendar() {
    var variables = new HashMap<String, Object>(Map.of("planId", TasklistCheckTasks.PLAN_ID,
        "planTitle", TasklistCheckTasks.PLAN_TITLE, "areaNumber", 4,
        "areaName", "Intelligence collection, analysis and sharing plan", "ownerGroup", "area-4-owners",
        "recommendationId", "rec-4", "recommendationLabel", "Rec 4",
        // Rec 4's deadline ends at midnight on 1 January, in London as in UTC: "2026-01-01T00:00:00" in a form
        "areaDeadline", deadlineSchedule.endOf(LocalDate.of(2025, 12, 31)),
        // in summer time the end of 30 June is 23:00 UTC on the same day
        "deliveryPlanDueDate", deadlineSchedule.endOf(LocalDate.of(2026, 6, 30))));
    var instance = runtimeService.startProcessInstanceByKey("oic-delivery-plan", "user-task-defaults-test", variables);
    try {
      var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

      assertThat(taskService.getVariablesLocal(task.getId()))
          .containsEntry("areaDeadlineText", "31 December 2025")
          .containsEntry("deliveryPlanDueDateText", "30 June 2026");
      // what the form reads: the text beside the dates themselves, which stay dates
      assertThat(formService.getTaskFormVariables(task.getId()).getValue("areaDeadlineText", String.class))
          .isEqualTo("31 December 2025");
      assertThat(taskService.getVariable(task.getId(), "areaDeadline")).isInstanceOf(Date.class);
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test over");
    }
  }

  private Task task(CheckTask check) {
    return taskService.createTaskQuery().processInstanceBusinessKey(check.businessKey()).singleResult();
  }
}
