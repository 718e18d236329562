package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How the pages write dates and empty values; used in templates as {@code @display}. */
@Component("display")
public class DisplayFormat {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  public String day(LocalDate date) {
    return date == null ? "None" : DAY.format(date);
  }

  public String day(LocalDateTime time) {
    return time == null ? "None" : DAY.format(time);
  }

  public String time(LocalDateTime time) {
    return time == null ? "None" : TIME.format(time);
  }

  public String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  public String iso(LocalDateTime time) {
    return time == null ? "" : time.toString();
  }

  public String percent(Integer value) {
    return value == null ? "None yet" : value + "%";
  }

  public String text(String value) {
    return value == null || value.isBlank() ? "None" : value;
  }

  public String overdue(long days) {
    return days <= 0 ? "Not overdue" : days == 1 ? "1 day" : days + " days";
  }
}
