package uk.oic.actionplan.area;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks a Camunda Form declares (required, number min/max), applied again to what is submitted,
 * so a completion that bypasses Tasklist's form is refused the same way.
 */
final class FormRules {

  private FormRules() {}

  /** Each problem as "field: problem", for the form's editable fields. */
  static List<String> problems(JsonNode form, Map<String, Object> values) {
    var problems = new ArrayList<String>();
    for (var component : form.path("components")) {
      var key = component.path("key").asText(null);
      if (key == null || component.path("disabled").asBoolean(false)) {
        continue;
      }
      var validate = component.path("validate");
      var value = values.get(key);
      boolean missing = value == null || (value instanceof String text && text.isBlank());
      if (missing) {
        if (validate.path("required").asBoolean(false)) {
          problems.add(key + ": is required");
        }
        continue;
      }
      if ("number".equals(component.path("type").asText())) {
        if (!(value instanceof Number number)) {
          problems.add(key + ": must be a number");
          continue;
        }
        if (validate.has("min") && number.doubleValue() < validate.get("min").asDouble()) {
          problems.add(key + ": must be at least " + validate.get("min").asText());
        }
        if (validate.has("max") && number.doubleValue() > validate.get("max").asDouble()) {
          problems.add(key + ": must be at most " + validate.get("max").asText());
        }
      }
    }
    return problems;
  }
}
