package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final String RATIONALE = " The audits sample every custody team. ";
  static final String GRADE = "\nGrade: Reasonable assurance. The audits sample every custody team.";

  @Test
  void assuredNeedsReasons_andMayRecommendDischarge() {
    var outcome = ReviewCheck.check(new ReviewCheck.Review("ASSURED", " Audits convince. ", true, null, null, null, "REASONABLE", RATIONALE), TODAY);
    assertThat(outcome.valid()).isTrue();
    assertThat(outcome.problem()).isEmpty();
    assertThat(outcome.recommendDischarge()).isTrue();
    assertThat(outcome.summary()).isEqualTo("Assured. Audits convince. OPCC staff recommend the PCC signs it off as discharged." + GRADE);
    assertThat(outcome.grade()).isEqualTo(AssuranceGrade.REASONABLE);

    var noReasons = ReviewCheck.check(new ReviewCheck.Review("ASSURED", "  ", true, null, null, null, "REASONABLE", RATIONALE), TODAY);
    assertThat(noReasons.valid()).isFalse();
    assertThat(noReasons.problem()).isEqualTo("Give the reasons for your decision.");
  }

  @Test
  void aChallengeNeedsQuestionsAndAResponseDateAfterToday() {
    var ok = ReviewCheck.check(new ReviewCheck.Review("CHALLENGE", "Gaps.", true, "How many?", "2026-03-03", null, "REASONABLE", RATIONALE), TODAY);
    assertThat(ok.valid()).isTrue();
    assertThat(ok.responseDate()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(ok.recommendDischarge()).as("only an assured decision recommends discharge").isFalse();
    assertThat(ok.summary()).isEqualTo("Challenged. Gaps. Questions: How many? Response due by 3 March 2026." + GRADE);

    assertThat(ReviewCheck.check(new ReviewCheck.Review("CHALLENGE", "Gaps.", null, "How many?", "2026-03-02", null, "REASONABLE", RATIONALE), TODAY).problem())
        .isEqualTo("Set a response date after today.");
    assertThat(ReviewCheck.check(new ReviewCheck.Review("CHALLENGE", "Gaps.", null, "", "next week", null, "REASONABLE", RATIONALE), TODAY).problem())
        .isEqualTo("Write the questions the force must answer. Set a response date after today.");
    assertThat(ReviewCheck.check(new ReviewCheck.Review("CHALLENGE", "Gaps.", null, "Q?", "2026-03-10T00:00:00.000+0000", null, "REASONABLE", RATIONALE), TODAY)
        .responseDate()).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void aReferralNeedsAMeetingDateFromToday() {
    var ok = ReviewCheck.check(new ReviewCheck.Review("REFER", "Overdue.", null, null, null, "2026-03-02", "REASONABLE", RATIONALE), TODAY);
    assertThat(ok.valid()).isTrue();
    assertThat(ok.meetingDate()).isEqualTo(TODAY);
    assertThat(ok.summary()).isEqualTo("Referred to the accountability meeting on 2 March 2026. Overdue." + GRADE);
    assertThat(ReviewCheck.check(new ReviewCheck.Review("REFER", "Overdue.", null, null, null, "2026-03-01", "REASONABLE", RATIONALE), TODAY).problem())
        .isEqualTo("Set the date of the accountability meeting: today or later.");
  }

  @Test
  void anUnknownDecisionIsRefused() {
    assertThat(ReviewCheck.check(new ReviewCheck.Review(null, null, null, null, null, null, null, null), TODAY).problem())
        .isEqualTo("Choose a decision: assured, challenge, or refer to the accountability meeting. Give the reasons for your decision. "
            + "Grade the assurance: substantial, reasonable, limited or no assurance. "
            + "Give the rationale for the grade (at least 20 characters).");
  }

  @Test
  void everyDecisionGradesTheAssuranceWithARationale() {
    var ungraded = ReviewCheck.check(new ReviewCheck.Review("ASSURED", "Audits convince.", false, null, null, null,
        "TOTAL", RATIONALE), TODAY);
    assertThat(ungraded.valid()).isFalse();
    assertThat(ungraded.problem()).isEqualTo("Grade the assurance: substantial, reasonable, limited or no assurance.");
    var shortRationale = ReviewCheck.check(new ReviewCheck.Review("ASSURED", "Audits convince.", false, null, null, null,
        "NO_ASSURANCE", "  Too short.          "), TODAY);
    assertThat(shortRationale.valid()).isFalse();
    assertThat(shortRationale.problem()).isEqualTo("Give the rationale for the grade (at least 20 characters).");
    var none = ReviewCheck.check(new ReviewCheck.Review("REFER", "Overdue.", null, null, null, "2026-03-02",
        "NO_ASSURANCE", "No evidence of delivery was offered."), TODAY);
    assertThat(none.grade()).isEqualTo(AssuranceGrade.NO_ASSURANCE);
    assertThat(none.summary()).endsWith("\nGrade: No assurance. No evidence of delivery was offered.");
  }

  @Test
  void aReviewOnAnEarlierModelVersionWithoutGradesStillCompletes() {
    var earlier = ReviewCheck.check(new ReviewCheck.Review("ASSURED", "Audits convince.", false, null, null, null,
        null, null), TODAY, false);
    assertThat(earlier.valid()).isTrue();
    assertThat(earlier.grade()).isNull();
    assertThat(earlier.summary()).isEqualTo("Assured. Audits convince. It remains open.");
  }
}
