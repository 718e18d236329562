package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What an agreed delivery plan must contain. */
final class DeliveryPlanRules {

  private DeliveryPlanRules() {}

  /** Each problem as "field: problem"; {@code today} is the engine's today. */
  static List<String> problems(Object summary, Object milestones, Object targetDate, LocalDate today) {
    var problems = new ArrayList<String>();
    if (!(summary instanceof String text) || text.isBlank()) {
      problems.add("deliveryPlanSummary: is required");
    }
    if (!(milestones instanceof String text) || text.isBlank()) {
      problems.add("deliveryMilestones: is required");
    }
    var date = parse(targetDate);
    if (date == null) {
      problems.add("targetDate: is required, as a date written yyyy-mm-dd");
    } else if (date.isBefore(today)) {
      problems.add("targetDate: " + date + " is in the past");
    }
    return problems;
  }

  /** The form's date ("2026-03-31", possibly with a time part), or null. */
  static LocalDate parse(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
