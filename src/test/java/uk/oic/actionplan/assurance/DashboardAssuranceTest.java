package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
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
import uk.oic.actionplan.dashboard.AssuranceSource;
import uk.oic.actionplan.dashboard.AssuranceSource.AssuranceState;

/**
 * The dashboard's view of the assurance loop, read from a real loop and the real evidence register:
 * each recommendation's state follows the OPCC's decisions and the PCC's sign-off.
 */
@SpringBootTest
@ActiveProfiles("test")
class DashboardAssuranceTest {

  static final String PLAN = "hiow-oic-2025";
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Autowired DashboardAssurance assurance;
  @Autowired AssuranceLoop assuranceLoop;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AssuranceRecords records;

  ProcessInstance loop;

  @BeforeEach
  void loopWaitingForItsFirstCycle() {
    ClockUtil.setCurrentTime(Date.from(T0));
    records.deletePlan(PLAN);
    loop = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(PLAN),
        Map.of(PLAN_ID, PLAN, PLAN_TITLE, "Organised immigration crime action plan"));
  }

  @AfterEach
  void removeLoop() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    runtimeService.createProcessInstanceQuery().processInstanceId(loop.getId()).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test finished"));
    records.deletePlan(PLAN);
  }

  @Test
  void aRecommendationMovesFromRequestedThroughChallengeToDischarged() {
    assertThat(state("rec-2")).satisfies(s -> {
      assertThat(s.state()).isEqualTo("Not yet requested");
      assertThat(s.discharged()).isFalse();
      assertThat(s.assessment()).isNull();
    });

    assuranceLoop.requestCycle(PLAN, "opcc.officer", "Before the accountability meeting");
    assertThat(state("rec-2").state()).isEqualTo("Assurance requested; waiting for: Request assurance: Rec 2 (cycle 1)");

    complete("opcc.officer", "rec-2", "Task_RequestAssurance", Map.of(ASSURANCE_REQUEST, "Show the audit results"));
    complete("strategic.lead", "rec-2", "Task_ProvideAssuranceReport", Map.of(REPORT_NARRATIVE, "Audits of the sample attached.",
        REPORT_EVIDENCE_REFERENCES, "EV-1", "askAnswer1", "Briefed at every parade.", "askAnswer2", "Monthly audits.",
        "askAnswer3", "E-learning and a guide."));
    assertThat(state("rec-2").state()).isEqualTo("Assurance requested; waiting for: Endorse assurance report: Rec 2 (cycle 1)");
    complete("chief.officer", "rec-2", "Task_EndorseAssuranceReport", Map.of(ENDORSEMENT_DECISION, ENDORSE));
    assertThat(state("rec-2").state()).isEqualTo("Assurance requested; waiting for: Review assurance: Rec 2 (cycle 1)");
    assertThat(state("rec-2").grades()).isEmpty();

    complete("opcc.officer", "rec-2", "Task_ReviewAssurance", Map.of(REVIEW_DECISION, DECISION_CHALLENGE,
        REVIEW_RATIONALE, "The audit leaves out the custody teams.", CHALLENGE_QUESTIONS, "What did custody referrals show?",
        CHALLENGE_RESPONSE_DATE, "2026-01-30", ASSURANCE_GRADE, "LIMITED",
        GRADE_RATIONALE, "Custody teams, a third of referrals, are not covered."));
    assertThat(state("rec-2")).satisfies(s -> {
      assertThat(s.state()).isEqualTo("Challenged; waiting for: Answer challenge: Rec 2 (cycle 1)");
      assertThat(s.assessment()).startsWith("Challenge 1: Rec 2 (cycle 1). ").contains("custody");
      assertThat(s.assessedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    });
    assertThat(state("rec-4").state()).isEqualTo("Assurance requested; waiting for: Request assurance: Rec 4 (cycle 1)");

    complete("strategic.lead", "rec-2", "Task_AnswerChallenge", Map.of(CHALLENGE_ANSWER, "All custody referrals were audited too."));
    complete("opcc.officer", "rec-2", "Task_ReviewAssurance", Map.of(REVIEW_DECISION, DECISION_ASSURED,
        REVIEW_RATIONALE, "The answer covers the custody teams.", RECOMMEND_DISCHARGE, true,
        ASSURANCE_GRADE, "SUBSTANTIAL", GRADE_RATIONALE, "Every referral sampled had its document."));
    assertThat(state("rec-2").state()).isEqualTo("Assured; waiting for: Sign off as discharged: Rec 2 (cycle 1)");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-07T10:00:00Z")));
    complete("pcc", "rec-2", "Task_SignOffRecommendation", Map.of(SIGN_OFF_DECISION, SIGN_OFF_DISCHARGE,
        SIGN_OFF_REASONS, "Compliance audits show the procedure is embedded."));
    assertThat(state("rec-2")).satisfies(s -> {
      assertThat(s.state()).isEqualTo("Discharged");
      assertThat(s.discharged()).isTrue();
      assertThat(s.dischargedOn()).isEqualTo(LocalDate.of(2026, 1, 7));
      assertThat(s.assessment()).isEqualTo("Signed off by the PCC: Compliance audits show the procedure is embedded.");
      // the grades stay after the discharge, in the order given
      assertThat(s.grades()).containsExactly(
          new AssuranceSource.Grade(1, "Limited assurance", LocalDate.of(2026, 1, 5)),
          new AssuranceSource.Grade(1, "Substantial assurance", LocalDate.of(2026, 1, 5)));
    });
  }

  @Test
  void anUnknownPlanOrRecommendationHasNoState() {
    assertThat(assurance.states("no-such-plan")).isEmpty();
    assertThat(assurance.states(PLAN)).containsOnlyKeys("rec-2", "rec-4", "rec-8", "rec-9");
  }

  private AssuranceState state(String recommendationId) {
    var states = assurance.states(PLAN);
    assertThat(states).containsKey(recommendationId);
    return states.get(recommendationId);
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
