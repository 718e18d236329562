package uk.oic.actionplan.assurance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates of the assurance loop: when the next cycle starts and when each step is due. No
 * engine here; callers pass "now" (the engine clock) in.
 *
 * <p>A due date is a day: a step due on 12 March is late from midnight at the end of that day, in
 * the calendar's zone, as for every other due date in the application.
 */
@Component
public class AssuranceSchedule {

  private final AssuranceProperties properties;
  private final ZoneId zone;

  AssuranceSchedule(AssuranceProperties properties, @Value("${oic.calendar.zone:Europe/London}") ZoneId zone) {
    this.properties = properties;
    this.zone = zone;
  }

  /**
   * The next cycle: {@code cycleWeeks} after the last cycle started (or the loop started), but never
   * before now, so a cycle that overran is followed by the next one straight away.
   */
  public Date nextCycleAt(Instant lastCycleStart, int cycleWeeks, Instant now) {
    var next = lastCycleStart.plus(cycleWeeks * 7L, ChronoUnit.DAYS);
    return Date.from(next.isBefore(now) ? now : next);
  }

  /** When a step that begins now is due. */
  Date dueAt(AssuranceStep step, Instant now) {
    return endOf(today(now).plusDays(step.days(properties)));
  }

  /** When the outcome of an accountability meeting on {@code meetingDay} must be recorded. */
  public Date meetingOutcomeDueAt(LocalDate meetingDay) {
    return endOf(meetingDay.plusDays(properties.meetingOutcomeDays()));
  }

  /** The moment an item due on {@code day} becomes late: the end of that day. */
  public Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** The start of a day, e.g. the day of a meeting as the evidence register's effective date. */
  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalDate today(Instant now) {
    return now.atZone(zone).toLocalDate();
  }
}
