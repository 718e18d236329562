package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A plan's assurance records rebuilt from the engine and the evidence register equal those the
 * loop wrote as it ran: discharges (reopened ones too) and each recommendation's latest decision.
 */
@SpringBootTest
@ActiveProfiles("test")
class AssuranceRecordsRebuildTest {

  static final String PLAN = "hiow-oic-2025";
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Autowired AssuranceRecordsRebuild rebuild;
  @Autowired AssuranceRecords records;
  @Autowired AssuranceLoop assuranceLoop;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  ProcessInstance loop;

  /** Only this test's loop in the engine and its records in the tables. */
  @BeforeEach
  @AfterEach
  void noOtherLoopOfThePlan() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey(PLAN)).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test finished"));
    var ended = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey(PLAN)).list();
    if (!ended.isEmpty()) {
      historyService.deleteHistoricProcessInstances(ended.stream().map(p -> p.getId()).toList());
    }
    records.deletePlan(PLAN);
  }

  @Test
  void theRebuiltRecordsEqualThoseWrittenLive() {
    ClockUtil.setCurrentTime(Date.from(T0));
    loop = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(PLAN),
        Map.of(PLAN_ID, PLAN, PLAN_TITLE, "Organised immigration crime action plan"));

    // cycle 1: rec-2 discharged, rec-4 challenged and then assured, rec-8 declined by the PCC, rec-9 assured
    assuranceLoop.requestCycle(PLAN, "opcc.officer", "Before the accountability meeting");
    List.of("rec-2", "rec-4", "rec-8", "rec-9").forEach(this::requestAndReport);
    review("rec-2", true);
    at("2026-01-06T10:00:00Z");
    signOff("rec-2", SIGN_OFF_DISCHARGE, "Compliance audits show the procedure is embedded.");
    challenge("rec-4");
    at("2026-01-07T11:00:00Z");
    complete("strategic.lead", "rec-4", "Task_AnswerChallenge", Map.of(CHALLENGE_ANSWER, "Custody referrals were audited too."));
    review("rec-4", false);
    review("rec-8", true);
    signOff("rec-8", SIGN_OFF_DECLINE, "Wait for the May figures.");
    review("rec-9", false);

    // rec-2 reopened, then discharged again in cycle 2, where rec-4 is challenged again
    at("2026-01-12T09:30:00Z");
    assuranceLoop.reopen(PLAN, "rec-2", "opcc.officer", "A February audit found referrals without intelligence documents.");
    at("2026-01-13T09:00:00Z");
    assuranceLoop.requestCycle(PLAN, "opcc.officer", null);
    List.of("rec-2", "rec-4").forEach(this::requestAndReport);
    review("rec-2", true);
    at("2026-01-14T15:00:00Z");
    signOff("rec-2", SIGN_OFF_DISCHARGE, "The new audit shows the fix holds.");
    challenge("rec-4");

    var discharges = records.discharges(PLAN);
    var states = records.states(PLAN);
    var grades = records.grades(PLAN);
    assertThat(grades.get("rec-4")).extracting(AssuranceRecords.Grade::cycleNumber, AssuranceRecords.Grade::grade,
        AssuranceRecords.Grade::gradedBy).containsExactly(
            tuple(1, AssuranceGrade.LIMITED, "opcc.officer"), tuple(1, AssuranceGrade.SUBSTANTIAL, "opcc.officer"),
            tuple(2, AssuranceGrade.LIMITED, "opcc.officer"));
    assertThat(grades.values().stream().mapToInt(List::size).sum()).isEqualTo(7);
    assertThat(grades.values()).allSatisfy(list -> assertThat(list).allSatisfy(g -> assertThat(g.evidenceSequence()).isNotNull()));
    assertThat(discharges).extracting(AssuranceRecords.DischargeRow::recommendationId, AssuranceRecords.DischargeRow::cycle,
        AssuranceRecords.DischargeRow::open).containsExactly(
            tuple("rec-2", 1, false), tuple("rec-2", 2, true));
    assertThat(states).containsOnlyKeys("rec-2", "rec-4", "rec-8", "rec-9");
    assertThat(states.get("rec-4").state()).isEqualTo("Challenged");
    assertThat(states.values()).allSatisfy(d -> assertThat(d.evidenceSequence()).isNotNull());

    records.deletePlan(PLAN);
    assertThat(records.discharges(PLAN)).isEmpty();
    assertThat(records.states(PLAN)).isEmpty();
    assertThat(records.grades(PLAN)).isEmpty();
    at("2026-02-01T08:00:00Z");
    var rebuilt = rebuild.rebuild(PLAN);

    assertThat(rebuilt).isEqualTo(new AssuranceRecordsRebuild.Rebuilt(PLAN, 2, 4, 7));
    assertThat(records.grades(PLAN)).isEqualTo(grades);
    assertThat(records.discharges(PLAN)).map(AssuranceRecordsRebuildTest::business)
        .containsExactlyElementsOf(discharges.stream().map(AssuranceRecordsRebuildTest::business).toList());
    assertThat(records.states(PLAN)).isEqualTo(states);
    assertThat(assuranceLoop.status(PLAN).recommendations()).extracting(AssuranceLoop.RecommendationStatus::discharged)
        .containsExactly(true, false, false, false);
    // rebuilding again gives the same
    rebuild.rebuild(PLAN);
    assertThat(records.states(PLAN)).isEqualTo(states);
    assertThatThrownBy(() -> rebuild.rebuild("no-such-plan")).hasMessage("There is no plan 'no-such-plan'.");
  }

  @Test
  void aRationaleThatReadsLikeAGradeLine_doesNotChangeTheRebuiltGrade() {
    ClockUtil.setCurrentTime(Date.from(T0));
    loop = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(PLAN),
        Map.of(PLAN_ID, PLAN, PLAN_TITLE, "Organised immigration crime action plan"));
    assuranceLoop.requestCycle(PLAN, "opcc.officer", null);
    requestAndReport("rec-9");
    complete("opcc.officer", "rec-9", "Task_ReviewAssurance", Map.of(REVIEW_DECISION, DECISION_ASSURED,
        REVIEW_RATIONALE, "The evidence is convincing.\nGrade: Limited assurance. y", RECOMMEND_DISCHARGE, false,
        ASSURANCE_GRADE, "SUBSTANTIAL",
        GRADE_RATIONALE, "Every sampled referral had its document.\nGrade: No assurance. x"));
    var grades = records.grades(PLAN);
    assertThat(grades.get("rec-9")).extracting(AssuranceRecords.Grade::grade, AssuranceRecords.Grade::rationale)
        .containsExactly(tuple(AssuranceGrade.SUBSTANTIAL, "Every sampled referral had its document.\nGrade: No assurance. x"));

    records.deletePlan(PLAN);
    rebuild.rebuild(PLAN);

    assertThat(records.grades(PLAN)).isEqualTo(grades);
  }

  /** A discharge's business columns: all but the row's id. */
  private static List<Object> business(AssuranceRecords.DischargeRow row) {
    return Arrays.asList(row.planId(), row.recommendationId(), row.label(), row.cycle(), row.dischargedAt(),
        row.dischargedBy(), row.reasons(), row.processInstanceId(), row.reopenedAt(), row.reopenedBy(), row.reopenReasons());
  }

  private void requestAndReport(String rec) {
    complete("opcc.officer", rec, "Task_RequestAssurance", Map.of(ASSURANCE_REQUEST, "Show the audit results for " + rec));
    var report = new java.util.HashMap<String, Object>(Map.of(REPORT_NARRATIVE, "Audits of " + rec + " attached.",
        REPORT_EVIDENCE_REFERENCES, "EV-" + rec));
    var reportTask = taskService.createTaskQuery().processInstanceId(loop.getId())
        .taskDefinitionKey("Task_ProvideAssuranceReport").list().stream()
        .filter(t -> rec.equals(taskService.getVariable(t.getId(), RECOMMENDATION_ID))).findFirst().orElseThrow();
    for (int n = 1; n <= MAX_PCC_ASKS; n++) {
      if (!"".equals(taskService.getVariable(reportTask.getId(), numbered(PCC_ASK, n)))) {
        report.put(numbered(ASK_ANSWER, n), "Answered for " + rec + " with the March audit.");
      }
    }
    complete("strategic.lead", rec, "Task_ProvideAssuranceReport", report);
    complete("chief.officer", rec, "Task_EndorseAssuranceReport", Map.of(ENDORSEMENT_DECISION, ENDORSE));
  }

  private void review(String rec, boolean recommendDischarge) {
    complete("opcc.officer", rec, "Task_ReviewAssurance", Map.of(REVIEW_DECISION, DECISION_ASSURED,
        REVIEW_RATIONALE, "The evidence for " + rec + " is convincing.", RECOMMEND_DISCHARGE, recommendDischarge,
        ASSURANCE_GRADE, "SUBSTANTIAL", GRADE_RATIONALE, "Every sampled referral for " + rec + " had its document."));
  }

  private void challenge(String rec) {
    complete("opcc.officer", rec, "Task_ReviewAssurance", Map.of(REVIEW_DECISION, DECISION_CHALLENGE,
        REVIEW_RATIONALE, "The audit leaves out the custody teams.", CHALLENGE_QUESTIONS, "What did custody referrals show?",
        CHALLENGE_RESPONSE_DATE, "2026-02-27", ASSURANCE_GRADE, "LIMITED",
        GRADE_RATIONALE, "Custody teams, a third of referrals, are not covered."));
  }

  private void signOff(String rec, String decision, String reasons) {
    complete("pcc", rec, "Task_SignOffRecommendation", Map.of(SIGN_OFF_DECISION, decision, SIGN_OFF_REASONS, reasons));
  }

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  private void complete(String user, String recommendationId, String taskKey, Map<String, Object> variables) {
    var task = taskService.createTaskQuery().processInstanceId(loop.getId()).taskDefinitionKey(taskKey).list().stream()
        .filter(t -> recommendationId.equals(taskService.getVariable(t.getId(), RECOMMENDATION_ID)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + taskKey + " for " + recommendationId));
    var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
