package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OPCC staff refer a recommendation to the accountability meeting and record its outcome. */
class AssuranceReferralTest extends AssuranceProcessTestSupport {

  static final Instant CYCLE_1 = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant CYCLE_2 = Instant.parse("2026-04-27T09:00:00Z");

  @Test
  void referredTwice_theSecondMeetingSupportsDischarge() {
    startLoop();
    fireCadenceCycle(CYCLE_1);
    List.of("rec-4", "rec-8", "rec-9").forEach(rec -> assureThrough(rec, false));

    // cycle 1: referred; the meeting does not support discharge, so it stays open
    refer("rec-2", "2026-03-12");
    var outcome = task("rec-2", "Task_EnterMeetingOutcome");
    assertThat(outcome.getName()).isEqualTo("Record accountability meeting outcome: Rec 2 (cycle 1)");
    assertThat(outcome.getDueDate()).isEqualTo(at("2026-03-20T00:00:00Z"));
    assertThat(job("Timer_MeetingOutcomeReminder").getDuedate()).isEqualTo(at("2026-03-17T00:00:00Z"));
    complete(OPCC, "rec-2", "Task_EnterMeetingOutcome", Map.of(
        MEETING_OUTCOME, "The chief constable will report audit results in May.", RECOMMEND_DISCHARGE, false));
    assertThat(loop).isWaitingAt("Gateway_NextCycleTrigger");
    assertThat(discharged().isDischarged("rec-2")).isFalse();
    assertThat(evidenceFor("rec-2")).extracting(Evidence::kind, Evidence::title, Evidence::effectiveDate).containsExactly(
        tuple("DECISION", "Assurance requested: Rec 2 (cycle 1)", null),
        tuple("ASSURANCE_REPORT", "Assurance report: Rec 2 (cycle 1)", null),
        tuple("DECISION", "Assurance report endorsed: Rec 2 (cycle 1)", null),
        tuple("DECISION", "Referred to the accountability meeting: Rec 2 (cycle 1)", at("2026-03-12T00:00:00Z")),
        tuple("MEETING_RECORD", "Accountability meeting outcome: Rec 2 (cycle 1)", at("2026-03-12T00:00:00Z")));
    assertThat(evidenceFor("rec-2").get(3).description())
        .isEqualTo("Referred to the accountability meeting on 12 March 2026. Compliance audits are overdue.\nGrade: Limited assurance. Graded LIMITED: the audits cover every team sampled.");
    assertThat(evidenceFor("rec-2").get(4).description()).isEqualTo("The chief constable will report audit results in May.");

    // cycle 2: referred again; the meeting supports discharge and the PCC signs it off
    evidence.clear();
    fireCadenceCycle(CYCLE_2);
    refer("rec-2", "2026-05-14");
    complete(OPCC, "rec-2", "Task_EnterMeetingOutcome", Map.of(
        MEETING_OUTCOME, "Audits show 100% compliance since March.", RECOMMEND_DISCHARGE, true));
    var signOff = task("rec-2", "Task_SignOffRecommendation");
    assertThat(signOff.getName()).isEqualTo("Sign off as discharged: Rec 2 (cycle 2)");
    assertThat(signOff.getDueDate()).isEqualTo(at("2026-05-11T23:00:00Z"));
    assertThat(taskService.getIdentityLinksForTask(signOff.getId())).extracting(l -> l.getGroupId()).containsExactly("pcc");
    signOff("rec-2", SIGN_OFF_DISCHARGE);
    assertThat(evidenceFor("rec-2")).extracting(Evidence::kind, Evidence::user).containsExactly(
        tuple("DECISION", OPCC), tuple("ASSURANCE_REPORT", LEAD), tuple("DECISION", CHIEF), tuple("DECISION", OPCC),
        tuple("MEETING_RECORD", OPCC), tuple("SIGN_OFF", PCC));
    assertThat(discharged().find("rec-2")).hasValueSatisfying(d -> assertThat(d.cycle()).isEqualTo(2));
  }

  private void refer(String rec, String meetingDate) {
    request(rec);
    report(rec);
    complete(OPCC, rec, "Task_ReviewAssurance", graded("LIMITED", Map.of(REVIEW_DECISION, DECISION_REFER,
        REVIEW_RATIONALE, "Compliance audits are overdue.", MEETING_DATE, meetingDate)));
  }
}
