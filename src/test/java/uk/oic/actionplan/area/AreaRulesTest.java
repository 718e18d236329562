package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AreaRulesTest {

  @Test
  void aProgressUpdateNeedsAKnownRagAWholePercentageAndANarrative() {
    assertThat(ProgressUpdateRules.problems("AMBER", 40L, "On track")).isEmpty();
    assertThat(ProgressUpdateRules.problems("GREEN", 0, "x")).isEmpty();
    assertThat(ProgressUpdateRules.problems("GREEN", 100.0, "x")).isEmpty();
    assertThat(ProgressUpdateRules.problems("PINK", -1, " ")).containsExactly(
        "rag: must be GREEN, AMBER or RED", "progressPercent: must be a whole number from 0 to 100", "narrative: is required");
    assertThat(ProgressUpdateRules.problems(null, null, null)).contains("progressPercent: is required");
    assertThat(ProgressUpdateRules.problems("RED", 101, "x")).containsExactly("progressPercent: must be a whole number from 0 to 100");
    assertThat(ProgressUpdateRules.problems("RED", 50.5, "x")).containsExactly("progressPercent: must be a whole number from 0 to 100");
  }

  @Test
  void aCommentIsRequiredForEveryDecisionButAccept() {
    assertThat(ReviewRules.problems("ACCEPT", null)).isEmpty();
    assertThat(ReviewRules.problems("CHANGES_REQUESTED", "Add evidence")).isEmpty();
    assertThat(ReviewRules.problems("CHANGES_REQUESTED", " ")).containsExactly("reviewComment: is required when the decision is CHANGES_REQUESTED");
    assertThat(ReviewRules.problems("SIGN_OFF", null)).containsExactly("reviewComment: is required when the decision is SIGN_OFF");
    assertThat(ReviewRules.problems("DECLINE", "")).containsExactly("reviewComment: is required when the decision is DECLINE");
    assertThat(ReviewRules.problems("MAYBE", "x")).singleElement().asString().startsWith("reviewDecision:");
    assertThat(ReviewRules.accepts("ACCEPT")).isTrue();
    assertThat(ReviewRules.accepts("SIGN_OFF")).isTrue();
    assertThat(ReviewRules.accepts("DECLINE")).isFalse();
    assertThat(ReviewRules.accepts("CHANGES_REQUESTED")).isFalse();
  }

  @Test
  void aDeliveryPlanNeedsASummaryMilestonesAndATargetDateNotInThePast() {
    var today = LocalDate.of(2026, 1, 12);
    assertThat(DeliveryPlanRules.problems("s", "m", "2026-01-12", today)).isEmpty();
    assertThat(DeliveryPlanRules.problems("s", "m", "2026-03-31T00:00:00.000Z", today)).isEmpty();
    assertThat(DeliveryPlanRules.problems("", null, "31/03/2026", today)).containsExactly(
        "deliveryPlanSummary: is required", "deliveryMilestones: is required",
        "targetDate: is required, as a date written yyyy-mm-dd");
    assertThat(DeliveryPlanRules.problems("s", "m", "2026-01-11", today)).containsExactly("targetDate: 2026-01-11 is in the past");
  }
}
