package uk.oic.actionplan.dashboard;

import java.util.List;

/**
 * Rows from one source (the escalation log, the evidence register, ...), or the honest reason why
 * that source cannot be shown, so a page says "not available" rather than "none".
 */
public record Section<T>(List<T> rows, String unavailable) {

  public Section {
    rows = rows == null ? List.of() : List.copyOf(rows);
  }

  public static <T> Section<T> of(List<T> rows) {
    return new Section<>(rows, null);
  }

  public static <T> Section<T> notAvailable(String reason) {
    return new Section<>(List.of(), reason);
  }

  public boolean available() {
    return unavailable == null;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
