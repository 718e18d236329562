package uk.oic.actionplan.evidence;

import java.util.List;

/**
 * The result of checking every row of the register: entries, attachments and the head.
 *
 * @param valid true when no problem was found
 * @param entriesChecked how many entry rows were read: every row up to the head, also those after a failure; rows
 *     after the head too when one was found there (appends are then held while every row is read)
 * @param headSequence the last entry as the register's head names it
 * @param headHash the last entry's hash when valid
 * @param headMac the last entry's MAC when valid: the register's digest, which seals every entry up to it;
 *     publishing it lets a later check prove nothing was rewritten
 * @param witnessed the latest head written to the witness file outside the database (the digest to compare with
 *     copies kept elsewhere), or null when nothing was witnessed yet
 * @param firstFailure the first problem, in the order of the chain, or null
 * @param problemCount how many problems were found
 * @param problems the problems in the order of the chain, at most {@value #MAX_LISTED}
 * @param summary one sentence for people: intact, or tampered with and how many problems
 * @param checkedAt when the check began: a page showing a kept result says how old it is
 */
public record VerificationReport(boolean valid, long entriesChecked, long headSequence, String headHash,
    String headMac, Witnessed witnessed, Failure firstFailure, int problemCount, List<Failure> problems, String summary,
    java.time.Instant checkedAt) {

  static final int MAX_LISTED = 100;

  /**
   * @param entryId the failing entry, or null when the entry is missing altogether or the problem is the register's
   * @param sequence the place in the chain where the failure shows
   * @param reason what does not match, in words
   */
  public record Failure(String entryId, long sequence, String reason) {}

  /**
   * A head written to the witness file.
   *
   * @param sequence the last entry then
   * @param mac its MAC: the digest of the whole register up to it
   * @param at when it was witnessed
   */
  public record Witnessed(long sequence, String mac, java.time.Instant at) {

    /** "entry 42, digest 1a2b...", for reports and e-mails. */
    public String text() {
      return "entry " + sequence + ", digest " + mac + ", witnessed " + at;
    }
  }

  public VerificationReport {
    problems = List.copyOf(problems);
  }

  static VerificationReport of(long checked, long headSequence, String headHash, String headMac, Witnessed witnessed,
      int problemCount, List<Failure> problems, java.time.Instant checkedAt) {
    if (problemCount == 0) {
      return new VerificationReport(true, checked, headSequence, headHash, headMac, witnessed, null, 0, List.of(),
          "The register is intact: all " + checked + " entries check out.", checkedAt);
    }
    return new VerificationReport(false, checked, headSequence, null, null, witnessed, problems.get(0), problemCount, problems,
        "The register has been tampered with: " + problemCount + (problemCount == 1 ? " problem" : " problems")
            + " found in " + checked + " entries. See docs/evidence-register.md, \"When verification fails\".", checkedAt);
  }
}
