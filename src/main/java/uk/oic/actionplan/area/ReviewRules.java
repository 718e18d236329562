package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.BuildingBlockVariables.REVIEW_COMMENT;
import static uk.oic.actionplan.area.BuildingBlockVariables.REVIEW_DECISION;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.oic.actionplan.forms.Completion;
import uk.oic.actionplan.forms.FormRuleSet;
import uk.oic.actionplan.forms.Problems;

/**
 * The strategic lead's reviews of an update, a delivery plan and an area's sign-off: each form
 * offers its own decisions; beyond them, every decision but ACCEPT needs a comment (what to change,
 * or the reasons for signing off or declining).
 */
record ReviewRules(String formId) implements FormRuleSet {

  /** Each decision and whether it accepts (approves, signs off). */
  static final Map<String, Boolean> DECISIONS = Map.of(
      "ACCEPT", true,
      "CHANGES_REQUESTED", false,
      "SIGN_OFF", true,
      "DECLINE", false);

  @Override
  public void check(Completion completion, Problems problems) {
    var decision = completion.value(REVIEW_DECISION);
    if (decision instanceof String value && DECISIONS.containsKey(value) && !"ACCEPT".equals(value)
        && completion.text(REVIEW_COMMENT) == null) {
      problems.add(REVIEW_COMMENT, "is required when the decision is " + value);
    }
  }

  static boolean accepts(String decision) {
    return DECISIONS.getOrDefault(decision, false);
  }

  /** One rule set for each review form. */
  @Configuration(proxyBeanMethods = false)
  static class Forms {
    @Bean
    FormRuleSet progressUpdateReviewRules() {
      return new ReviewRules("oic-progress-update-review");
    }

    @Bean
    FormRuleSet deliveryPlanApprovalRules() {
      return new ReviewRules("oic-delivery-plan-approve");
    }

    @Bean
    FormRuleSet areaSignOffRules() {
      return new ReviewRules("oic-area-sign-off");
    }
  }
}
