package uk.oic.actionplan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HideConditionTest {

  @Test
  void readsTheConditionsTheFormsUse() {
    var values = new HashMap<String, Object>(Map.of("action", "CAUSE"));
    assertThat(HideCondition.hides("=action != \"CAUSE\"", values)).isFalse();
    assertThat(HideCondition.hides("=action != \"REVISE\"", values)).isTrue();
    assertThat(HideCondition.hides("=reviewProblem = null or reviewProblem = \"\"", values)).isTrue();
    values.put("reviewProblem", "Set a date");
    assertThat(HideCondition.hides("=reviewProblem = null or reviewProblem = \"\"", values)).isFalse();
    assertThat(HideCondition.hides("=count = 2 and done = true", Map.of("count", 2L, "done", true))).isTrue();
    assertThat(HideCondition.hides("=action != \"CAUSE\"", Map.of())).as("null is not CAUSE").isTrue();
  }

  @Test
  void anExpressionItCannotReadLeavesTheFieldShown() {
    assertThat(HideCondition.hides("=contains(action, \"C\")", Map.of("action", "CAUSE"))).isFalse();
    assertThat(HideCondition.hides(null, Map.of())).isFalse();
  }
}
