package uk.oic.actionplan.dashboard;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/** Red, amber or green: how an area or recommendation is going, as its owner and reviewer judged it. */
public enum Rag {
  GREEN("Green", "On track"),
  AMBER("Amber", "At risk"),
  RED("Red", "Off track");

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
