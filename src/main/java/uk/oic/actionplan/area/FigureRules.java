package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.oic.actionplan.kernel.Rate;

/**
 * The checks and wording the areas' figures share. Refusals are written "field: problem" for the
 * person who entered them; the forms have already checked each field alone, so these are about
 * figures taken together.
 */
final class FigureRules {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private FigureRules() {}

  /** A count that must have been given and cannot be negative. */
  static long count(Long value, String label) {
    if (value == null) {
      throw new FiguresRefusedException(label + ": is required");
    }
    if (value < 0) {
      throw new FiguresRefusedException(label + ": must be 0 or more");
    }
    return value;
  }

  /** A whole that a rate is taken of: with nothing in it there is no rate, so it is refused. */
  static long whole(Long value, String label, String advice) {
    var whole = count(value, label);
    if (whole < 1) {
      throw new FiguresRefusedException(label + ": must be at least 1; " + advice);
    }
    return whole;
  }

  /** A part that cannot exceed its whole: "debriefs completed: 61 is more than the 60 arrivals". */
  static void notMoreThan(long part, String partLabel, long whole, String wholeWords) {
    if (part > whole) {
      throw new FiguresRefusedException(partLabel + ": " + part + " is more than the " + whole + " " + wholeWords);
    }
  }

  static LocalDate day(LocalDate day, String label) {
    if (day == null) {
      throw new FiguresRefusedException(label + ": is required");
    }
    return day;
  }

  /** A period's two days, the end not before the start (a one-day period is a period). */
  static void inOrder(LocalDate start, LocalDate end) {
    day(start, "figures period start");
    day(end, "figures period end");
    if (end.isBefore(start)) {
      throw new FiguresRefusedException("figures period end: " + day(end) + " is before the start, " + day(start));
    }
  }

  /** "31 Mar 2026". */
  static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** "1 Jan - 31 Mar 2026", or "1 Dec 2025 - 28 Feb 2026" across a year end. */
  static String period(LocalDate start, LocalDate end) {
    var from = start.getYear() == end.getYear() ? DAY_IN_YEAR.format(start) : DAY.format(start);
    return from + " - " + DAY.format(end);
  }

  /** "75.0%". */
  static String percent(Rate rate) {
    return rate.percent().toPlainString() + "%";
  }

  /** "45 of 60 (75.0%)". */
  static String ofWithPercent(Rate rate) {
    return rate.count() + " of " + rate.of() + " (" + percent(rate) + ")";
  }
}
