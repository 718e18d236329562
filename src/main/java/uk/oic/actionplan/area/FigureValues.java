package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
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

  /**
   * A day from a date field: "2026-03-31" as form-js sends it, the day of an ISO date-time, or a
   * Date read in UTC (as the completion checks read it); null when the field was left empty.
   */
  static LocalDate day(VariableScope scope, String name, String label) {
    var value = scope.getVariable(name);
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    var text = value.toString().strip();
    try {
      return text.length() > 10 ? OffsetDateTime.parse(text.endsWith("Z") || text.matches(".*[+-][0-9]{2}:[0-9]{2}$")
          ? text : text + "Z").toLocalDate() : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new FiguresRefusedException(label + ": must be a date written yyyy-mm-dd");
    }
  }
}
