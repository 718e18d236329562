package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.forms.Completion;
import uk.oic.actionplan.forms.FormRuleSet;
import uk.oic.actionplan.forms.Problems;

/**
 * The area forms' rules that their fields cannot declare. The fields' own checks (a RAG from the
 * list, a whole percentage from 0 to 100, required text) are the forms' and tested with them.
 */
class AreaRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 1, 12);

  static Map<String, String> problems(FormRuleSet rules, Object... keysAndValues) {
    var values = new HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    var problems = new Problems();
    rules.check(new Completion(values, TODAY), problems);
    return problems.byField();
  }

  @Test
  void aRedUpdateNamesItsBlockers() {
    var rules = new ProgressUpdateRules();
    assertThat(rules.formId()).isEqualTo("oic-progress-update-submit");
    assertThat(problems(rules, "rag", "AMBER", "progressPercent", 40L, "narrative", "On track")).isEmpty();
    assertThat(problems(rules, "rag", "RED", "progressPercent", 40L, "narrative", "Stalled", "blockers", "No funding"))
        .isEmpty();
    assertThat(problems(rules, "rag", "RED", "progressPercent", 40L, "narrative", "Stalled", "blockers", " "))
        .containsExactly(entry("blockers", "is required when the RAG is RED: say what blocks delivery"));
  }

  @Test
  void aCommentIsRequiredForEveryDecisionButAccept() {
    var rules = new ReviewRules("oic-progress-update-review");
    assertThat(problems(rules, "reviewDecision", "ACCEPT")).isEmpty();
    assertThat(problems(rules, "reviewDecision", "CHANGES_REQUESTED", "reviewComment", "Add evidence")).isEmpty();
    assertThat(problems(rules, "reviewDecision", "CHANGES_REQUESTED", "reviewComment", " "))
        .containsExactly(entry("reviewComment", "is required when the decision is CHANGES_REQUESTED"));
    assertThat(problems(rules, "reviewDecision", "SIGN_OFF")).containsExactly(entry("reviewComment", "is required when the decision is SIGN_OFF"));
    assertThat(problems(rules, "reviewDecision", "DECLINE", "reviewComment", ""))
        .containsExactly(entry("reviewComment", "is required when the decision is DECLINE"));
    assertThat(ReviewRules.accepts("ACCEPT")).isTrue();
    assertThat(ReviewRules.accepts("SIGN_OFF")).isTrue();
    assertThat(ReviewRules.accepts("DECLINE")).isFalse();
    assertThat(ReviewRules.accepts("CHANGES_REQUESTED")).isFalse();
  }

  @Test
  void aDeliveryPlansTargetDateIsNotInThePast() {
    var rules = new DeliveryPlanRules();
    assertThat(problems(rules, "targetDate", "2026-01-12")).isEmpty();
    assertThat(problems(rules, "targetDate", "2026-03-31T00:00:00.000Z")).isEmpty();
    assertThat(problems(rules, "targetDate", "2026-01-11")).containsExactly(entry("targetDate", "2026-01-11 is in the past"));
    assertThat(DeliveryPlanRules.parse("2026-03-31T00:00:00.000Z")).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(DeliveryPlanRules.parse("31/03/2026")).isNull();
  }
}
