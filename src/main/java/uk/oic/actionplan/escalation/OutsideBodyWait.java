package uk.oic.actionplan.escalation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An item held up by a body outside the force (national teams, a partner agency): the owner has done
 * what they can and is waiting. Escalations say so rather than blaming the owner. An area instance
 * (or any process instance an item lives in, or one that calls it) carries the wait as the process
 * variables named here; an empty or absent {@link #WAITING_ON} means nothing is awaited.
 *
 * @param waitingOn the outside body, e.g. "National MSOIC teams"
 * @param waitingFor what is awaited, or null
 * @param since since when, as given ({@code yyyy-mm-dd}), or null
 * @param chasedOn when it was last chased, as given ({@code yyyy-mm-dd}), or null
 */
public record OutsideBodyWait(String waitingOn, String waitingFor, String since, String chasedOn) {

  /** String: the outside body waited on. Empty or absent: not waiting. */
  public static final String WAITING_ON = "waitingOn";
  /** String: what is awaited from it. */
  public static final String WAITING_FOR = "waitingFor";
  /** String {@code yyyy-mm-dd}: since when. */
  public static final String WAITING_SINCE = "waitingSince";
  /** String {@code yyyy-mm-dd}, may be absent: when it was last chased. */
  public static final String WAITING_CHASED_ON = "waitingChasedOn";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /**
   * The wait the variables describe; empty when {@link #WAITING_ON} is blank or absent.
   */
  static Optional<OutsideBodyWait> from(Map<String, Object> variables) {
    var on = text(variables.get(WAITING_ON));
    if (on == null) {
      return Optional.empty();
    }
    return Optional.of(new OutsideBodyWait(on, text(variables.get(WAITING_FOR)), text(variables.get(WAITING_SINCE)),
        text(variables.get(WAITING_CHASED_ON))));
  }

  /** "Waiting on National MSOIC teams for the intelligence document form since 1 February 2026, last chased 1 March 2026". */
  public String describe() {
    return "Waiting on " + waitingOn + (waitingFor == null ? "" : " for " + waitingFor)
        + (since == null ? "" : " since " + day(since)) + (chasedOn == null ? "" : ", last chased " + day(chasedOn));
  }

  /** The wait, and whose delay it is not: for the log, the notifications and the forms. */
  public String summary() {
    return describe() + ": not the owner's delay";
  }

  private static String day(String value) {
    try {
      return DAY.format(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
