package uk.oic.actionplan.escalation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import static uk.oic.actionplan.support.ProcessTestSupport.withAreaDeadlineEscalation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A deadline that covers a whole process instance (an area's deadline, from its start to its
 * sign-off) is watched by a timer starting an event sub-process: the item is the instance itself,
 * open for as long as it runs, whichever step it is at.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProcessDeadlineEscalationTest extends EscalationTestSupport {

  static final String PROCESS = "oic-test-process-deadline";

  @BeforeEach
  void deployProcessWithDeadline() {
    var model = withAreaDeadlineEscalation(Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent("Event_Started")
        .userTask("Task_AgreePlan").name("Agree plan").camundaCandidateGroups("${ownerGroup}")
        .userTask("Task_DoWork").name("Do the work").camundaCandidateGroups("${ownerGroup}")
        .endEvent("Event_Done")
        .done(), PROCESS);
    repositoryService.createDeployment().name("process deadline test").enableDuplicateFiltering(true)
        .addModelInstance(PROCESS + ".bpmn", model).deploy();
  }

  @Test
  void anApprovedRevisedDeadlineMovesTheVariableAndTheDateTheOpenFormShows() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startHydraTraining();
    var work = taskOf(item);
    assertThat(taskService.getVariableLocal(work.getId(), "areaDeadlineText")).isEqualTo("30 April 2026");
    fire(timer(item, "Timer_DeadlineOverdue"));
    var missed = missedDeadlineOf(item);

    completeAs("area7.owner", "area-7-owners", taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "Trainers were redeployed to an operation in April"));
    completeAs("chief.officer", "chief-officers", taskOf(missed), Map.of(REVISION_APPROVED, true, REVISION_COMMENT, "Agreed"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(missed.getId())
        .activityId("Task_ApplyRevisedDate").singleResult().getId());

    assertThat(runtimeService.getVariable(item.getId(), "areaDeadline")).isEqualTo(schedule.endOf(LocalDate.of(2026, 6, 30)));
    assertThat(taskService.getVariableLocal(work.getId(), "areaDeadlineText")).isEqualTo("30 June 2026");
    assertThat(log.steps(escalationOf(item).id()).get(2).detail()).contains("variable 'areaDeadline'");
  }

  @Test
  void theDeadlineEscalatesWhateverStepTheInstanceIsAtAndStaysOpenUntilItEnds() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startHydraTraining();

    // still at the first step when the deadline passes
    fire(timer(item, "Timer_DeadlineOverdue"));
    var missed = missedDeadlineOf(item);
    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    var entry = escalationOf(item);
    assertThat(entry.itemName()).isEqualTo("Deliver action area: Hydra training (Rec 8)");
    assertThat(entry.sourceActivityId()).as("the item is the whole instance").isNull();

    // a later step of the same instance: the item is still open, so it climbs a level
    taskService.complete(taskOf(item).getId());
    assertThat(item).isWaitingAt("Task_DoWork");
    fire(timer(missed, "Timer_NextLevel"));
    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly("oic-strategic-lead");
    assertThat(log.find(entry.id()).orElseThrow().level()).isEqualTo(2);

    // the instance ends: at the next interval the escalation closes as completed
    taskService.complete(taskOf(item).getId());
    assertThat(item).isEnded();
    fire(timer(missed, "Timer_NextLevel"));
    assertThat(missed).isEnded().hasPassed("Task_CloseItemCompleted");
    assertThat(log.find(entry.id()).orElseThrow().status()).isEqualTo("COMPLETED");
  }

  /** The item: Hydra training (Rec 8), due 30 April 2026, owned by area 7. */
  private ProcessInstance startHydraTraining() {
    return runtimeService.startProcessInstanceByKey(PROCESS, Map.of("planId", PLAN, "title", "Hydra training (Rec 8)",
        "ownerGroup", "area-7-owners", "areaDeadline", schedule.endOf(LocalDate.of(2026, 4, 30))));
  }
}
