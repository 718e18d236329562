package uk.oic.actionplan.assurance;

import java.util.Arrays;
import java.util.Optional;

/**
 * The OPCC's grade of the assurance a report gives, chosen in the review ({@code assuranceGrade}):
 * the OPCC grades the force's delivery, the force does not grade itself.
 */
public enum AssuranceGrade {
  SUBSTANTIAL("Substantial assurance"),
  REASONABLE("Reasonable assurance"),
  LIMITED("Limited assurance"),
  NO_ASSURANCE("No assurance");

  /** The fewest characters a grade's rationale may have, in the form and in the process. */
  public static final int RATIONALE_MIN_LENGTH = 20;

  private final String label;

  AssuranceGrade(String label) {
    this.label = label;
  }

  /** As the review form and the dashboard show it: "Substantial assurance". */
  public String label() {
    return label;
  }

  static Optional<AssuranceGrade> of(String value) {
    return value == null ? Optional.empty()
        : Arrays.stream(values()).filter(g -> g.name().equals(value.trim())).findFirst();
  }

  static Optional<AssuranceGrade> ofLabel(String label) {
    return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
  }
}
