package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class Area8ElearningProcessTest extends AreaProcessTestSupport {

  static final LocalDate DEADLINE = LocalDate.of(2026, 4, 30);
  static final LocalDate DELIVERY_TARGET = LocalDate.of(2026, 3, 31);
  static final Date DELIVERY_DUE = Date.from(Instant.parse("2026-03-31T23:00:00Z"));
  static final String LABEL = "OIC e-learning (four modules) (Rec 9)";
  static final String MANDATE = "Task_MandateElearning";
  static final String FIGURES = "Task_RecordElearningCompletion";
  static final String RECOVERY = "Task_AgreeElearningRecoveryAction";

  ProcessInstance start() {
    return startArea(8, "OIC e-learning (four modules)", "rec-9", "Rec 9", DEADLINE, DELIVERY_TARGET);
  }

  static Map<String, Object> mandate() {
    return Map.of("mandatedBy", "Chief Officer Group", "mandatedFrom", "2026-02-01",
        "mandateReference", "COG-2026-01-12");
  }

  static Map<String, Object> figures(long relevant, long... completedPerModule) {
    var values = new HashMap<String, Object>();
    values.put(Area8Variables.FIGURES_AS_AT, "2026-02-28");
    values.put(Area8Variables.RELEVANT_PERSONNEL, relevant);
    for (int n = 1; n <= completedPerModule.length; n++) {
      values.put(Area8Variables.moduleCompleted(n), completedPerModule[n - 1]);
    }
    return values;
  }

  @Test
  void theTrainingIsMandatedAndEveryModuleAtTargetLeadsToSignOff() throws Exception {
    var area = start();

    assertThat(area).isWaitingAt(MANDATE, "CallActivity_ProgressUpdate");
    assertThat(area).variables()
        .containsEntry(Area8Variables.TARGET_PERCENT, 90)
        .containsEntry("trainingModules", "Module 1, Module 2, Module 3, Module 4")
        .containsEntry("module4Name", "Module 4");
    var mandate = task(area, MANDATE);
    assertThat(mandate.getName()).isEqualTo("Mandate the OIC e-learning: " + LABEL);
    assertThat(mandate).hasCandidateGroup("area-8-owners");
    assertThat(mandate.getDueDate()).isEqualTo(DELIVERY_DUE);
    assertForm(mandate, "oic-area-8-mandate-training");

    complete(area, MANDATE, mandate());

    assertThat(evidenceOf("DECISION")).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordMandateEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("OIC e-learning mandated for relevant personnel");
      assertThat(e.input("evidenceDescription")).isEqualTo("Mandated by Chief Officer Group from 2026-02-01: COG-2026-01-12");
      assertThat(e.input("evidenceReference")).isEqualTo("COG-2026-01-12");
    });
    var figures = task(area, FIGURES);
    assertThat(figures.getName()).isEqualTo("Record e-learning completion figures: " + LABEL);
    assertThat(figures).hasCandidateGroup("area-8-owners");
    assertForm(figures, "oic-area-8-elearning-figures");

    complete(area, FIGURES, figures(400, 396, 380, 362, 371));

    assertThat(area).hasPassed("Event_AreaWorkDone").hasNotPassed(RECOVERY);
    assertThat(area).variables()
        .containsEntry("module1Rate", 99.0)
        .containsEntry("module2Rate", 95.0)
        .containsEntry("module3Rate", 90.5)
        .containsEntry("module4Rate", 92.8)
        .containsEntry(Area8Variables.COMPLETION_RATE, 90.5)
        .containsEntry(Area8Variables.LOWEST_MODULE, "Module 3")
        .containsEntry(Area8Variables.COMPLETION_RAG, "GREEN")
        .containsEntry(Area8Variables.TARGET_MET, true);
    assertThat(evidenceOf("TRAINING_FIGURES")).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordElearningFiguresEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("OIC e-learning completion 2026-02-28: 90.5% (GREEN)");
      assertThat(e.input("evidenceDescription")).isEqualTo("Completed of 400 relevant personnel: Module 1 396 (99.0%), "
          + "Module 2 380 (95.0%), Module 3 362 (90.5%), Module 4 371 (92.8%). The lowest module rate counts "
          + "against the target of 90%.");
    });

    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isEnded().hasPassed("Event_AreaSignedOff");
    assertThat(valuesOf(area, "areaStatus")).containsExactly("PLANNING", "IN_PROGRESS", "SIGNED_OFF");
  }

  @Test
  void oneModuleBelowTargetLoopsThroughARecoveryAction() throws Exception {
    var area = start();
    complete(area, MANDATE, mandate());

    complete(area, FIGURES, figures(400, 396, 380, 340, 371));

    assertThat(area).isWaitingAt(RECOVERY);
    assertThat(area).variables()
        .containsEntry(Area8Variables.COMPLETION_RATE, 85.0)
        .containsEntry(Area8Variables.LOWEST_MODULE, "Module 3")
        .containsEntry(Area8Variables.COMPLETION_RAG, "AMBER")
        .containsEntry(Area8Variables.TARGET_MET, false);
    var recovery = task(area, RECOVERY);
    assertThat(recovery.getName()).isEqualTo("Agree e-learning recovery action: " + LABEL);
    assertThat(recovery).hasCandidateGroup("area-8-owners");
    assertForm(recovery, "oic-area-8-recovery-action");

    complete(area, RECOVERY, Map.of("recoveryAction", "Module 3 protected learning time for response teams"));

    assertThat(area).isWaitingAt(FIGURES);
    assertThat(evidenceOf("DECISION")).last().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordElearningRecoveryEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("OIC e-learning recovery action after figures of 2026-02-28");
      assertThat(e.input("evidenceDescription")).isEqualTo("Action: Module 3 protected learning time for response teams");
    });

    complete(area, FIGURES, figures(400, 398, 390, 300, 380));
    assertThat(area).isWaitingAt(RECOVERY);
    assertThat(variable(area, Area8Variables.COMPLETION_RAG)).isEqualTo("RED");
    complete(area, RECOVERY, Map.of("recoveryAction", "Chief officer letter to every team"));
    complete(area, FIGURES, figures(400, 400, 400, 400, 400));

    assertThat(area).hasPassed("Event_AreaWorkDone");
    assertThat(valuesOf(area, Area8Variables.COMPLETION_RAG)).containsExactly("AMBER", "RED", "GREEN");
    assertThat(evidenceOf("TRAINING_FIGURES")).hasSize(3);
    assertThat(valuesOf(area, AreaFiguresVariables.FIGURES_RAG)).containsExactly("AMBER", "RED", "GREEN");
    assertThat(valuesOf(area, AreaFiguresVariables.RECOVERY_NEEDED)).containsExactly(true, true, false);
    assertThat(variable(area, AreaFiguresVariables.FIGURES_EVIDENCE_TITLE))
        .isEqualTo("Area 8 e-learning as at 28 Feb 2026: lowest module Module 1, 400 of 400 completed (100.0%, GREEN)");
    assertThat((String) variable(area, AreaFiguresVariables.FIGURES_HISTORY))
        .contains("\"rag\":\"AMBER\"", "\"rag\":\"RED\"", "\"rag\":\"GREEN\"");
  }

  @Test
  void aModuleAboveTheRelevantPersonnelIsRefusedNamingTheModuleAndChangesNothing() {
    var area = start();
    complete(area, MANDATE, mandate());
    var evidenceBefore = evidence.size();

    complete(area, FIGURES, figures(400, 396, 401, 362, 371));

    assertThat(area).isWaitingAt(FIGURES).hasPassed("Event_FiguresRefused");
    assertThat(variable(area, Area8Variables.FIGURES_REFUSED_MESSAGE))
        .isEqualTo("completed (Module 2): 401 is more than the 400 relevant personnel");
    assertThat(variable(area, Area8Variables.COMPLETION_RATE)).isNull();
    assertThat(variable(area, "module1Rate")).isNull();
    assertThat(evidence).hasSize(evidenceBefore);

    complete(area, FIGURES, figures(0, 0, 0, 0, 0));
    assertThat((String) variable(area, Area8Variables.FIGURES_REFUSED_MESSAGE))
        .startsWith("relevant personnel: must be at least 1");

    var missingModule = figures(400, 396, 380, 362);
    missingModule.put(Area8Variables.moduleCompleted(4), null);
    var figuresTask = task(area, FIGURES).getId();
    // a module left empty is the form's own rule: refused on completion, the task stays as it was
    assertThatThrownBy(() -> complete(area, FIGURES, missingModule))
        .hasMessageContaining("module4Completed: is required");
    assertThat(task(area, FIGURES).getId()).isEqualTo(figuresTask);
    assertThat((String) variable(area, Area8Variables.FIGURES_REFUSED_MESSAGE))
        .startsWith("relevant personnel: must be at least 1");
    assertThat(evidence).hasSize(evidenceBefore);

    complete(area, FIGURES, figures(400, 396, 380, 362, 300));

    assertThat(area).isWaitingAt(RECOVERY);
    assertThat(variable(area, Area8Variables.FIGURES_REFUSED_MESSAGE)).isNull();
    assertThat(evidenceOf("TRAINING_FIGURES")).hasSize(1);
    assertThat(variable(area, Area8Variables.COMPLETION_RATE)).isEqualTo(75.0);
  }

  @Test
  void theMandateTaskAndTheFiguresTaskAreRemindedAndEscalated() {
    var area = start();

    assertThat(timer(area, "Timer_AreaDeadlineReminder").getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-04-15T23:00:00Z")));
    assertThat(timer(area, "Timer_AreaDeadlineOverdue").getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-04-30T23:00:00Z")));
    var reminder = timer(area, "Timer_MandateElearningReminder");
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-17T00:00:00Z")));
    fire(reminder);
    assertThat(reminders).singleElement().satisfies(r -> {
      assertThat(r.input("itemName")).isEqualTo("Mandate the OIC e-learning: " + LABEL);
      assertThat(r.input("itemOwnerGroup")).isEqualTo("area-8-owners");
      assertThat(r.input("itemDueDate")).isEqualTo(DELIVERY_DUE);
    });

    complete(area, MANDATE, mandate());
    var overdue = timer(area, "Timer_ElearningCompletionOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(DELIVERY_DUE);
    fire(overdue);

    assertThat(area).isWaitingAt(FIGURES).hasPassed("Task_RaiseElearningCompletionEscalation");
    assertThat(escalations).singleElement().satisfies(e -> {
      assertThat(e.input("itemName")).isEqualTo("Record e-learning completion figures: " + LABEL);
      assertThat(e.input("itemDueDate")).isEqualTo(DELIVERY_DUE);
      assertThat(e.input("itemOwnerGroup")).isEqualTo("area-8-owners");
      assertThat(e.input("itemType")).isEqualTo("DELIVERY_TARGET");
    });
    assertThat(timer(area, "Timer_MandateElearningOverdue")).as("the finished task's timers are gone").isNull();
  }

  @Test
  void aDeclinedSignOffReturnsTheAreaToDelivery() {
    var area = start();
    runtimeService.setVariable(area.getId(), "standInAreaSignedOff", false);
    runtimeService.setVariable(area.getId(), "standInSignOffReason", "Mandate not yet in the training policy");
    complete(area, MANDATE, mandate());
    complete(area, FIGURES, figures(10, 10, 10, 10, 10));
    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isWaitingAt(MANDATE, "CallActivity_ProgressUpdate").hasPassed("CallActivity_AreaSignOff");
    assertThat(variable(area, "signOffReason")).isEqualTo("Mandate not yet in the training policy");
    assertThat(variable(area, "areaStatus")).isEqualTo("IN_PROGRESS");
  }
}
