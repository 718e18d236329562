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
 * a target date that is not already in the past. A report that the recommendation is already
 * achieved has no target date; its form asks for the evidence instead.
 */
@Component
class DeliveryPlanRules implements FormRuleSet {

  static final String FORM_ID = "oic-delivery-plan-agree";
  /** {@code deliveryApproach}: a plan of work (also when the field is left out). */
  static final String DELIVER = "DELIVER";
  /** {@code deliveryApproach}: the recommendation is met today; its evidence goes to the sign-off. */
  static final String ALREADY_ACHIEVED = "ALREADY_ACHIEVED";

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(Completion completion, Problems problems) {
    if (ALREADY_ACHIEVED.equals(completion.value(AreaVariables.DELIVERY_APPROACH))) {
      return;
    }
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
