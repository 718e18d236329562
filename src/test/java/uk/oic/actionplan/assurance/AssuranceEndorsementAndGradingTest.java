package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;

/**
 * A chief officer endorses the force's report before OPCC staff see it, or sends it back with the
 * reasons; the report answers what the PCC asked under the recommendation (from the plan file); and
 * the OPCC, not the force, grades the assurance at every review, kept per cycle.
 */
class AssuranceEndorsementAndGradingTest extends AssuranceProcessTestSupport {

  static final String HYDRA_ASK =
      "Completion of the Hydra training package on organised immigration crime is mandatory for all relevant personnel.";

  @Test
  void aChiefOfficerEndorsesTheReport_andOnlyThenOpccStaffReviewIt() {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    assertThat(taskVariable("rec-8", "Task_RequestAssurance", "pccAsk1")).isEqualTo(HYDRA_ASK);
    assertThat(taskVariable("rec-8", "Task_RequestAssurance", "pccAsk2")).isEqualTo("");
    assertThat(taskVariable("rec-2", "Task_RequestAssurance", "pccAsk3"))
        .isEqualTo("Officers get training and support so they are confident in recognising what constitutes valuable "
            + "intelligence and how to submit it correctly.");
    request("rec-8");
    draftReport("rec-8");

    var endorsement = task("rec-8", "Task_EndorseAssuranceReport");
    assertThat(endorsement.getName()).isEqualTo("Endorse assurance report: Rec 8 (cycle 1)");
    assertThat(taskService.getIdentityLinksForTask(endorsement.getId())).extracting(l -> l.getGroupId())
        .containsExactly("chief-officers");
    assertThat(endorsement.getDueDate()).isEqualTo(at("2026-01-13T00:00:00Z"));
    assertThat(loop).hasNotPassed("Task_ScheduleReview");
    assertThat(taskService.createTaskQuery().processInstanceId(loop.getId()).taskDefinitionKey("Task_ReviewAssurance").count())
        .as("no review before the endorsement").isZero();

    // only a chief officer may endorse: the strategic lead cannot endorse their own report
    assertThatThrownBy(() -> complete(LEAD, "rec-8", "Task_EndorseAssuranceReport", Map.of(ENDORSEMENT_DECISION, ENDORSE)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> complete(OPCC, "rec-8", "Task_EndorseAssuranceReport", Map.of(ENDORSEMENT_DECISION, ENDORSE)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(task("rec-8", "Task_EndorseAssuranceReport").getId()).isEqualTo(endorsement.getId());

    endorse("rec-8");
    assertThat(task("rec-8", "Task_ReviewAssurance")).isNotNull();
    assertThat(evidenceFor("rec-8")).extracting(Evidence::kind, Evidence::title, Evidence::user).containsExactly(
        tuple("DECISION", "Assurance requested: Rec 8 (cycle 1)", OPCC),
        tuple("ASSURANCE_REPORT", "Assurance report: Rec 8 (cycle 1)", LEAD),
        tuple("DECISION", "Assurance report endorsed: Rec 8 (cycle 1)", CHIEF));
    assertThat(evidenceFor("rec-8").get(1).description()).isEqualTo(
        "Delivery of rec-8 is on track, audits attached.\nThe PCC asked: " + HYDRA_ASK
            + "\nAnswer: Answer 1 for rec-8: audited in March.\nLinked areas when the report was written:\n"
            + "Area 7 (Hydra training): not started.");
    assertThat(evidenceFor("rec-8").get(2).description()).isEqualTo("Endorsed by chief.officer for the force.");
  }

  @Test
  void aReportSentBackReturnsToTheStrategicLeadWithTheReasons() {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    request("rec-8");
    draftReport("rec-8");
    var endorsement = task("rec-8", "Task_EndorseAssuranceReport");
    evidence.clear();

    assertThatThrownBy(() -> complete(CHIEF, "rec-8", "Task_EndorseAssuranceReport", Map.of(ENDORSEMENT_DECISION, SEND_BACK)))
        .hasMessageContaining("endorsementReasons: is required");
    assertThat(task("rec-8", "Task_EndorseAssuranceReport").getId()).isEqualTo(endorsement.getId());
    assertThat(taskService.getVariable(endorsement.getId(), ENDORSEMENT_DECISION)).isNull();
    assertThat(evidence).isEmpty();

    sendBack("rec-8", "Give the completion figures by role, not only the total.");
    var report = task("rec-8", "Task_ProvideAssuranceReport");
    assertThat(taskService.getVariable(report.getId(), REPORT_SENT_BACK_REASONS))
        .isEqualTo("Give the completion figures by role, not only the total.");
    // the draft is kept for the strategic lead to improve
    assertThat(taskService.getVariable(report.getId(), REPORT_NARRATIVE)).isEqualTo("Delivery of rec-8 is on track, audits attached.");
    assertThat(taskService.getVariable(report.getId(), ENDORSEMENT_DECISION)).isNull();
    assertThat(taskService.createTaskQuery().processInstanceId(loop.getId()).taskDefinitionKey("Task_ReviewAssurance").count()).isZero();
    assertThat(evidence).extracting(Evidence::kind, Evidence::title, Evidence::description, Evidence::user).containsExactly(
        tuple("DECISION", "Assurance report sent back 1: Rec 8 (cycle 1)",
            "Sent back by chief.officer: Give the completion figures by role, not only the total.", CHIEF));

    draftReport("rec-8");
    assertThat(taskService.getVariable(task("rec-8", "Task_EndorseAssuranceReport").getId(), ENDORSEMENT_REASONS)).isNull();
    endorse("rec-8");
    assertThat(task("rec-8", "Task_ReviewAssurance")).isNotNull();
    assertThat(taskVariable("rec-8", "Task_ReviewAssurance", REPORT_SENT_BACK_REASONS)).isEqualTo("");
    assertThat(titles(evidence)).containsExactly("Assurance report sent back 1: Rec 8 (cycle 1)",
        "Assurance report: Rec 8 (cycle 1)", "Assurance report endorsed: Rec 8 (cycle 1)");
  }

  @Test
  void aReportSentBackAfterItsDueDate_isDueAgainRedraftDaysLater_andEscalatesNoEarlier() {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    request("rec-8");
    var originalDue = task("rec-8", "Task_ProvideAssuranceReport").getDueDate();
    assertThat(originalDue).isEqualTo(at("2026-01-27T00:00:00Z"));
    draftReport("rec-8");

    // the chief officer sends it back three days after the report was due
    ClockUtil.setCurrentTime(at("2026-01-30T10:00:00Z"));
    sendBack("rec-8", "Give the completion figures by role, not only the total.");
    var redraft = task("rec-8", "Task_ProvideAssuranceReport");
    assertThat(redraft.getDueDate()).as("oic.assurance.redraft-days after the send-back")
        .isEqualTo(at("2026-02-07T00:00:00Z"));
    assertThat(job("Timer_ReportOverdue").getDuedate()).isEqualTo(at("2026-02-07T00:00:00Z"));

    // the other recommendations' overdue requests escalate; rec-8's report does not
    executeDueJobs();
    assertThat(escalations).extracting(Item::type).doesNotContain("ASSURANCE_REPORT");
    assertThat(reminders).extracting(Item::type).doesNotContain("ASSURANCE_REPORT");
    assertThat(task("rec-8", "Task_ProvideAssuranceReport").getId()).isEqualTo(redraft.getId());
  }

  @Test
  void aReportSentBackEarly_keepsItsOriginalDueDate() {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    request("rec-8");
    var originalDue = task("rec-8", "Task_ProvideAssuranceReport").getDueDate();
    draftReport("rec-8");

    sendBack("rec-8", "Give the completion figures by role, not only the total.");
    assertThat(task("rec-8", "Task_ProvideAssuranceReport").getDueDate()).isEqualTo(originalDue);
  }

  private void executeDueJobs() {
    managementService.createJobQuery().processInstanceId(loop.getId()).executable().list()
        .forEach(j -> managementService.executeJob(j.getId()));
  }

  @Test
  void theEndorsementHasItsReminderAndEscalation() {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    request("rec-8");
    draftReport("rec-8");
    var due = task("rec-8", "Task_EndorseAssuranceReport").getDueDate();
    managementService.executeJob(job("Timer_EndorsementReminder").getId());
    managementService.executeJob(job("Timer_EndorsementOverdue").getId());
    var item = new Item("Endorse assurance report: Rec 8 (cycle 1)", due, "chief-officers", "ASSURANCE_ENDORSEMENT");
    assertThat(reminders).containsExactly(item);
    assertThat(escalations).containsExactly(item);
    assertThat(task("rec-8", "Task_EndorseAssuranceReport")).as("the task stays open").isNotNull();
  }

  @Test
  void aReportWithoutAnAnswerToEachAskIsRefusedAndStoresNothing() {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    request("rec-2");
    var report = task("rec-2", "Task_ProvideAssuranceReport");
    evidence.clear();

    var partial = reportVariables("rec-2");
    partial.remove("askAnswer2");
    partial.put("askAnswer3", "  ");
    assertThatThrownBy(() -> complete(LEAD, "rec-2", "Task_ProvideAssuranceReport", partial))
        .hasMessageContaining("askAnswer2: is required")
        .hasMessageContaining("askAnswer3: is required")
        .hasMessageNotContaining("askAnswer1")
        .hasMessageNotContaining("askAnswer4");
    assertThat(task("rec-2", "Task_ProvideAssuranceReport").getId()).isEqualTo(report.getId());
    assertThat(taskService.getVariable(report.getId(), REPORT_NARRATIVE)).isNull();
    assertThat(taskService.getVariable(report.getId(), "askAnswer1")).isNull();
    assertThat(evidence).isEmpty();

    // an answer to an ask the PCC did not make is not required: rec-2 has three
    draftReport("rec-2");
    assertThat(task("rec-2", "Task_EndorseAssuranceReport")).isNotNull();
    assertThat(evidence).singleElement().satisfies(e -> assertThat(e.description())
        .contains("\nThe PCC asked: Compliance is monitored through routine audits and supervisory oversight.\n"
            + "Answer: Answer 2 for rec-2: audited in March.")
        .doesNotContain("Confidence"));
  }

  @Test
  void theOpccGradesEveryReview_eachCycleKeepsItsGrade() {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    assureThrough("rec-2", true);
    assureThrough("rec-4", true);
    assureThrough("rec-9", true);
    request("rec-8");
    report("rec-8");
    complete(OPCC, "rec-8", "Task_ReviewAssurance", graded("REASONABLE", Map.of(REVIEW_DECISION, DECISION_ASSURED,
        REVIEW_RATIONALE, "Completion is close to the target.", RECOMMEND_DISCHARGE, false)));
    assertThat(evidenceFor("rec-8")).last().satisfies(e -> assertThat(e.description()).isEqualTo(
        "Assured. Completion is close to the target. It remains open.\n"
            + "Grade: Reasonable assurance. Graded REASONABLE: the audits cover every team sampled."));
    assertThat(loop).isWaitingAt("Gateway_NextCycleTrigger");

    assuranceLoop.requestCycle(PLAN, OPCC, "Before the May accountability meeting");
    request("rec-8");
    report("rec-8");
    challenge("rec-8", "2026-02-27");

    var grades = records.grades(PLAN);
    assertThat(grades).containsOnlyKeys("rec-2", "rec-4", "rec-8", "rec-9");
    assertThat(grades.get("rec-8")).extracting(AssuranceRecords.Grade::cycleNumber, AssuranceRecords.Grade::grade,
        AssuranceRecords.Grade::rationale, AssuranceRecords.Grade::gradedBy).containsExactly(
            tuple(1, AssuranceGrade.REASONABLE, "Graded REASONABLE: the audits cover every team sampled.", OPCC),
            tuple(2, AssuranceGrade.LIMITED, "Graded LIMITED: the audits cover every team sampled.", OPCC));
    assertThat(grades.get("rec-8")).allSatisfy(g -> {
      assertThat(g.gradedAt()).isEqualTo(T0);
      assertThat(g.processInstanceId()).isEqualTo(loop.getId());
    });
    assertThat(assuranceLoop.status(PLAN).recommendations().get(2).grades())
        .extracting(AssuranceLoop.GradeRecord::cycleNumber, AssuranceLoop.GradeRecord::grade, AssuranceLoop.GradeRecord::label)
        .containsExactly(tuple(1, "REASONABLE", "Reasonable assurance"), tuple(2, "LIMITED", "Limited assurance"));
  }
}
