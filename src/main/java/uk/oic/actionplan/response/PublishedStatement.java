package uk.oic.actionplan.response;

import java.time.Instant;

/**
 * One published version of a plan's PCC statements, as stored: never changed after it was written.
 *
 * @param content the approved JSON text ({@link StatementContent}), exactly as published
 * @param contentHash SHA-256 (hex) of {@code content}, also recorded in the evidence register
 * @param evidenceSequence the evidence register entry that records the publication
 */
public record PublishedStatement(
    String planId,
    int version,
    StatementKind kind,
    Instant publishedAt,
    String approvedBy,
    String content,
    String contentHash,
    long evidenceSequence,
    String evidenceEntryId) {

  public StatementContent parsed() {
    return StatementContent.parse(content);
  }

  /** Whether the stored text still has the hash recorded when it was published. */
  public boolean intact() {
    return StatementContent.hash(content).equals(contentHash);
  }
}
