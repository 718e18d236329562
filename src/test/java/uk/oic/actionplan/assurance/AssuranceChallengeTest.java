package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** OPCC staff challenge the force: answered in time, answered late after escalation, or sent back incomplete. */
class AssuranceChallengeTest extends AssuranceProcessTestSupport {

  static final Instant CYCLE_1 = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant CYCLE_2 = Instant.parse("2026-04-27T09:00:00Z");

  @Test
  void challengedThenAnsweredInOneCycle_andAnswerMissedAndEscalatedInTheNext() {
    startLoop();
    fireCadenceCycle(CYCLE_1);
    List.of("rec-2", "rec-4", "rec-9").forEach(rec -> assureThrough(rec, false));

    // cycle 1: challenged, answered in time, then assured
    request("rec-8");
    report("rec-8");
    assertThat(task("rec-8", "Task_ReviewAssurance").getDueDate()).isEqualTo(at("2026-03-17T00:00:00Z"));
    challenge("rec-8", "2026-03-20");
    var answer = task("rec-8", "Task_AnswerChallenge");
    assertThat(answer.getName()).isEqualTo("Answer challenge: Rec 8 (cycle 1)");
    assertThat(answer.getDueDate()).isEqualTo(at("2026-03-21T00:00:00Z"));
    assertThat(taskService.getIdentityLinksForTask(answer.getId())).extracting(l -> l.getGroupId())
        .containsExactly("oic-strategic-lead");
    assertThat(job("Timer_ChallengeAnswerReminder").getDuedate()).isEqualTo(at("2026-03-18T00:00:00Z"));
    assertThat(job("Timer_ChallengeAnswerOverdue").getDuedate()).isEqualTo(at("2026-03-21T00:00:00Z"));
    answer("rec-8");
    assertThat(managementService.createJobQuery().processInstanceId(loop.getId()).activityId("Timer_ChallengeAnswerOverdue").count()).isZero();
    assertThat(task("rec-8", "Task_ReviewAssurance")).isNotNull();
    assure("rec-8", false);
    assertThat(loop).isWaitingAt("Gateway_NextCycleTrigger");
    assertThat(evidenceFor("rec-8")).extracting(Evidence::kind, Evidence::title, Evidence::user).containsExactly(
        tuple("DECISION", "Assurance requested: Rec 8 (cycle 1)", OPCC),
        tuple("ASSURANCE_REPORT", "Assurance report: Rec 8 (cycle 1)", LEAD),
        tuple("DECISION", "Assurance report endorsed: Rec 8 (cycle 1)", CHIEF),
        tuple("CHALLENGE", "Challenge 1: Rec 8 (cycle 1)", OPCC),
        tuple("CHALLENGE", "Challenge 1 answered: Rec 8 (cycle 1)", LEAD),
        tuple("DECISION", "Assured: Rec 8 (cycle 1)", OPCC));
    assertThat(evidenceFor("rec-8").get(3).description()).isEqualTo("Challenged. The figures do not cover the custody teams. "
        + "Questions: How many custody officers have completed it? Response due by 20 March 2026.\nGrade: Limited assurance. Graded LIMITED: the audits cover every team sampled.");
    assertThat(evidenceFor("rec-8").get(4).description()).isEqualTo("All 212 custody officers completed it by March.");
    assertThat(reminders).isEmpty();
    assertThat(escalations).isEmpty();

    // cycle 2: challenged, the response date passes, reminded then escalated; the late answer still counts
    evidence.clear();
    fireCadenceCycle(CYCLE_2);
    List.of("rec-2", "rec-4", "rec-9").forEach(rec -> assureThrough(rec, false));
    request("rec-8");
    report("rec-8");
    challenge("rec-8", "2026-05-08");
    // British Summer Time: the end of 8 May in London is 23:00 UTC
    var due = at("2026-05-08T23:00:00Z");
    assertThat(task("rec-8", "Task_AnswerChallenge").getDueDate()).isEqualTo(due);
    var reminder = job("Timer_ChallengeAnswerReminder");
    assertThat(reminder.getDuedate()).isEqualTo(at("2026-05-05T23:00:00Z"));
    ClockUtil.setCurrentTime(reminder.getDuedate());
    managementService.executeJob(reminder.getId());
    assertThat(reminders).containsExactly(new Item("Answer challenge: Rec 8 (cycle 2)", due, "oic-strategic-lead", "CHALLENGE_RESPONSE"));

    var overdue = job("Timer_ChallengeAnswerOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(due);
    ClockUtil.setCurrentTime(due);
    managementService.executeJob(overdue.getId());
    assertThat(escalations).containsExactly(new Item("Answer challenge: Rec 8 (cycle 2)", due, "oic-strategic-lead", "CHALLENGE_RESPONSE"));
    assertThat(loop).hasPassed("Task_EscalateChallengeAnswer", "Event_ChallengeAnswerEscalated");
    // the escalation does not take the work away from the force
    assertThat(task("rec-8", "Task_AnswerChallenge")).isNotNull();

    answer("rec-8");
    assertThat(task("rec-8", "Task_ReviewAssurance").getDueDate()).isEqualTo(at("2026-05-23T23:00:00Z"));
    assure("rec-8", true);
    signOff("rec-8", SIGN_OFF_DISCHARGE);
    assertThat(evidenceFor("rec-8")).extracting(Evidence::kind, Evidence::title).containsExactly(
        tuple("DECISION", "Assurance requested: Rec 8 (cycle 2)"),
        tuple("ASSURANCE_REPORT", "Assurance report: Rec 8 (cycle 2)"),
        tuple("DECISION", "Assurance report endorsed: Rec 8 (cycle 2)"),
        tuple("CHALLENGE", "Challenge 1: Rec 8 (cycle 2)"),
        tuple("CHALLENGE", "Challenge 1 answered: Rec 8 (cycle 2)"),
        tuple("DECISION", "Assured: Rec 8 (cycle 2)"),
        tuple("SIGN_OFF", "Discharged: Rec 8 signed off by the PCC (cycle 2)"));
    assertThat(discharged().isDischarged("rec-8")).isTrue();
    assertThat(loop).isWaitingAt("Gateway_NextCycleTrigger");
  }

  @Test
  void anIncompleteChallengeIsRefusedWithEachProblemAndRecordsNothing() {
    startLoop();
    fireCadenceCycle(CYCLE_1);
    request("rec-4");
    report("rec-4");
    var review = task("rec-4", "Task_ReviewAssurance");
    evidence.clear();

    assertThatThrownBy(() -> complete(OPCC, "rec-4", "Task_ReviewAssurance", graded("LIMITED", Map.of(REVIEW_DECISION, DECISION_CHALLENGE,
        REVIEW_RATIONALE, "Not yet convinced.", CHALLENGE_QUESTIONS, " ", CHALLENGE_RESPONSE_DATE, "2026-03-01"))))
        .hasMessageContaining("challengeQuestions: is required")
        .hasMessageContaining("challengeResponseDate: must");
    assertThat(task("rec-4", "Task_ReviewAssurance").getId()).isEqualTo(review.getId());
    assertThat(taskService.getVariable(review.getId(), REVIEW_DECISION)).isNull();
    assertThat(evidence).isEmpty();
    assertThat(loop).hasNotPassed("Task_CheckReviewDecision");

    assertThatThrownBy(() -> complete(OPCC, "rec-4", "Task_ReviewAssurance", Map.of(REVIEW_DECISION, "", REVIEW_RATIONALE, "")))
        .hasMessageContaining("reviewDecision: is required")
        .hasMessageContaining("reviewRationale: is required")
        .hasMessageContaining("assuranceGrade: is required")
        .hasMessageContaining("gradeRationale: is required");
    assertThat(evidence).isEmpty();

    // the OPCC grades every decision, with a rationale that says why
    assertThatThrownBy(() -> complete(OPCC, "rec-4", "Task_ReviewAssurance", Map.of(REVIEW_DECISION, DECISION_ASSURED,
        REVIEW_RATIONALE, "The audit evidence is convincing.", ASSURANCE_GRADE, "NONE", GRADE_RATIONALE, "Fine.")))
        .hasMessageContaining("assuranceGrade: must be one of SUBSTANTIAL, REASONABLE, LIMITED, NO_ASSURANCE")
        .hasMessageContaining("gradeRationale: at least 20 characters");
    assertThat(evidence).isEmpty();
    assertThat(records.grades(PLAN)).isEmpty();
    assertThat(taskService.getVariable(review.getId(), ASSURANCE_GRADE)).isNull();

    challenge("rec-4", "2026-03-20");
    assertThat(taskVariable("rec-4", "Task_AnswerChallenge", REVIEW_PROBLEM)).isEqualTo("");
    assertThat(evidence).extracting(Evidence::kind).containsExactly("CHALLENGE");
    // the other recommendations are not touched by rec-4's review
    assertThat(taskVariable("rec-2", "Task_RequestAssurance", REVIEW_DECISION)).isNull();
  }
}
