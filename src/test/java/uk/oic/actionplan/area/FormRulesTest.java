package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormRulesTest {

  static Map<String, Object> values(Object... keysAndValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void theFormsOwnRulesApplyToWhatIsSubmitted() throws Exception {
    var form = new ObjectMapper().readTree(Path.of("processes/oic-area-9-community-engagement.form").toFile());

    assertThat(FormRules.problems(form, values("engagementEvents", 6L, "publicReports", 0L,
        "engagementSummary", "Events", "engagementReference", "log"))).isEmpty();
    assertThat(FormRules.problems(form, values("engagementEvents", -1L, "publicReports", "many",
        "engagementSummary", " ", "planTitle", null))).containsExactly(
        "engagementEvents: must be at least 0",
        "publicReports: must be a number",
        "engagementSummary: is required",
        "engagementReference: is required");
  }

  @Test
  void percentagesStayWithinTheirLimits() throws Exception {
    var form = new ObjectMapper().readTree(Path.of("processes/oic-progress-update-submit.form").toFile());
    assertThat(FormRules.problems(form, values("rag", "GREEN", "progressPercent", 101L, "narrative", "n")))
        .containsExactly("progressPercent: must be at most 100");
  }
}
