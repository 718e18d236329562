package uk.oic.actionplan.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.oic.actionplan.kernel.Rag;

/**
 * Each area's RAG at the end of each month: the RAG of its latest accepted update by then, or none.
 * Built from the accepted updates in history, so it shows how areas moved, not only where they are.
 */
public record RagGrid(List<YearMonth> months, List<Row> rows) {

  /** At most this many months, the latest, so the grid fits a page. */
  static final int MAX_MONTHS = 12;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  public record Row(int areaNumber, String areaName, List<Rag> cells) {}

  public static RagGrid of(PlanReport report) {
    var first = YearMonth.from(report.startDate());
    var last = YearMonth.from(report.asOf());
    if (last.isBefore(first)) {
      last = first;
    }
    var months = new ArrayList<YearMonth>();
    for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month);
    }
    var shown = months.subList(Math.max(0, months.size() - MAX_MONTHS), months.size());
    var rows = new ArrayList<Row>();
    for (var area : report.areas()) {
      var updates = report.updatesOf(area.number()).stream()
          .sorted(Comparator.comparing(UpdateRow::submittedAt)).toList();
      var cells = new ArrayList<Rag>();
      for (var month : shown) {
        var end = month.plusMonths(1).atDay(1).atStartOfDay();
        Rag rag = null;
        for (var update : updates) {
          if (update.submittedAt().isBefore(end)) {
            rag = update.rag();
          }
        }
        cells.add(rag);
      }
      rows.add(new Row(area.number(), area.name(), cells));
    }
    return new RagGrid(List.copyOf(shown), rows);
  }

  public static String monthLabel(YearMonth month) {
    return MONTH.format(month);
  }

  public String label(YearMonth month) {
    return monthLabel(month);
  }
}
