package uk.oic.actionplan.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks a Camunda Form declares, applied on the server to what a completion leaves behind: for
 * each field the person can fill in (not disabled, not hidden by its condition) required, type
 * (text, number, true/false, one of the declared values, a date), number limits and whole numbers,
 * text lengths and patterns; and for what was submitted, that every variable is a field of the form
 * and that no disabled field was changed.
 */
final class FieldChecks {

  private static final String DAY_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private FieldChecks() {}

  static void check(FormSpec form, Map<String, Object> values, Submission submission, LocalDate today,
      Problems problems) {
    for (var entry : submission.submitted().entrySet()) {
      var field = form.fields().get(entry.getKey());
      if (field == null) {
        problems.add(entry.getKey(), "is not a field of this form");
      } else if (field.disabled() && !same(entry.getValue(), submission.before().get(entry.getKey()))) {
        problems.add(entry.getKey(), "is shown for information and cannot be changed");
      }
    }
    for (var field : form.fields().values()) {
      if (field.disabled()) {
        continue;
      }
      boolean hidden = HideCondition.hides(field.hideWhen(), values);
      // a hidden field is not the person's to fill in: what an earlier round left in it is not judged
      // again, only what this completion sends
      if (!hidden || submission.submitted().containsKey(field.key())) {
        checkField(field, values.get(field.key()), hidden, today, problems);
      }
    }
  }

  private static void checkField(FormField field, Object value, boolean hidden, LocalDate today, Problems problems) {
    var key = field.key();
    if (value == null || value instanceof String text && text.isBlank()) {
      if (field.required() && !hidden) {
        problems.add(key, "is required");
      }
      return;
    }
    if (field.isText()) {
      checkText(field, value, problems);
    } else if (FormField.NUMBER.equals(field.type())) {
      checkNumber(field, value, problems);
    } else if (FormField.CHECKBOX.equals(field.type())) {
      if (!(value instanceof Boolean)) {
        problems.add(key, "must be true or false");
      }
    } else if (field.hasAllowedValues()) {
      if (!(value instanceof String text) || !field.values().contains(text)) {
        problems.add(key, "must be one of " + String.join(", ", field.values()));
      }
    } else if (FormField.DATETIME.equals(field.type())) {
      var day = parseDate(value);
      if (day == null) {
        problems.add(key, "must be a date written yyyy-mm-dd");
      } else if (field.disallowPassedDates() && day.isBefore(today)) {
        problems.add(key, "must not be in the past (today is " + today + ")");
      }
    }
  }

  private static void checkText(FormField field, Object value, Problems problems) {
    var key = field.key();
    if (!(value instanceof String text)) {
      problems.add(key, "must be text");
      return;
    }
    if (field.minLength() != null && text.strip().length() < field.minLength()) {
      problems.add(key, "at least " + field.minLength() + " characters");
    } else if (field.maxLength() != null && text.length() > field.maxLength()) {
      problems.add(key, "at most " + field.maxLength() + " characters");
    } else if (field.pattern() != null) {
      if (DAY_PATTERN.equals(field.pattern())) {
        if (!text.matches(DAY_PATTERN) || parseDate(text) == null) {
          problems.add(key, "must be a date written yyyy-mm-dd");
        }
      } else if (!matches(field.pattern(), text)) {
        problems.add(key, "does not have the expected form (" + field.pattern() + ")");
      }
    }
  }

  private static void checkNumber(FormField field, Object value, Problems problems) {
    var key = field.key();
    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      problems.add(key, "must be a number");
      return;
    }
    double amount = number.doubleValue();
    if (field.decimalDigits() != null && field.decimalDigits() == 0 && amount != Math.rint(amount)) {
      problems.add(key, "must be a whole number");
    } else if (field.min() != null && amount < field.min()) {
      problems.add(key, "must be at least " + plain(field.min()));
    } else if (field.max() != null && amount > field.max()) {
      problems.add(key, "must be at most " + plain(field.max()));
    }
  }

  /** A day from "2026-03-31" (or the day part of an ISO date-time) or a Date, else null. */
  static LocalDate parseDate(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC);
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    var trimmed = text.strip();
    try {
      if (trimmed.length() > 10) {
        if (trimmed.charAt(10) != 'T') {
          return null;
        }
        java.time.OffsetDateTime.parse(trimmed.endsWith("Z") || trimmed.matches(".*[+-][0-9]{2}:[0-9]{2}$")
            ? trimmed : trimmed + "Z");
      }
      return LocalDate.parse(trimmed.substring(0, Math.min(10, trimmed.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private static boolean same(Object submitted, Object before) {
    if (submitted instanceof Number a && before instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    if (submitted instanceof String text && text.isEmpty() && before == null) {
      return true;
    }
    return Objects.equals(submitted, before);
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
