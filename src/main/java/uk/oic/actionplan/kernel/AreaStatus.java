package uk.oic.actionplan.kernel;

import java.util.Optional;

/**
 * Where an action area stands, kept in the area's {@code areaStatus} variable. The area frame
 * ({@code oic-area}) sets it in one way only: an output parameter on each milestone event, with the
 * {@link #name()}; the conventions test refuses any other value. Every reader takes its words from
 * here: the dashboard's {@link #label()} and the PCC's linked-area line ({@link #inSentence()}).
 * An area without the variable has not started; one the caller may not read is not visible to them:
 * those are the plan overview's states, not the area's own.
 */
public enum AreaStatus {
  /** The delivery plan is being agreed. */
  PLANNING("Planning", "planning"),
  /** The plan is agreed; own work and progress updates until sign-off. */
  IN_PROGRESS("In progress", "in progress"),
  /**
   * The owner reported the recommendation already achieved, with its evidence: the strategic lead's
   * sign-off decides (declined, the area plans its work after all), and the PCC's assurance is asked for.
   */
  ALREADY_ACHIEVED("Reported already achieved (awaiting sign-off)",
      "reported already achieved, awaiting the strategic lead's sign-off"),
  /** The force strategic lead has signed the area off. */
  SIGNED_OFF("Signed off", "signed off");

  private final String label;
  private final String inSentence;

  AreaStatus(String label, String inSentence) {
    this.label = label;
    this.inSentence = inSentence;
  }

  /** "Reported already achieved (awaiting sign-off)": the dashboard's and exports' words. */
  public String label() {
    return label;
  }

  /** "in progress": the words inside a sentence, as in the PCC's linked-area line. */
  public String inSentence() {
    return inSentence;
  }

  /** Whether {@code value} is this status's name, as the area's variable holds it. */
  public boolean is(Object value) {
    return name().equals(value);
  }

  /** The status a variable holds; empty for null or anything that is not one (exactly as written). */
  public static Optional<AreaStatus> named(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    for (var status : values()) {
      if (status.name().equals(value.toString())) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
