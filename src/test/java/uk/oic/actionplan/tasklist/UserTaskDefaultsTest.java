package uk.oic.actionplan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
import uk.oic.actionplan.escalation.DeadlineSchedule;
import uk.oic.actionplan.tasklist.TasklistCheckTasks.CheckTask;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UserTaskDefaultsTest {

  @Autowired TaskService taskService;
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

  private Task task(CheckTask check) {
    return taskService.createTaskQuery().processInstanceBusinessKey(check.businessKey()).singleResult();
  }
}
