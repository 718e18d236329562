package uk.oic.actionplan.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One field of a Camunda Form with what it declares about its value: the component type, whether
 * it is required or disabled, its limits, its allowed values, and the FEEL condition that hides it.
 */
record FormField(String key, String type, String subtype, boolean disabled, boolean required,
    Double min, Double max, Integer decimalDigits, Integer minLength, Integer maxLength, String pattern,
    List<String> values, boolean disallowPassedDates, String hideWhen) {

  static final String TEXTFIELD = "textfield";
  static final String TEXTAREA = "textarea";
  static final String NUMBER = "number";
  static final String CHECKBOX = "checkbox";
  static final String SELECT = "select";
  static final String RADIO = "radio";
  static final String DATETIME = "datetime";

  /** The field a component declares, or null for a component without a key (text, spacer, group). */
  static FormField of(JsonNode component) {
    var key = component.path("key").asText("");
    if (key.isEmpty()) {
      return null;
    }
    var validate = component.path("validate");
    var values = new ArrayList<String>();
    for (var value : component.path("values")) {
      values.add(value.path("value").asText());
    }
    return new FormField(key, component.path("type").asText(""), component.path("subtype").asText(null),
        component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false),
        validate.path("required").asBoolean(false),
        number(validate.path("min")), number(validate.path("max")),
        component.has("decimalDigits") ? component.get("decimalDigits").asInt() : null,
        validate.has("minLength") ? validate.get("minLength").asInt() : null,
        validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
        validate.path("pattern").asText(null),
        List.copyOf(values),
        component.path("disallowPassedDates").asBoolean(false),
        component.path("conditional").path("hide").asText(null));
  }

  boolean isText() {
    return TEXTFIELD.equals(type) || TEXTAREA.equals(type);
  }

  boolean hasAllowedValues() {
    return SELECT.equals(type) || RADIO.equals(type);
  }

  private static Double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }
}
