package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class Area7HydraTrainingProcessTest extends AreaProcessTestSupport {

  static final LocalDate DEADLINE = LocalDate.of(2026, 4, 30);
  static final LocalDate DELIVERY_TARGET = LocalDate.of(2026, 3, 31);
  static final Date DELIVERY_DUE = Date.from(Instant.parse("2026-03-31T23:00:00Z"));
  static final String FIGURES = "Task_RecordHydraCompletion";
  static final String RECOVERY = "Task_AgreeHydraRecoveryAction";

  ProcessInstance start() {
    return startArea(7, "Hydra training", "rec-8", "Rec 8", DEADLINE, DELIVERY_TARGET);
  }

  static Map<String, Object> figures(long relevant, long completed) {
    return figures(relevant, completed, 4, 60, 12);
  }

  static Map<String, Object> figures(long relevant, long completed, long sessions, long places, long partnerPlaces) {
    return Map.of(
        Area7Variables.FIGURES_AS_AT, "2026-01-31",
        AreaFiguresVariables.FIGURES_QUARTER, "2026-Q1",
        Area7Variables.RELEVANT_PERSONNEL, relevant,
        Area7Variables.COMPLETED_PERSONNEL, completed,
        AreaFiguresVariables.SESSIONS_HELD, sessions,
        AreaFiguresVariables.PLACES_OFFERED, places,
        AreaFiguresVariables.PARTNER_PLACES, partnerPlaces,
        Area7Variables.BOARD_OVERSIGHT, "Training Prioritisation Board, 20 January 2026: attendance prioritised");
  }

  static Map<String, Object> recovery() {
    return Map.of("recoveryAction", "Two extra Hydra sessions in February",
        "boardDecision", "Board prioritised response officers for the next sessions");
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
    assertThat(task.getDueDate()).isEqualTo(DELIVERY_DUE);
    assertThat(task).hasCandidateGroup("area-7-owners");
    assertForm(task, "oic-area-7-hydra-figures");

    complete(area, FIGURES, figures(200, 185));

    assertThat(area).variables()
        .containsEntry(Area7Variables.COMPLETION_RATE, 92.5)
        .containsEntry(Area7Variables.COMPLETION_RAG, "GREEN")
        .containsEntry(Area7Variables.TARGET_MET, true);
    assertThat(area).variables()
        .containsEntry(AreaFiguresVariables.FIGURES_RATE, 92.5)
        .containsEntry(AreaFiguresVariables.FIGURES_RAG, "GREEN")
        .containsEntry(AreaFiguresVariables.RECOVERY_NEEDED, false)
        .containsEntry(AreaFiguresVariables.FIGURES_EVIDENCE_TITLE,
            "Area 7 Hydra completion 2026-Q1 (as at 31 Jan 2026): 185 of 200 completed (92.5%, GREEN)")
        .containsEntry(AreaFiguresVariables.FIGURES_SUMMARY, "2026-Q1, as at 31 Jan 2026: 185 of 200 (92.5%) relevant "
            + "personnel completed Hydra; 4 sessions held, 60 places offered, 12 (20.0%) to regional partners; target 90%.");
    assertThat(area).hasPassed("Event_AreaWorkDone").hasNotPassed(RECOVERY);
    assertThat(evidence).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordHydraFiguresEvidence");
      assertThat(e.input("evidenceKind")).isEqualTo("TRAINING_FIGURES");
      assertThat(e.input("evidenceTitle")).isEqualTo("Hydra completion 2026-01-31: 92.5% (GREEN)");
      assertThat((String) e.input("evidenceDescription"))
          .startsWith("185 of 200 relevant personnel completed Hydra training; target 90%.")
          .contains("Training Prioritisation Board, 20 January 2026");
      assertThat(e.input("evidenceReference")).isEqualTo("2026-01-31");
    });

    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isEnded().hasPassed("CallActivity_AreaSignOff", "Event_AreaSignedOff");
    assertThat(historicVariable(area, "areaStatus")).isEqualTo("SIGNED_OFF");
    assertThat(historicVariable(area, "lastRag")).isEqualTo("GREEN");
    assertThat(historicVariable(area, "signOffReason")).isEqualTo("Evidence seen and accepted");
    assertThat(valuesOf(area, "areaStatus")).containsExactly("PLANNING", "IN_PROGRESS", "SIGNED_OFF");
    assertThat(reminders).isEmpty();
    assertThat(escalations).isEmpty();
  }

  @Test
  void aMissedTargetLoopsThroughARecoveryActionUntilTheFiguresMeetIt() throws Exception {
    var area = start();

    complete(area, FIGURES, figures(200, 150));

    assertThat(area).isWaitingAt(RECOVERY).hasNotPassed("Event_AreaWorkDone");
    assertThat(area).variables()
        .containsEntry(Area7Variables.COMPLETION_RATE, 75.0)
        .containsEntry(Area7Variables.COMPLETION_RAG, "RED")
        .containsEntry(Area7Variables.TARGET_MET, false);
    var task = task(area, RECOVERY);
    assertThat(task.getName()).isEqualTo("Agree Hydra training recovery action: Hydra training (Rec 8)");
    assertThat(task).hasCandidateGroup("area-7-owners");
    assertThat(task.getDueDate()).isEqualTo(DELIVERY_DUE);
    assertForm(task, "oic-area-7-recovery-action");

    complete(area, RECOVERY, recovery());

    assertThat(area).isWaitingAt(FIGURES);
    assertThat(evidenceOf("DECISION")).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordHydraRecoveryEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("Hydra training recovery action after figures of 2026-01-31");
      assertThat((String) e.input("evidenceDescription")).contains("Two extra Hydra sessions")
          .contains("Board prioritised response officers");
    });

    complete(area, FIGURES, figures(200, 170));
    assertThat(area).isWaitingAt(RECOVERY);
    assertThat(variable(area, Area7Variables.COMPLETION_RAG)).isEqualTo("AMBER");
    complete(area, RECOVERY, recovery());
    complete(area, FIGURES, figures(200, 181));

    assertThat(area).hasPassed("Event_AreaWorkDone");
    assertThat(variable(area, Area7Variables.COMPLETION_RATE)).isEqualTo(90.5);
    assertThat(valuesOf(area, Area7Variables.COMPLETION_RAG)).containsExactly("RED", "AMBER", "GREEN");
    assertThat(evidenceOf("TRAINING_FIGURES")).extracting(e -> e.input("evidenceTitle")).containsExactly(
        "Hydra completion 2026-01-31: 75.0% (RED)", "Hydra completion 2026-01-31: 85.0% (AMBER)",
        "Hydra completion 2026-01-31: 90.5% (GREEN)");
    assertThat(evidenceOf("DECISION")).hasSize(2);
  }

  @Test
  void figuresThatDoNotHangTogetherAreRefusedWithAMessageAndChangeNothing() {
    var area = start();
    complete(area, FIGURES, figures(200, 150));
    complete(area, RECOVERY, recovery());
    var evidenceBefore = evidence.size();

    complete(area, FIGURES, figures(200, 210));

    assertThat(area).isWaitingAt(FIGURES).hasPassed("Event_FiguresRefused");
    assertThat(variable(area, Area7Variables.FIGURES_REFUSED_MESSAGE))
        .isEqualTo("completed: 210 is more than the 200 relevant personnel");
    assertThat(area).variables()
        .containsEntry(Area7Variables.COMPLETION_RATE, 75.0)
        .containsEntry(Area7Variables.COMPLETION_RAG, "RED");
    assertThat(evidence).hasSize(evidenceBefore);

    complete(area, FIGURES, figures(200, 190, 4, 60, 61));

    assertThat(area).isWaitingAt(FIGURES);
    assertThat(variable(area, Area7Variables.FIGURES_REFUSED_MESSAGE))
        .isEqualTo("partner places: 61 is more than the 60 places offered");
    complete(area, FIGURES, figures(200, 190, 0, 60, 10));
    assertThat(variable(area, Area7Variables.FIGURES_REFUSED_MESSAGE))
        .isEqualTo("sessions held: 60 places were offered, so at least one session");
    assertThat(area).variables()
        .containsEntry(AreaFiguresVariables.FIGURES_RATE, 75.0)
        .containsEntry(AreaFiguresVariables.RECOVERY_NEEDED, true);
    assertThat(evidence).hasSize(evidenceBefore);

    complete(area, FIGURES, figures(0, 0));

    assertThat(area).isWaitingAt(FIGURES);
    assertThat((String) variable(area, Area7Variables.FIGURES_REFUSED_MESSAGE))
        .startsWith("relevant personnel: must be at least 1");
    assertThat(evidence).hasSize(evidenceBefore);
    assertThat(valuesOf(area, Area7Variables.COMPLETION_RATE)).containsExactly(75.0);

    complete(area, FIGURES, figures(200, 190));

    assertThat(area).hasPassed("Event_AreaWorkDone");
    assertThat(variable(area, Area7Variables.FIGURES_REFUSED_MESSAGE)).isNull();
    assertThat(variable(area, Area7Variables.COMPLETION_RATE)).isEqualTo(95.0);
    assertThat(evidenceOf("TRAINING_FIGURES")).hasSize(2);
    assertThat(valuesOf(area, AreaFiguresVariables.FIGURES_RAG)).containsExactly("RED", "GREEN");
  }

  @Test
  void theFiguresTaskIsRemindedTenWorkingDaysBeforeItsDueDateAndEscalatedAfter() {
    var area = start();

    var reminder = timer(area, "Timer_HydraCompletionReminder");
    // Tuesday 31 March 2026 less ten working days: Tuesday 17 March, start of the day (GMT)
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-17T00:00:00Z")));
    fire(reminder);

    assertThat(area).isWaitingAt(FIGURES).hasPassed("Task_SendHydraCompletionReminder");
    assertThat(reminders).singleElement().satisfies(r -> {
      assertThat(r.input("itemName")).isEqualTo("Record Hydra completion figures: Hydra training (Rec 8)");
      assertThat(r.input("itemDueDate")).isEqualTo(DELIVERY_DUE);
      assertThat(r.input("itemOwnerGroup")).isEqualTo("area-7-owners");
      assertThat(r.input("itemType")).isEqualTo("DELIVERY_TARGET");
    });

    var overdue = timer(area, "Timer_HydraCompletionOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(DELIVERY_DUE);
    fire(overdue);

    assertThat(area).isWaitingAt(FIGURES).hasPassed("Task_RaiseHydraCompletionEscalation");
    assertThat(escalations).singleElement().satisfies(e -> {
      assertThat(e.input("itemName")).isEqualTo("Record Hydra completion figures: Hydra training (Rec 8)");
      assertThat(e.input("itemDueDate")).isEqualTo(DELIVERY_DUE);
      assertThat(e.input("itemOwnerGroup")).isEqualTo("area-7-owners");
      assertThat(e.input("itemType")).isEqualTo("DELIVERY_TARGET");
    });
    assertThat(evidence).isEmpty();
  }

  @Test
  void theAreaDeadlineIsRemindedAndEscalatedWhileTheAreaRuns() {
    var area = start();
    var deadline = Date.from(Instant.parse("2026-04-30T23:00:00Z"));

    var reminder = timer(area, "Timer_AreaDeadlineReminder");
    // Thursday 30 April 2026 less ten working days: Thursday 16 April, start of the day (BST)
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-04-15T23:00:00Z")));
    fire(reminder);
    var overdue = timer(area, "Timer_AreaDeadlineOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(deadline);
    fire(overdue);

    assertThat(area).isWaitingAt(FIGURES, "CallActivity_ProgressUpdate")
        .hasPassed("Task_SendAreaDeadlineReminder", "Task_RaiseAreaDeadlineEscalation");
    for (var handOff : List.of(reminders.get(0), escalations.get(0))) {
      assertThat(handOff.input("itemName")).isEqualTo("Deliver action area: Hydra training (Rec 8)");
      assertThat(handOff.input("itemDueDate")).isEqualTo(deadline);
      assertThat(handOff.input("itemOwnerGroup")).isEqualTo("area-7-owners");
      assertThat(handOff.input("itemType")).isEqualTo("AREA_DEADLINE");
    }
    assertThat(reminders).hasSize(1);
    assertThat(escalations).hasSize(1);
  }

  @Test
  void progressUpdatesRecurUntilTheWorkIsDoneAndAnUpdateIsReadyForSignOff() {
    var area = start();

    // Monday 5 January 2026 plus the plan's 20 working days: Monday 2 February, due by its end
    var twentyWorkingDays = Date.from(Instant.parse("2026-02-03T00:00:00Z"));
    assertThat(runtimeService.getVariable(progressUpdate(area).getId(), "updateDueDate")).isEqualTo(twentyWorkingDays);
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("deliveryPlanDueDate")
        .processDefinitionKey("oic-delivery-plan").list())
        .filteredOn(v -> v.getRootProcessInstanceId().equals(area.getId()))
        .singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo(twentyWorkingDays));

    acceptProgressUpdate(area, "AMBER", 40, true);

    assertThat(area).isWaitingAt(FIGURES, "CallActivity_ProgressUpdate");
    assertThat(variable(area, "lastRag")).isEqualTo("AMBER");
    assertThat(variable(area, "lastProgressPercent")).isEqualTo(40);
    assertThat(variable(area, "lastReviewComment")).isEqualTo("Accepted");

    complete(area, FIGURES, figures(100, 95));
    acceptProgressUpdate(area, "GREEN", 90, false);

    assertThat(area).isWaitingAt("CallActivity_ProgressUpdate");
    assertThat(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(area.getId())
        .processDefinitionKey("oic-progress-update").count()).isEqualTo(3);

    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isEnded();
    assertThat(historicVariable(area, "lastProgressPercent")).isEqualTo(100);
    assertThat(historicVariable(area, "lastUpdateBy")).isEqualTo("area.owner");
    assertThat(historicVariable(area, "lastNarrative")).isEqualTo("On track");
    assertThat(historicVariable(area, "lastUpdateAt")).isEqualTo(NOW);
    // the sign-off is due 15 working days on: Monday 26 January 2026, by its end
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("signOffDueDate")
        .processDefinitionKey("oic-area-sign-off").list())
        .filteredOn(v -> v.getRootProcessInstanceId().equals(area.getId()))
        .singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo(Date.from(Instant.parse("2026-01-27T00:00:00Z"))));
  }

  @Test
  void aDeclinedSignOffReturnsTheAreaToDelivery() {
    var area = start();
    runtimeService.setVariable(area.getId(), "standInAreaSignedOff", false);
    runtimeService.setVariable(area.getId(), "standInSignOffReason", "Figures are not yet audited");
    complete(area, FIGURES, figures(100, 95));

    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isWaitingAt(FIGURES, "CallActivity_ProgressUpdate").hasPassed("CallActivity_AreaSignOff");
    assertThat(area).variables()
        .containsEntry("areaSignedOff", false)
        .containsEntry("signOffReason", "Figures are not yet audited")
        .containsEntry("areaStatus", "IN_PROGRESS");

    runtimeService.setVariable(area.getId(), "standInAreaSignedOff", true);
    complete(area, FIGURES, figures(100, 96));
    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isEnded();
    assertThat(valuesOf(area, "areaStatus")).containsExactly("PLANNING", "IN_PROGRESS", "IN_PROGRESS", "SIGNED_OFF");
    assertThat(evidenceOf("TRAINING_FIGURES")).hasSize(2);
  }
}
