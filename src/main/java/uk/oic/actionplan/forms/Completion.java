package uk.oic.actionplan.forms;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

/**
 * A completion as a form's rule set sees it: every value the task can see once the submission is
 * applied, and the plan calendar's today.
 */
public record Completion(Map<String, Object> values, LocalDate today) {

  public Completion {
    values = Collections.unmodifiableMap(new java.util.HashMap<>(values));
  }

  public Object value(String key) {
    return values.get(key);
  }

  /** The value as trimmed text, or null when it is missing, blank or not text. */
  public String text(String key) {
    return values.get(key) instanceof String text && !text.isBlank() ? text.strip() : null;
  }

  public boolean isTrue(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  /** The value as a day ("2026-03-31", possibly with a time part), or null. */
  public LocalDate date(String key) {
    return FieldChecks.parseDate(values.get(key));
  }
}
