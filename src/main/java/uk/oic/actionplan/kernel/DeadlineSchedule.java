package uk.oic.actionplan.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * When dated items fall due, are reminded and escalate, in working days and by the plan's offsets.
 * Models call it from timer and due-date expressions as {@code deadlineSchedule}.
 *
 * <p>A due date is a day: an item due on 30 April is late from midnight at the end of that day,
 * in the calendar's time zone.
 */
@Component("deadlineSchedule")
public class DeadlineSchedule {

  private static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final WorkingDayCalendar calendar;
  private final CalendarProperties properties;
  private final PlanOffsets plans;
  private final Clock clock;

  DeadlineSchedule(CalendarProperties properties, PlanOffsets plans, Clock engineClock) {
    this.calendar = new WorkingDayCalendar(properties.extraClosures());
    this.properties = properties;
    this.plans = plans;
    this.clock = engineClock;
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** The moment an item due on {@code day} becomes late: the end of that day. */
  public Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(properties.zone()).toInstant());
  }

  /** The day a due moment belongs to (the inverse of {@link #endOf}). */
  public LocalDate dayOf(Date due) {
    return due.toInstant().atZone(properties.zone()).minusNanos(1).toLocalDate();
  }

  /**
   * The task variable a form reads a due date from as text ({@link #dayText}): {@code areaDeadline}
   * is shown as {@code areaDeadlineText}, set when the task begins and moved with a revised date.
   */
  public static String textVariable(String dueDateVariable) {
    return dueDateVariable + "Text";
  }

  /** A due moment as people read it: the day it belongs to, e.g. "31 December 2025". */
  public String dayText(Date due) {
    return DAY_TEXT.format(dayOf(due));
  }

  /** Reminder: the plan's reminder offset in working days before the due date, at the start of that day. */
  public Date reminderAt(String planId, Date due) {
    var reminderDay = calendar.addWorkingDays(dayOf(due), -plans.of(planId).reminderWorkingDaysBefore());
    return Date.from(reminderDay.atStartOfDay(properties.zone()).toInstant());
  }

  /** Escalation to the first level: when the due date has passed. */
  public Date escalateAt(String planId, Date due) {
    plans.of(planId);
    return due;
  }

  /**
   * The reminder within an escalation level: halfway through the plan's interval (at least one
   * working day) before the level climbs. The plan's own reminder offset is as long as the whole
   * interval, so it would remind at the moment the level starts.
   */
  public Date levelReminderAt(String planId, Date levelDue) {
    int before = Math.max(1, plans.of(planId).nextLevelAfterWorkingDays() / 2);
    return addWorkingDays(levelDue, -before);
  }

  /** The time zone in which due dates end at midnight. */
  public java.time.ZoneId zone() {
    return properties.zone();
  }

  /** The next level of escalation: the plan's interval in working days after {@code from}. */
  public Date nextLevelAt(String planId, Date from) {
    return addWorkingDays(from, plans.of(planId).nextLevelAfterWorkingDays());
  }

  /**
   * How many working days an item is late at {@code now}: the largest n for which {@code due} plus n
   * working days ({@link #addWorkingDays}) is not after {@code now}, zero when it is not late. Levels
   * escalated on time end at {@code due} plus a multiple of the plan's interval, so the count says
   * how many levels would already have passed.
   */
  public int workingDaysLate(Date due, java.time.Instant now) {
    if (now.isBefore(due.toInstant())) {
      return 0;
    }
    ZonedDateTime start = due.toInstant().atZone(properties.zone());
    ZonedDateTime at = now.atZone(properties.zone());
    int late = calendar.workingDaysBetween(start.toLocalDate(), at.toLocalDate());
    // today's working day counts once the due moment's time of day is reached
    if (late > 0 && calendar.isWorkingDay(at.toLocalDate()) && at.toLocalTime().isBefore(start.toLocalTime())) {
      late--;
    }
    return late;
  }

  /** The plan's interval between escalation levels, in working days. */
  public int levelIntervalWorkingDays(String planId) {
    return plans.of(planId).nextLevelAfterWorkingDays();
  }

  /** {@code days} working days after {@code from}, at the same time of day. */
  public Date addWorkingDays(Date from, int days) {
    ZonedDateTime start = from.toInstant().atZone(properties.zone());
    var day = calendar.addWorkingDays(start.toLocalDate(), days);
    return Date.from(start.with(day).toInstant());
  }

  /** When the next progress update is due: the plan's cadence in working days from today. */
  public Date nextUpdateDue(String planId) {
    var today = LocalDate.now(clock.withZone(properties.zone()));
    return endOf(calendar.addWorkingDays(today, plans.of(planId).progressUpdateWorkingDays()));
  }

  /** {@code days} working days from today, as a due moment (the end of that day). */
  public Date dueInWorkingDays(int days) {
    var today = LocalDate.now(clock.withZone(properties.zone()));
    return endOf(calendar.addWorkingDays(today, days));
  }
}
