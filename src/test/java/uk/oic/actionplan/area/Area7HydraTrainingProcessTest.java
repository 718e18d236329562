package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class Area7HydraTrainingProcessTest extends AreaProcessTestSupport {

  static final LocalDate DEADLINE = LocalDate.of(2026, 4, 30);
  static final LocalDate DELIVERY_TARGET = LocalDate.of(2026, 3, 31);
  static final String FIGURES = "Task_RecordHydraCompletion";

  ProcessInstance start() {
    return startArea(7, "Hydra training", "rec-8", "Rec 8", DEADLINE, DELIVERY_TARGET);
  }

  static Map<String, Object> figures(long relevant, long completed) {
    return Map.of(
        Area7Variables.FIGURES_AS_AT, "2026-01-31",
        Area7Variables.RELEVANT_PERSONNEL, relevant,
        Area7Variables.COMPLETED_PERSONNEL, completed,
        Area7Variables.BOARD_OVERSIGHT, "Training Prioritisation Board, 20 January 2026: attendance prioritised");
  }

  @Test
  void figuresAtTargetDeliverTheAreaToSignOff() throws Exception {
    var area = start();

    assertThat(area).isWaitingAt(FIGURES, "CallActivity_ProgressUpdate")
        .hasPassed("Event_AreaInPlanning", "CallActivity_AgreeDeliveryPlan", "Event_DeliveryUnderWay",
            "Task_LoadHydraCompletionTarget");
    assertThat(area).variables()
        .containsEntry("areaStatus", "IN_PROGRESS")
        .containsEntry(Area7Variables.TARGET_PERCENT, 90)
        .containsEntry("deliveryPlanSummary", "Actions, owners and dates agreed");
    var task = task(area, FIGURES);
    assertThat(task.getName()).isEqualTo("Record Hydra completion figures: Hydra training (Rec 8)");
    assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-31T23:00:00Z")));
    assertThat(task).hasCandidateGroup("area-7-owners");
    assertForm(task, "oic-area-7-hydra-figures");

    complete(area, FIGURES, figures(200, 185));

    assertThat(area).variables()
        .containsEntry(Area7Variables.COMPLETION_RATE, 92.5)
        .containsEntry(Area7Variables.COMPLETION_RAG, "GREEN")
        .containsEntry(Area7Variables.TARGET_MET, true);
    assertThat(area).hasPassed("Event_AreaWorkDone").hasNotPassed("Task_AgreeHydraRecoveryAction");
    assertThat(evidence).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordHydraFiguresEvidence");
      assertThat(e.input("evidenceKind")).isEqualTo("TRAINING_FIGURES");
      assertThat(e.input("evidenceTitle")).isEqualTo("Hydra completion 2026-01-31: 92.5% (GREEN)");
      assertThat((String) e.input("evidenceDescription"))
          .startsWith("185 of 200 relevant personnel completed Hydra training; target 90%.")
          .contains("Training Prioritisation Board, 20 January 2026");
    });

    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isEnded().hasPassed("CallActivity_AreaSignOff", "Event_AreaSignedOff");
    assertThat(historicVariable(area, "areaStatus")).isEqualTo("SIGNED_OFF");
    assertThat(historicVariable(area, "lastRag")).isEqualTo("GREEN");
    assertThat(historicVariable(area, "signOffReason")).isEqualTo("Evidence seen and accepted");
    assertThat(statusHistory(area)).containsExactly("PLANNING", "IN_PROGRESS", "SIGNED_OFF");
    assertThat(reminders).isEmpty();
    assertThat(escalations).isEmpty();
  }

  java.util.List<Object> statusHistory(ProcessInstance area) {
    return historyService.createHistoricDetailQuery().processInstanceId(area.getId()).variableUpdates()
        .orderByTime().asc().orderByVariableRevision().asc().list().stream()
        .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
        .filter(d -> d.getVariableName().equals("areaStatus"))
        .map(org.camunda.bpm.engine.history.HistoricVariableUpdate::getValue)
        .toList();
  }
}
