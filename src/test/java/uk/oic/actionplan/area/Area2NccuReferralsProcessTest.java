package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class Area2NccuReferralsProcessTest extends AreaProcessTestSupport {

  static final LocalDate DEADLINE = LocalDate.of(2026, 4, 30);
  static final LocalDate DELIVERY_TARGET = LocalDate.of(2026, 3, 31);
  static final Date DELIVERY_DUE = Date.from(Instant.parse("2026-03-31T23:00:00Z"));
  static final String LABEL = "NCCU referrals and intelligence submissions (Rec 2)";
  static final String EMBED = "Task_EmbedProcedure";
  static final String AUDIT = "Task_RecordComplianceAudit";
  static final String CORRECTIVE = "Task_AgreeCorrectiveActions";

  @Autowired
  ObjectMapper json;

  ProcessInstance start() {
    return startArea(2, "NCCU referrals and intelligence submissions", "rec-2", "Rec 2", DEADLINE, DELIVERY_TARGET);
  }

  static Map<String, Object> procedure() {
    return Map.of("procedureReference", "HIOWC-PROC-2026-014",
        "briefingSummary", "All frontline sergeants briefed at January briefings; intranet article");
  }

  static Map<String, Object> audit(String period, long checked, long found) {
    return audit(period, checked, found, found, found, 60, 45);
  }

  static Map<String, Object> audit(String period, long checked, long found, long onTime, long goodQuality,
      long toTrain, long trained) {
    return Map.of(Area2Variables.AUDIT_PERIOD, period, Area2Variables.REFERRALS_CHECKED, checked,
        Area2Variables.INTELLIGENCE_DOCUMENTS_FOUND, found,
        AreaFiguresVariables.DOCUMENTS_ON_TIME, onTime, AreaFiguresVariables.DOCUMENTS_GOOD_QUALITY, goodQuality,
        AreaFiguresVariables.OFFICERS_TO_TRAIN, toTrain, AreaFiguresVariables.OFFICERS_TRAINED, trained,
        AreaFiguresVariables.SUPERVISORY_OVERSIGHT, "Duty inspectors check each referral's submission weekly");
  }

  static Map<String, Object> correctiveActions() {
    return Map.of("correctiveActions", "Reminder to the officers concerned; checklist added to the referral form",
        "supervisoryOversight", "Duty inspectors check each NCCU referral within 24 hours");
  }

  @Test
  void theProcedureIsEmbeddedAndAFullyCompliantAuditLeadsToSignOff() throws Exception {
    var area = start();

    assertThat(area).isWaitingAt(EMBED, "CallActivity_ProgressUpdate");
    assertThat(variable(area, Area2Variables.TARGET_PERCENT)).isEqualTo(100);
    var embed = task(area, EMBED);
    assertThat(embed.getName()).isEqualTo("Publish the NCCU referral procedure and brief officers: " + LABEL);
    assertThat(embed).hasCandidateGroup("area-2-owners");
    assertThat(embed.getDueDate()).isEqualTo(DELIVERY_DUE);
    assertForm(embed, "oic-area-2-embed-procedure");

    complete(area, EMBED, procedure());

    assertThat(evidenceOf("DOCUMENT")).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordProcedureEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("NCCU referral procedure published and officers briefed");
      assertThat(e.input("evidenceReference")).isEqualTo("HIOWC-PROC-2026-014");
      assertThat((String) e.input("evidenceDescription")).contains("January briefings");
    });
    var audit = task(area, AUDIT);
    assertThat(audit.getName()).isEqualTo("Record compliance audit of NCCU referrals: " + LABEL);
    assertThat(audit).hasCandidateGroup("area-2-owners");
    assertForm(audit, "oic-area-2-compliance-audit");

    complete(area, AUDIT, audit("February 2026", 40, 40));

    assertThat(area).hasPassed("Event_AreaWorkDone").hasNotPassed(CORRECTIVE);
    assertThat(area).variables()
        .containsEntry(Area2Variables.COMPLIANCE_RATE, 100.0)
        .containsEntry(Area2Variables.COMPLIANCE_RAG, "GREEN")
        .containsEntry(Area2Variables.TARGET_MET, true);
    assertThat(evidenceOf("AUDIT_RESULT")).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordAuditEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("Compliance audit February 2026: 100.0% (GREEN)");
      assertThat(e.input("evidenceDescription")).isEqualTo(
          "Intelligence documents found for 40 of 40 NCCU referrals checked; target 100%.");
      assertThat(e.input("evidenceReference")).isEqualTo("February 2026");
    });

    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isEnded().hasPassed("Event_AreaSignedOff");
    assertThat(valuesOf(area, "areaStatus")).containsExactly("PLANNING", "IN_PROGRESS", "SIGNED_OFF");
  }

  @Test
  void auditsBelowTargetLoopThroughCorrectiveActionsAndTheHistoryShowsTheTrend() throws Exception {
    var area = start();
    complete(area, EMBED, procedure());

    complete(area, AUDIT, audit("January 2026", 30, 21));

    assertThat(area).isWaitingAt(CORRECTIVE).hasNotPassed("Event_AreaWorkDone");
    assertThat(area).variables()
        .containsEntry(Area2Variables.COMPLIANCE_RATE, 70.0)
        .containsEntry(Area2Variables.COMPLIANCE_RAG, "RED")
        .containsEntry(Area2Variables.TARGET_MET, false);
    var corrective = task(area, CORRECTIVE);
    assertThat(corrective.getName()).isEqualTo("Agree corrective actions for NCCU referral compliance: " + LABEL);
    assertThat(corrective).hasCandidateGroup("area-2-owners");
    assertForm(corrective, "oic-area-2-corrective-actions");

    complete(area, CORRECTIVE, correctiveActions());

    assertThat(area).isWaitingAt(AUDIT);
    assertThat(evidenceOf("DECISION")).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordCorrectiveActionsEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("Corrective actions after compliance audit January 2026");
      assertThat((String) e.input("evidenceDescription"))
          .contains("checklist added").contains("Supervisory oversight: Duty inspectors check");
    });

    complete(area, AUDIT, audit("February 2026", 40, 38));
    assertThat(area).isWaitingAt(CORRECTIVE);
    assertThat(variable(area, Area2Variables.COMPLIANCE_RAG)).isEqualTo("AMBER");
    complete(area, CORRECTIVE, correctiveActions());
    complete(area, AUDIT, audit("March 2026", 35, 35));

    assertThat(area).hasPassed("Event_AreaWorkDone");
    var history = json.readTree((String) variable(area, Area2Variables.COMPLIANCE_AUDIT_HISTORY));
    assertThat(history).hasSize(3);
    assertThat(history.findValuesAsText("period")).containsExactly("January 2026", "February 2026", "March 2026");
    assertThat(history.findValuesAsText("rag")).containsExactly("RED", "AMBER", "GREEN");
    assertThat(history.get(1).get("ratePercent").decimalValue()).isEqualByComparingTo("95.0");
    var figuresHistory = json.readTree((String) variable(area, AreaFiguresVariables.FIGURES_HISTORY));
    assertThat(figuresHistory.findValuesAsText("period")).containsExactly("January 2026", "February 2026", "March 2026");
    assertThat(figuresHistory.findValuesAsText("rag")).containsExactly("RED", "AMBER", "GREEN");
    assertThat(area).variables()
        .containsEntry(AreaFiguresVariables.FIGURES_RATE, 100.0)
        .containsEntry(AreaFiguresVariables.FIGURES_RAG, "GREEN")
        .containsEntry(AreaFiguresVariables.RECOVERY_NEEDED, false)
        .containsEntry(AreaFiguresVariables.FIGURES_EVIDENCE_TITLE,
            "Area 2 compliance audit March 2026: 35 of 35 referrals with an intelligence document (100.0%, GREEN)")
        .containsEntry(AreaFiguresVariables.FIGURES_SUMMARY, "March 2026: 35 of 35 (100.0%) NCCU referrals with an "
            + "intelligence document; 35 of 35 (100.0%) documents on time, 35 of 35 (100.0%) of acceptable quality; "
            + "45 of 60 (75.0%) officers trained on the duty; target 100%.");
    assertThat(evidenceOf("AUDIT_RESULT")).extracting(e -> e.input("evidenceTitle")).containsExactly(
        "Compliance audit January 2026: 70.0% (RED)", "Compliance audit February 2026: 95.0% (AMBER)",
        "Compliance audit March 2026: 100.0% (GREEN)");
    assertThat(evidenceOf("DECISION")).hasSize(2);
  }

  @Test
  void moreDocumentsThanReferralsOrAnEmptySampleAreRefusedAndChangeNothing() throws Exception {
    var area = start();
    complete(area, EMBED, procedure());
    complete(area, AUDIT, audit("January 2026", 30, 21));
    complete(area, CORRECTIVE, correctiveActions());
    var evidenceBefore = evidence.size();
    var historyBefore = variable(area, Area2Variables.COMPLIANCE_AUDIT_HISTORY);

    complete(area, AUDIT, audit("February 2026", 20, 25));

    assertThat(area).isWaitingAt(AUDIT).hasPassed("Event_FiguresRefused");
    assertThat(variable(area, Area2Variables.FIGURES_REFUSED_MESSAGE))
        .isEqualTo("intelligence documents found: 25 is more than the 20 referrals checked");
    assertThat(area).variables()
        .containsEntry(Area2Variables.COMPLIANCE_RATE, 70.0)
        .containsEntry(Area2Variables.COMPLIANCE_RAG, "RED")
        .containsEntry(Area2Variables.COMPLIANCE_AUDIT_HISTORY, historyBefore);
    assertThat(evidence).hasSize(evidenceBefore);

    complete(area, AUDIT, audit("February 2026", 20, 18, 19, 18, 60, 45));

    assertThat(area).isWaitingAt(AUDIT);
    assertThat(variable(area, Area2Variables.FIGURES_REFUSED_MESSAGE))
        .isEqualTo("documents on time: 19 is more than the 18 intelligence documents found");
    assertThat(area).variables()
        .containsEntry(AreaFiguresVariables.FIGURES_RATE, 70.0)
        .containsEntry(AreaFiguresVariables.RECOVERY_NEEDED, true);
    assertThat(json.readTree((String) variable(area, AreaFiguresVariables.FIGURES_HISTORY))).hasSize(1);

    complete(area, AUDIT, audit("February 2026", 20, 18, 18, 18, 0, 0));

    assertThat((String) variable(area, Area2Variables.FIGURES_REFUSED_MESSAGE)).startsWith("officers to train: must be at least 1");
    assertThat(evidence).hasSize(evidenceBefore);

    complete(area, AUDIT, audit("February 2026", 0, 0));

    assertThat(area).isWaitingAt(AUDIT);
    assertThat((String) variable(area, Area2Variables.FIGURES_REFUSED_MESSAGE))
        .startsWith("referrals checked: an audit needs at least one NCCU referral");
    assertThat(evidence).hasSize(evidenceBefore);

    complete(area, AUDIT, audit("February 2026", 20, 20));

    assertThat(area).hasPassed("Event_AreaWorkDone");
    assertThat(variable(area, Area2Variables.FIGURES_REFUSED_MESSAGE)).isNull();
    assertThat(evidenceOf("AUDIT_RESULT")).hasSize(2);
  }

  @Test
  void theAuditTaskIsRemindedAndEscalatedAtItsDueDate() {
    var area = start();
    complete(area, EMBED, procedure());

    var reminder = timer(area, "Timer_ComplianceAuditReminder");
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-17T00:00:00Z")));
    fire(reminder);
    var overdue = timer(area, "Timer_ComplianceAuditOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(DELIVERY_DUE);
    fire(overdue);

    assertThat(area).isWaitingAt(AUDIT)
        .hasPassed("Task_SendComplianceAuditReminder", "Task_RaiseComplianceAuditEscalation");
    for (var handOff : List.of(reminders.get(0), escalations.get(0))) {
      assertThat(handOff.input("itemName")).isEqualTo("Record compliance audit of NCCU referrals: " + LABEL);
      assertThat(handOff.input("itemDueDate")).isEqualTo(DELIVERY_DUE);
      assertThat(handOff.input("itemOwnerGroup")).isEqualTo("area-2-owners");
      assertThat(handOff.input("itemType")).isEqualTo("DELIVERY_TARGET");
    }
    assertThat(reminders).hasSize(1);
    assertThat(escalations).hasSize(1);
  }

  @Test
  void theEmbedTaskAndTheAreaDeadlineHaveTheirTimers() {
    var area = start();

    var reminder = timer(area, "Timer_EmbedProcedureReminder");
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-17T00:00:00Z")));
    assertThat(timer(area, "Timer_EmbedProcedureOverdue").getDuedate()).isEqualTo(DELIVERY_DUE);
    assertThat(timer(area, "Timer_AreaDeadlineReminder").getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-04-15T23:00:00Z")));
    var deadline = timer(area, "Timer_AreaDeadlineOverdue");
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-04-30T23:00:00Z")));

    fire(reminder);
    fire(deadline);

    assertThat(area).isWaitingAt(EMBED, "CallActivity_ProgressUpdate");
    assertThat(reminders).singleElement().satisfies(r -> {
      assertThat(r.activityId()).isEqualTo("Task_SendEmbedProcedureReminder");
      assertThat(r.input("itemName")).isEqualTo("Publish the NCCU referral procedure and brief officers: " + LABEL);
    });
    assertThat(escalations).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RaiseAreaDeadlineEscalation");
      assertThat(e.input("itemName")).isEqualTo("Deliver action area: " + LABEL);
      assertThat(e.input("itemType")).isEqualTo("AREA_DEADLINE");
      assertThat(e.input("itemDueDate")).isEqualTo(Date.from(Instant.parse("2026-04-30T23:00:00Z")));
    });
  }

  @Test
  void aDeclinedSignOffSendsTheAreaBackForAnotherRoundOfDelivery() {
    var area = start();
    runtimeService.setVariable(area.getId(), "standInAreaSignedOff", false);
    runtimeService.setVariable(area.getId(), "standInSignOffReason", "Audit sample too small");
    complete(area, EMBED, procedure());
    complete(area, AUDIT, audit("February 2026", 5, 5));
    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isWaitingAt(EMBED, "CallActivity_ProgressUpdate");
    assertThat(variable(area, "signOffReason")).isEqualTo("Audit sample too small");
    assertThat(variable(area, "areaStatus")).isEqualTo("IN_PROGRESS");

    runtimeService.setVariable(area.getId(), "standInAreaSignedOff", true);
    complete(area, EMBED, procedure());
    complete(area, AUDIT, audit("March 2026", 60, 60));
    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isEnded();
    assertThat(evidenceOf("AUDIT_RESULT")).hasSize(2);
  }
}
