package uk.oic.actionplan.response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.evidence.EvidenceRegister;

/**
 * The check of a published version before anything shows it as the PCC's words (the public page, its
 * PDF, the response's API): the SHA-256 of the stored content, computed again, must be the row's
 * {@code content_hash}, and the evidence register entry the row names (by id and sequence, of the same
 * plan) must record that hash in its reference ({@code published-statement:<plan>/v<n> sha256:<hash>}).
 * The register's own chain is checked by its verification, not here.
 */
@Component
class StatementIntegrity {

  private static final Logger LOG = LoggerFactory.getLogger(StatementIntegrity.class);

  /** A published version whose record does not match the evidence register: it is not shown. */
  static class StatementNotIntactException extends RuntimeException {
    private final String planId;
    private final int version;

    StatementNotIntactException(String planId, int version, String problem) {
      super("Version " + version + " of the PCC's statements of plan '" + planId + "' cannot be shown: " + problem);
      this.planId = planId;
      this.version = version;
    }

    String planId() {
      return planId;
    }

    int version() {
      return version;
    }
  }

  private final EvidenceRegister register;

  StatementIntegrity(EvidenceRegister register) {
    this.register = register;
  }

  /**
   * @return the statement, when its record matches the evidence register
   * @throws StatementNotIntactException otherwise (and logs it as an error)
   */
  PublishedStatement checked(PublishedStatement statement) {
    var problem = problem(statement);
    if (problem != null) {
      var refused = new StatementNotIntactException(statement.planId(), statement.version(), problem);
      LOG.error("{}", refused.getMessage());
      throw refused;
    }
    return statement;
  }

  private String problem(PublishedStatement statement) {
    var hash = StatementContent.hash(statement.content());
    if (!hash.equals(statement.contentHash())) {
      return "the SHA-256 of its content is " + hash + ", not the " + statement.contentHash() + " recorded beside it";
    }
    var entry = register.find(statement.evidenceEntryId()).orElse(null);
    if (entry == null) {
      return "the evidence register has no entry " + statement.evidenceEntryId();
    }
    if (entry.sequence() != statement.evidenceSequence() || !entry.planId().equals(statement.planId())) {
      return "evidence register entry " + entry.id() + " is number " + entry.sequence() + " of plan '" + entry.planId()
          + "', not number " + statement.evidenceSequence() + " of this plan";
    }
    var recorded = "published-statement:" + statement.planId() + "/v" + statement.version() + " sha256:" + hash;
    if (!recorded.equals(entry.reference())) {
      return "evidence register entry " + entry.sequence() + " records '" + entry.reference() + "', not '" + recorded + "'";
    }
    return null;
  }
}
