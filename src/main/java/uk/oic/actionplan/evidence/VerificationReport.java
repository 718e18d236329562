package uk.oic.actionplan.evidence;

/**
 * The result of recomputing the register's hashes.
 *
 * @param valid true when every entry's content hash, chain link and attachment match
 * @param entriesChecked how many entries were read, up to and including the first failure
 * @param headHash the last entry's hash when valid; publishing it lets a later check prove nothing was rewritten
 * @param firstFailure the first entry that fails and why, or null
 */
public record VerificationReport(boolean valid, long entriesChecked, String headHash, Failure firstFailure) {

  /**
   * @param entryId the failing entry, or null when the entry is missing altogether
   * @param sequence the place in the chain where the failure shows
   * @param reason what does not match, in words
   */
  public record Failure(String entryId, long sequence, String reason) {}

  static VerificationReport valid(long checked, String headHash) {
    return new VerificationReport(true, checked, headHash, null);
  }

  static VerificationReport broken(long checked, String entryId, long sequence, String reason) {
    return new VerificationReport(false, checked, null, new Failure(entryId, sequence, reason));
  }
}
