package uk.oic.actionplan.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday, except the bank holidays (computed for any
 * year, substitute days included) and any extra closures given, such as a one-off bank holiday.
 */
public class WorkingDayCalendar {

  private final Set<LocalDate> extraClosures;
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new HashMap<>();

  public WorkingDayCalendar(Collection<LocalDate> extraClosures) {
    this.extraClosures = Set.copyOf(extraClosures);
  }

  public boolean isWorkingDay(LocalDate day) {
    var weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
        && !bankHolidays(day.getYear()).contains(day) && !extraClosures.contains(day);
  }

  /**
   * The day {@code days} working days after {@code from} (before it when negative). Counting starts
   * from {@code from} whether or not it is a working day; zero gives {@code from} itself.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    var step = days >= 0 ? 1 : -1;
    var day = from;
    for (int left = Math.abs(days); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The England and Wales bank holidays of one year, with substitute days for weekends. */
  public synchronized Set<LocalDate> bankHolidays(int year) {
    return holidaysByYear.computeIfAbsent(year, WorkingDayCalendar::computeBankHolidays);
  }

  private static Set<LocalDate> computeBankHolidays(int year) {
    var days = new TreeSet<LocalDate>();
    days.add(weekdayOnOrAfter(LocalDate.of(year, Month.JANUARY, 1)));
    var easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    // Christmas and Boxing Day: a day that falls at a weekend moves to the next free weekday
    var christmas = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
    days.add(christmas);
    var boxingDay = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 26));
    if (!boxingDay.isAfter(christmas)) {
      boxingDay = weekdayOnOrAfter(christmas.plusDays(1));
    }
    days.add(boxingDay);
    return Set.copyOf(days);
  }

  private static LocalDate weekdayOnOrAfter(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
