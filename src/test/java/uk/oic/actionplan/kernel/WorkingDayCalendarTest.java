package uk.oic.actionplan.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of());

  @Test
  void bankHolidaysOf2026MatchThePublishedList() {
    assertThat(calendar.bankHolidays(2026)).containsExactlyInAnyOrder(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
        LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
        LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
  }

  @Test
  void bankHolidaysOf2027HaveSubstituteDaysForAWeekendChristmas() {
    // 25 December 2027 is a Saturday, Boxing Day a Sunday: Monday 27 and Tuesday 28 instead
    assertThat(calendar.bankHolidays(2027)).containsExactlyInAnyOrder(
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
        LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30),
        LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
  }

  @Test
  void bankHolidaysOf2025And2022FollowSubstitutionRules() {
    assertThat(calendar.bankHolidays(2025)).containsExactlyInAnyOrder(
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
        LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25),
        LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));
    // 1 January 2022 a Saturday -> Monday 3rd; Christmas on a Sunday -> Boxing Day Monday, Christmas Tuesday
    assertThat(calendar.bankHolidays(2022)).contains(
        LocalDate.of(2022, 1, 3), LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
  }

  @ParameterizedTest
  @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25"})
  void easterSundayIsComputed(int year, LocalDate easter) {
    assertThat(WorkingDayCalendar.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void addingWorkingDaysSkipsWeekendsAndBankHolidays() {
    // Thursday 2 April 2026 + 1 working day: Good Friday and Easter Monday are skipped
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    // ten working days before Thursday 30 April 2026 is Thursday 16 April
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 30), -10)).isEqualTo(LocalDate.of(2026, 4, 16));
    // across Christmas 2026: Thursday 24 December + 1 is Tuesday 29 December
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 0)).isEqualTo(LocalDate.of(2026, 12, 24));
  }

  @Test
  void extraClosuresAreNotWorkingDays() {
    var coronation = LocalDate.of(2023, 5, 8);
    var withClosure = new WorkingDayCalendar(List.of(coronation));
    assertThat(calendar.isWorkingDay(coronation)).isTrue();
    assertThat(withClosure.isWorkingDay(coronation)).isFalse();
    assertThat(withClosure.addWorkingDays(LocalDate.of(2023, 5, 5), 1)).isEqualTo(LocalDate.of(2023, 5, 9));
  }

  @Test
  void workingDaysBetweenCountsBothWays() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 16), LocalDate.of(2026, 4, 30))).isEqualTo(10);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 16))).isEqualTo(-10);
  }
}
