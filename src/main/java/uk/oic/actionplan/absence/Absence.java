package uk.oic.actionplan.absence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A user's absence: from and to are plan-calendar dates, both inclusive.
 *
 * @param status {@link #SCHEDULED}, {@link #COVERING}, or how it ended
 */
record Absence(long id, String userId, String delegateId, LocalDate from, LocalDate to, String status, String setBy,
    OffsetDateTime setAt, String endedBy, OffsetDateTime endedAt, String processInstanceId) {

  /** Set, to begin on its first day. */
  static final String SCHEDULED = "SCHEDULED";
  /** Begun: the delegate covers. */
  static final String COVERING = "COVERING";
  /** Over: its last day passed. */
  static final String ENDED = "ENDED";
  /** Over: ended before its last day. */
  static final String ENDED_EARLY = "ENDED_EARLY";
  /** Ended before it began. */
  static final String CANCELLED = "CANCELLED";
  /** Replaced by another absence of the same user. */
  static final String REPLACED = "REPLACED";

  boolean open() {
    return SCHEDULED.equals(status) || COVERING.equals(status);
  }
}
