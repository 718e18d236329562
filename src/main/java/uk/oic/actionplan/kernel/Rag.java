package uk.oic.actionplan.kernel;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * Red, amber or green: how an area or recommendation is going. One vocabulary for every RAG the
 * application holds: the owner's and reviewer's judgement in an update ({@code rag}, {@code lastRag}),
 * a measured rate against the plan's target ({@link #of(Rate, int)}), and the plan overview's RAG from
 * progress against time. The variables and the plans API carry the {@link #name()}; pages and exports
 * show the {@link #label()} beside every colour.
 */
public enum Rag {
  GREEN("Green", "On track"),
  AMBER("Amber", "At risk"),
  RED("Red", "Off track");

  /** How far below the target a rate may fall and still be amber, in percentage points. */
  public static final int AMBER_MARGIN_POINTS = 10;

  private final String label;
  private final String meaning;

  Rag(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** "Green": shown as text beside every colour, so no information is given by colour alone. */
  public String label() {
    return label;
  }

  /** "On track". */
  public String meaning() {
    return meaning;
  }

  /** The GOV.UK tag modifier for this status. */
  public String tagClass() {
    return switch (this) {
      case GREEN -> "govuk-tag--green";
      case AMBER -> "govuk-tag--yellow";
      case RED -> "govuk-tag--red";
    };
  }

  /**
   * A measured rate against the plan's target: green at or above the target, amber less than
   * {@value #AMBER_MARGIN_POINTS} percentage points below it, red further below. Compares the exact
   * fraction, not the rounded percentage: 899 of 1000 is below a 90% target.
   */
  public static Rag of(Rate rate, int targetPercent) {
    if (rate.meets(targetPercent)) {
      return GREEN;
    }
    return rate.meets(targetPercent - AMBER_MARGIN_POINTS) ? AMBER : RED;
  }

  /** Reads "GREEN", "amber", ...; null or anything else is no RAG. */
  public static Rag parse(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** The worst of several, or null if none is known. */
  public static Rag worst(Collection<Rag> rags) {
    return rags.stream().filter(Objects::nonNull).max(Enum::compareTo).orElse(null);
  }
}
