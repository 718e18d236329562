package uk.oic.actionplan.evidence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.oic.actionplan.kernel.PlanVariables;

/**
 * The variables the {@code recordEvidence} delegate reads and writes. The {@code evidence*} ones are
 * input parameters of the service task; the others come from the process instance.
 */
public final class EvidenceVariables {

  /** Required: one of {@link EvidenceKind}'s names. */
  public static final String KIND = "evidenceKind";
  /** Required. */
  public static final String TITLE = "evidenceTitle";
  public static final String DESCRIPTION = "evidenceDescription";
  /** Optional: a document reference or link. */
  public static final String REFERENCE = "evidenceReference";
  /** Optional {@link Date}: the day the evidence speaks for; today when not given. */
  public static final String EFFECTIVE_DATE = "evidenceEffectiveDate";
  /** Optional: who is recorded as having recorded it; else the engine's authenticated user, else "system". */
  public static final String RECORDED_BY = "evidenceRecordedBy";
  /** Written by the delegate as a local variable: the entry's id, for an output parameter to map. */
  public static final String ENTRY_ID = "evidenceEntryId";

  public static final String PLAN_ID = PlanVariables.PLAN_ID;
  public static final String RECOMMENDATION_ID = PlanVariables.RECOMMENDATION_ID;
  public static final String AREA_NUMBER = PlanVariables.AREA_NUMBER;
  /** Read only to show a task's context on the attachment page. */
  public static final String PLAN_TITLE = PlanVariables.PLAN_TITLE;
  public static final String AREA_NAME = "areaName";
  public static final String RECOMMENDATION_LABEL = PlanVariables.RECOMMENDATION_LABEL;

  private EvidenceVariables() {}

  static String text(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    var text = value.toString();
    return text.isBlank() ? null : text;
  }

  static Integer integer(VariableScope scope, String name) {
    var value = scope.getVariable(name);
    if (value == null || value instanceof Integer) {
      return (Integer) value;
    }
    if (value instanceof Number number) {
      return number.intValue();
    }
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number");
    }
  }

  static LocalDate date(VariableScope scope, String name, ZoneId zone) {
    var value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    try {
      return LocalDate.parse(value.toString().trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": '" + value + "' is not a date");
    }
  }
}
