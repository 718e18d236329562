package uk.oic.actionplan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * Who set a part of a plan. An inspection report's recommendations (their number, title, text and
 * deadline) are the inspection's; everything a force builds to deliver them (areas, outcomes, owner
 * groups, target dates, measured targets, training module names, cadence and escalation) is the
 * force's. Plan files say so on each part, so that nobody reads a force's working figures as the
 * inspection's, or the reverse.
 */
public enum Origin {
  INSPECTION("inspection", "from the inspection"),
  FORCE("force", "set by the force");

  private final String value;
  private final String phrase;

  Origin(String value, String phrase) {
    this.value = value;
    this.phrase = phrase;
  }

  /** As written in plan files and the plans API: "inspection" or "force". */
  @JsonValue
  public String value() {
    return value;
  }

  /** For readers: "from the inspection", "set by the force". */
  public String phrase() {
    return phrase;
  }

  /** The values a plan file may give, for error messages. */
  public static List<String> written() {
    return Arrays.stream(values()).map(Origin::value).toList();
  }
}
