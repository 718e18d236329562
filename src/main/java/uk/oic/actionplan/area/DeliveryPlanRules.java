package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.BuildingBlockVariables.TARGET_DATE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.forms.Completion;
import uk.oic.actionplan.forms.FormRuleSet;
import uk.oic.actionplan.forms.Problems;

/**
 * What an agreed delivery plan needs beyond its form's fields (summary, milestones, a target date):
 * a target date that is not already in the past.
 */
@Component
class DeliveryPlanRules implements FormRuleSet {

  static final String FORM_ID = "oic-delivery-plan-agree";

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(Completion completion, Problems problems) {
    var date = completion.date(TARGET_DATE);
    if (date != null && date.isBefore(completion.today())) {
      problems.add(TARGET_DATE, date + " is in the past");
    }
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
