package uk.oic.actionplan.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated item of a user's calendar: a task they can work, or a deadline of a plan they can read.
 *
 * @param uid the event's identity, the same however often the feed is read and whatever the date, so a
 *     calendar moves the event when the date moves
 * @param day the day it is due, for an item due by the end of a day (the product's usual due date)
 * @param at the moment it is due, for an item due at a time of day; null when {@code day} is set
 * @param link where to work on or read about it, or null
 */
record DueDate(String uid, String summary, String description, LocalDate day, Instant at, String link) {

  DueDate {
    if ((day == null) == (at == null)) {
      throw new IllegalArgumentException("a due date has a day or a moment, not both");
    }
  }
}
