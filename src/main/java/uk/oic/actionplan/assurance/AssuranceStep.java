package uk.oic.actionplan.assurance;

import java.util.function.ToIntFunction;

/** The steps of a recommendation's assurance whose due date is a number of days from their start. */
enum AssuranceStep {
  REQUEST(AssuranceVariables.REQUEST_DUE_AT, AssuranceProperties::requestDays),
  REPORT(AssuranceVariables.REPORT_DUE_AT, AssuranceProperties::reportDays),
  /** A report sent back: the report step again, due {@code redraftDays} from the send-back. */
  REDRAFT(AssuranceVariables.REPORT_DUE_AT, AssuranceProperties::redraftDays),
  ENDORSEMENT(AssuranceVariables.ENDORSEMENT_DUE_AT, AssuranceProperties::endorsementDays),
  REVIEW(AssuranceVariables.REVIEW_DUE_AT, AssuranceProperties::reviewDays),
  SIGN_OFF(AssuranceVariables.SIGN_OFF_DUE_AT, AssuranceProperties::signOffDays);

  private final String dueVariable;
  private final ToIntFunction<AssuranceProperties> days;

  AssuranceStep(String dueVariable, ToIntFunction<AssuranceProperties> days) {
    this.dueVariable = dueVariable;
    this.days = days;
  }

  String dueVariable() {
    return dueVariable;
  }

  int days(AssuranceProperties properties) {
    return days.applyAsInt(properties);
  }
}
