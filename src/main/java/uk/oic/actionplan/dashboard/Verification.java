package uk.oic.actionplan.dashboard;

/**
 * The evidence register's own check of its entries, MACs and witness.
 *
 * @param firstBroken the first entry that fails, or null when valid
 * @param digest the latest witnessed head ("entry 42, digest 1a2b..., witnessed ..."), to compare with the copies
 *     OPCC staff keep; null when nothing was witnessed yet
 */
public record Verification(boolean valid, long checked, String firstBroken, String reason, String digest) {

  public Verification(boolean valid, long checked, String firstBroken, String reason) {
    this(valid, checked, firstBroken, reason, null);
  }

  /** One line for exports: the register's state and its digest. */
  public String exportLine() {
    return "Evidence register: " + (valid ? "intact (" + checked + " entries checked)" : "TAMPERED WITH (" + reason + ")")
        + (digest == null ? "" : "; " + digest);
  }
}
