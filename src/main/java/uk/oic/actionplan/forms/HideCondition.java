package uk.oic.actionplan.forms;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Evaluates a field's {@code conditional.hide} expression the way the form does in the browser, so
 * a field the person could not see is not required on the server either. It understands the FEEL
 * the forms use: comparisons of a variable with a literal ({@code =}, {@code !=}; string, number,
 * true, false, null) joined by {@code and} / {@code or}. An expression it cannot read leaves the
 * field shown, so the field's own rules still apply.
 */
final class HideCondition {

  private static final Pattern COMPARISON = Pattern.compile(
      "^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(\"[^\"]*\"|null|true|false|-?[0-9]+(?:\\.[0-9]+)?)\\s*$");

  private HideCondition() {}

  /** True when the expression hides the field for these values. */
  static boolean hides(String expression, Map<String, Object> values) {
    if (expression == null || expression.isBlank()) {
      return false;
    }
    var text = expression.strip();
    if (text.startsWith("=")) {
      text = text.substring(1);
    }
    Boolean result = or(text, values);
    return Boolean.TRUE.equals(result);
  }

  private static Boolean or(String text, Map<String, Object> values) {
    boolean any = false;
    for (var part : text.split("\\s+or\\s+")) {
      var value = and(part, values);
      if (value == null) {
        return null;
      }
      any |= value;
    }
    return any;
  }

  private static Boolean and(String text, Map<String, Object> values) {
    boolean all = true;
    for (var part : text.split("\\s+and\\s+")) {
      var value = comparison(part, values);
      if (value == null) {
        return null;
      }
      all &= value;
    }
    return all;
  }

  private static Boolean comparison(String text, Map<String, Object> values) {
    var matcher = COMPARISON.matcher(text);
    if (!matcher.matches()) {
      return null;
    }
    var actual = values.get(matcher.group(1));
    var literal = literal(matcher.group(3));
    boolean equal = literal instanceof Double number
        ? actual instanceof Number n && n.doubleValue() == number
        : Objects.equals(actual, literal);
    return "=".equals(matcher.group(2)) == equal;
  }

  private static Object literal(String text) {
    return switch (text) {
      case "null" -> null;
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> text.startsWith("\"") ? text.substring(1, text.length() - 1) : Double.valueOf(text);
    };
  }
}
