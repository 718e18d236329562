package uk.oic.actionplan.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deadline schedule: a due date is a day in London; reminders and levels fall in working days by the plan's offsets. */
class DeadlineScheduleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final DeadlineSchedule schedule = schedule();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Date at(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atStartOfDay(LONDON).toInstant());
  }

  @Test
  void aDueDateEndsAtMidnightInLondonAndBelongsToItsDay() {
    var due = schedule.endOf(LocalDate.of(2026, 4, 30));
    assertThat(due.toInstant()).isEqualTo(ZonedDateTime.of(2026, 5, 1, 0, 0, 0, 0, LONDON).toInstant());
    assertThat(schedule.dayOf(due)).isEqualTo(LocalDate.of(2026, 4, 30));
    // in winter London is on UTC
    assertThat(schedule.endOf(LocalDate.of(2025, 12, 31)).toInstant().toString()).isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void remindsTenWorkingDaysBeforeAndEscalatesAtTheDueDate() {
    var due = schedule.endOf(LocalDate.of(2026, 4, 30));
    assertThat(schedule.reminderAt("hiow-oic-2025", due)).isEqualTo(at(2026, 4, 16));
    assertThat(schedule.escalateAt("hiow-oic-2025", due)).isEqualTo(due);
    // a reminder before Easter: ten working days before Wednesday 15 April 2026 skip Good Friday and Easter Monday
    assertThat(schedule.reminderAt("hiow-oic-2025", schedule.endOf(LocalDate.of(2026, 4, 15)))).isEqualTo(at(2026, 3, 30));
  }

  @Test
  void countsTheWorkingDaysAnItemIsLateAsOnTimeLevelsWouldHavePassed() {
    // due 31 December 2025: late from midnight into New Year's Day, a bank holiday
    var due = schedule.endOf(LocalDate.of(2025, 12, 31));
    assertThat(schedule.workingDaysLate(due, at(2025, 12, 20).toInstant())).isZero();
    assertThat(schedule.workingDaysLate(due, due.toInstant())).isZero();
    assertThat(schedule.workingDaysLate(due, at(2026, 1, 2).toInstant())).isEqualTo(1);
    // ten working days after it: Thursday 15 January, when level 1 would have ended on time
    assertThat(schedule.addWorkingDays(due, 10)).isEqualTo(at(2026, 1, 15));
    assertThat(schedule.workingDaysLate(due, at(2026, 1, 14).toInstant())).isEqualTo(9);
    assertThat(schedule.workingDaysLate(due, at(2026, 1, 15).toInstant())).isEqualTo(10);
    // a weekend adds nothing
    assertThat(schedule.workingDaysLate(due, at(2026, 1, 18).toInstant())).isEqualTo(11);
    // at 09:00 on a working day, that day is counted: the due moment's time of day (00:00) has passed
    assertThat(schedule.workingDaysLate(due, at(2026, 1, 16).toInstant().plus(Duration.ofHours(9)))).isEqualTo(11);
  }

  @Test
  void theNextLevelComesTenWorkingDaysLaterSkippingChristmas() {
    // Friday 18 December 2026 + 10 working days: Christmas Day, the substitute Boxing Day (28th) and
    // New Year's Day skipped
    assertThat(schedule.nextLevelAt("hiow-oic-2025", at(2026, 12, 18))).isEqualTo(at(2027, 1, 6));
    // the reminder within a level: half the interval (5 working days) before it climbs
    assertThat(schedule.levelReminderAt("hiow-oic-2025", at(2027, 1, 6))).isEqualTo(at(2026, 12, 29));
  }

  @Test
  void addWorkingDaysKeepsTheTimeOfDay() {
    var from = Date.from(ZonedDateTime.of(2026, 4, 2, 14, 30, 0, 0, LONDON).toInstant());
    assertThat(schedule.addWorkingDays(from, 1))
        .isEqualTo(Date.from(ZonedDateTime.of(2026, 4, 7, 14, 30, 0, 0, LONDON).toInstant()));
  }

  @Test
  void theNextProgressUpdateIsDueAfterThePlansCadenceFromTheEngineToday() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, LONDON).toInstant()));
    // Monday 30 November 2026 + 20 working days, Christmas and 28 December skipped: Thursday 31 December
    assertThat(schedule.nextUpdateDue("hiow-oic-2025")).isEqualTo(schedule.endOf(LocalDate.of(2026, 12, 30)));
  }

  @Test
  void anUnknownPlanIsNamed() {
    assertThatThrownBy(() -> schedule.reminderAt("no-such-plan", new Date()))
        .hasMessageContaining("no-such-plan");
    assertThatThrownBy(() -> schedule.escalateAt("no-such-plan", new Date()))
        .hasMessageContaining("no-such-plan");
  }

  private static DeadlineSchedule schedule() {
    PlanOffsets plans = planId -> {
      if (!planId.equals("hiow-oic-2025")) {
        throw new IllegalArgumentException("Unknown plan '" + planId + "'");
      }
      // the default plan: reminded 10 working days before, levels of 10 working days, updates every 20
      return new PlanOffsets.Offsets(10, 10, 20);
    };
    var clock = new ClockConfiguration().engineClock();
    return new DeadlineSchedule(new CalendarProperties(LONDON, List.of()), plans, clock);
  }
}
