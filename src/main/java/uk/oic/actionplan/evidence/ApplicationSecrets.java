package uk.oic.actionplan.evidence;

import org.springframework.stereotype.Component;

/**
 * Secrets that other features derive from the evidence register's key (kept outside the database), for
 * values that must not be computable by someone who can only read the database, such as the tokens in
 * the calendar feeds' URLs. Each purpose gets its own secrets: one purpose's value says nothing of
 * another's, nor of the key.
 */
@Component
public class ApplicationSecrets {

  private final EvidenceKey key;

  ApplicationSecrets(EvidenceKey key) {
    this.key = key;
  }

  /** 32 bytes that only the holder of the key can compute from {@code purpose} and {@code message}. */
  public byte[] derive(String purpose, String message) {
    if (purpose == null || purpose.isBlank() || purpose.contains("\n")) {
      throw new IllegalArgumentException("A purpose is one line of text");
    }
    return key.derive(purpose, message == null ? "" : message);
  }
}
