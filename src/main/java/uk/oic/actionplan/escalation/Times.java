package uk.oic.actionplan.escalation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/** Conversions between the engine's dates and the log's timestamps (stored in UTC). */
final class Times {

  private Times() {}

  static OffsetDateTime utc(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }

  static Date date(OffsetDateTime time) {
    return time == null ? null : Date.from(time.toInstant());
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }
}
