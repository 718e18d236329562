package uk.oic.actionplan.dashboard;

import java.time.LocalDateTime;
import java.util.List;

/** The evidence register as the dashboard reads it; present once the evidence feature is installed. */
public interface EvidenceSource {

  /** Every entry of the plan, oldest first. */
  List<EvidenceRow> entries(String planId);

  /** How many entries the plan has, without reading them. */
  default long count(String planId) {
    return entries(planId).size();
  }

  /** How many entries each of the plans has, in one go; a plan without entries is not in the map. */
  default java.util.Map<String, Long> counts(List<String> planIds) {
    var counts = new java.util.HashMap<String, Long>();
    planIds.forEach(id -> counts.put(id, count(id)));
    return counts;
  }

  /** The register's check of its hash chain, reading every entry now. */
  Verification verify();

  /**
   * The register's latest check of its hash chain and when it was made, without reading the entries: cheap
   * enough for a page that shows every plan. The register checks again when entries were added and on a schedule.
   */
  default CheckedVerification lastVerification() {
    return new CheckedVerification(verify(), null);
  }

  /**
   * A check of the register and when it began.
   *
   * @param checkedAt when the check began, in the calendar's zone; null when not known
   */
  record CheckedVerification(Verification verification, LocalDateTime checkedAt) {}
}
