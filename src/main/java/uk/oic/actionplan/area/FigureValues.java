package uk.oic.actionplan.area;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of figures entered in a form. Tasklist sends numbers as Long, Integer or Double
 * depending on the form; a count must be whole.
 */
final class FigureValues {

  private FigureValues() {}

  /** A whole number, or null when the field was left empty. */
  static Long count(VariableScope scope, String name, String label) {
    var value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number number)) {
      throw new FiguresRefusedException(label + ": must be a number");
    }
    if (number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new FiguresRefusedException(label + ": must be a whole number");
    }
    return number.longValue();
  }

  static String text(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static int integer(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("process variable '" + name + "' is missing or not a number: " + value);
    }
    return number.intValue();
  }
}
