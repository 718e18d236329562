package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

class AssuranceScheduleTest {

  final AssuranceSchedule schedule = new AssuranceSchedule(new AssuranceProperties(7, 21, 7, 7, 14, 7, 14), ZoneId.of("Europe/London"));

  @Test
  void theNextCycleIsTheCadenceAfterTheLastStart_butNeverInThePast() {
    var start = Instant.parse("2026-01-05T09:00:00Z");
    assertThat(schedule.nextCycleAt(start, 8, start)).isEqualTo(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
    var overran = Instant.parse("2026-03-09T12:00:00Z");
    assertThat(schedule.nextCycleAt(start, 8, overran)).isEqualTo(Date.from(overran));
  }

  @Test
  void stepsAreDueAtTheEndOfTheirLastDayInLondon() {
    // 10pm on 2 March in London is still 2 March: the request is due at the end of 9 March
    assertThat(schedule.dueAt(AssuranceStep.REQUEST, Instant.parse("2026-03-02T22:00:00Z")))
        .isEqualTo(Date.from(Instant.parse("2026-03-10T00:00:00Z")));
    // in summer time the day ends at 23:00 UTC
    assertThat(schedule.dueAt(AssuranceStep.REPORT, Instant.parse("2026-05-01T08:00:00Z")))
        .isEqualTo(Date.from(Instant.parse("2026-05-22T23:00:00Z")));
    assertThat(schedule.meetingOutcomeDueAt(LocalDate.of(2026, 3, 12))).isEqualTo(Date.from(Instant.parse("2026-03-20T00:00:00Z")));
    assertThat(schedule.startOf(LocalDate.of(2026, 6, 1))).isEqualTo(Date.from(Instant.parse("2026-05-31T23:00:00Z")));
  }
}
