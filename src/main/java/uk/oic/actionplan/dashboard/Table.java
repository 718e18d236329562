package uk.oic.actionplan.dashboard;

import java.util.List;

/**
 * A table to export: a name for the file or sheet, headers and rows. Cells are Strings, Numbers,
 * Booleans, LocalDates or LocalDateTimes, or null for empty.
 *
 * @param unavailable why the rows cannot be given (the source is not available), or null
 */
public record Table(String name, String title, List<String> headers, List<List<Object>> rows, String unavailable) {

  public Table {
    headers = List.copyOf(headers);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
  }
}
