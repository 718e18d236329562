package uk.oic.actionplan.evidence;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a piece of evidence is. */
public enum EvidenceKind {
  DOCUMENT,
  AUDIT_RESULT,
  TRAINING_FIGURES,
  MEETING_RECORD,
  DECISION,
  PROGRESS_UPDATE,
  ASSURANCE_REPORT,
  CHALLENGE,
  SIGN_OFF,
  ESCALATION;

  /** The kind named by {@code value}, or an {@link IllegalArgumentException} that lists the kinds. */
  public static EvidenceKind parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": must be one of " + names());
    }
    try {
      return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": '" + value + "' is not one of " + names());
    }
  }

  /** How people read it: "Audit result". */
  public String label() {
    var words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
