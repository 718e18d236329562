package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An item that is a call activity (an area's own work, watched as a whole): open while the called
 * work runs, and a revised date moves the work's tasks and date in the called instance too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalledItemRevisionTest extends EscalationTestSupport {

  private static final String OWNERS = "area-4-owners";
  private static final String ACTIVITY = "CallActivity_AreaWork";

  @Autowired SourceItems sourceItems;

  @BeforeEach
  void deployCalledItem() {
    repositoryService.createDeployment().name("called item").enableDuplicateFiltering(true)
        .addClasspathResource("escalation/oic-test-called-item.bpmn")
        .addClasspathResource("escalation/oic-test-called-work.bpmn").deploy();
  }

  @Test
  void aCallActivityIsOpenWhileTheCalledWorkRuns() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var caller = startCaller();
    var called = calledOf(caller);

    assertThat(sourceItems.isOpen(caller.getId(), ACTIVITY)).isTrue();
    assertThat(sourceItems.isOpen(caller.getId(), "Task_SomethingElse")).isFalse();

    taskService.complete(taskOf(called).getId());
    assertThat(caller).isEnded();
    assertThat(sourceItems.isOpen(caller.getId(), ACTIVITY)).isFalse();
  }

  @Test
  void anApprovedRevisedDateMovesTheCalledWorkToo() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var caller = startCaller();
    var called = calledOf(caller);
    var oldDue = schedule.endOf(LocalDate.of(2026, 4, 30));
    assertThat(taskOf(called).getDueDate()).isEqualTo(oldDue);

    fire(timer(caller, "Timer_WorkOverdue"));
    var missed = missedDeadlineOf(caller);
    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    var entry = escalationOf(caller);
    assertThat(entry.sourceActivityId()).isEqualTo(ACTIVITY);
    assertThat(runtimeService.getVariable(missed.getId(), DUE_DATE_VARIABLE)).isEqualTo("workDue");

    completeAs("area4.owner", OWNERS, taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "Regional partners asked to review the plan first"));
    completeAs("chief.officer", "chief-officers", taskOf(missed), Map.of(REVISION_APPROVED, true));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(missed.getId())
        .activityId("Task_ApplyRevisedDate").singleResult().getId());

    var newDue = schedule.endOf(LocalDate.of(2026, 6, 30));
    // the caller's date, and in the called instance the open task due at the old date and its copy of the date
    assertThat(runtimeService.getVariable(caller.getId(), "workDue")).isEqualTo(newDue);
    assertThat(taskOf(called).getDueDate()).isEqualTo(newDue);
    assertThat(runtimeService.getVariable(called.getId(), "workDue")).isEqualTo(newDue);
    assertThat(log.steps(entry.id())).last().satisfies(step -> {
      assertThat(step.step()).isEqualTo("REVISION_APPROVED");
      assertThat(step.detail()).contains("variable 'workDue'",
          "due date of task 'Do the work: Collection plan' in the called process",
          "variable 'workDue' in the called process");
    });
  }

  private ProcessInstance startCaller() {
    return runtimeService.startProcessInstanceByKey("oic-test-called-item", Map.of("planId", PLAN,
        "itemTitle", "Collection plan", "ownerGroup", OWNERS, "workDue", schedule.endOf(LocalDate.of(2026, 4, 30))));
  }

  private ProcessInstance calledOf(ProcessInstance caller) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
  }
}
