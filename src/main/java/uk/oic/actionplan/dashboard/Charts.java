package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.oic.actionplan.kernel.Rag;

/**
 * The dashboard's pictures, drawn on the server as inline SVG: no script, nothing downloaded. Each
 * has a title and a description read by screen readers, and the page puts the same facts in a table
 * beside it. Colour never carries meaning alone: markers differ in shape and carry their labels.
 */
final class Charts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final String TEXT = "#0b0c0c";
  private static final String MUTED = "#505a5f";
  private static final String BLUE = "#1d70b8";
  private static final String RED = "#d4351c";
  private static final String LINE = "#b1b4b6";

  private Charts() {}

  /**
   * One timeline item: a recommendation (its deadline the inspection's) or an area with its own
   * target date ({@code area}: the date is the force's).
   */
  record Milestone(String label, String name, LocalDate deadline, LocalDate revised, boolean done, boolean area) {}

  static List<Milestone> milestones(PlanReport report) {
    var items = new ArrayList<Milestone>();
    for (var rec : report.recommendations()) {
      items.add(new Milestone(rec.label(), rec.title(), rec.deadline(), rec.revisedDeadline(),
          Boolean.TRUE.equals(rec.discharged()) || EngineDashboardData.DELIVERED.equals(rec.status()), false));
    }
    for (var area : report.areas()) {
      if (area.recommendationId() == null && area.deadline() != null) {
        items.add(new Milestone("Area " + area.number(), area.name(), area.deadline(), null, area.signedOff(), true));
      }
    }
    return items;
  }

  /** Deadlines (circles), revised dates (diamonds, joined to the original by a dashed line) and today. */
  static String timeline(PlanReport report, String id) {
    var items = milestones(report);
    var today = report.asOf();
    var from = report.startDate();
    var to = today;
    for (var item : items) {
      from = min(from, item.deadline());
      to = max(to, item.revised() != null ? item.revised() : item.deadline());
    }
    from = from.withDayOfMonth(1);
    to = to.plusMonths(1).withDayOfMonth(1);
    int left = 110;
    int width = 860;
    int plot = width - left - 30;
    int rowHeight = 34;
    int top = 40;
    int height = top + rowHeight * items.size() + 30;
    long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
    var scale = new Scale(from, span, left, plot);

    var desc = new StringBuilder("Deadlines of the plan, with today's date, " + DAY.format(today) + ". ");
    for (var item : items) {
      desc.append(item.label()).append(": deadline ").append(DAY.format(item.deadline()));
      if (item.revised() != null) {
        desc.append(", revised to ").append(DAY.format(item.revised()));
      }
      desc.append(item.done() ? ", done" : (current(item).isBefore(today) ? ", passed" : "")).append(". ");
    }
    var svg = open(id, width, height, "Timeline of deadlines, revised dates and today", desc.toString());

    // month ticks: every month, labelled every few months so labels never overlap
    long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
    int every = months <= 8 ? 1 : months <= 16 ? 2 : months <= 30 ? 3 : 6;
    int index = 0;
    for (var month = from; !month.isAfter(to); month = month.plusMonths(1), index++) {
      double x = scale.x(month);
      svg.append(line(x, top - 8, x, height - 24, LINE, false));
      if (index % every == 0) {
        svg.append(text(x, height - 8, TICK.format(month), "middle", 12, MUTED, false));
      }
    }
    for (int i = 0; i < items.size(); i++) {
      var item = items.get(i);
      double y = top + rowHeight * i + rowHeight / 2.0;
      svg.append(text(8, y + 4, item.label(), "start", 13, TEXT, true));
      svg.append(line(left, y, left + plot, y, LINE, false));
      double x = scale.x(item.deadline());
      var late = !item.done() && current(item).isBefore(today);
      String colour = item.done() ? MUTED : late ? RED : BLUE;
      svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
          .append("\" r=\"6\" fill=\"").append(colour).append("\"/>");
      svg.append(text(x, y - 9, DAY.format(item.deadline()), "middle", 11, TEXT, false));
      if (item.revised() != null) {
        double rx = scale.x(item.revised());
        svg.append(line(x + 6, y, rx - 7, y, TEXT, true));
        svg.append("<path d=\"M").append(fmt(rx)).append(' ').append(fmt(y - 7)).append(" L").append(fmt(rx + 7))
            .append(' ').append(fmt(y)).append(" L").append(fmt(rx)).append(' ').append(fmt(y + 7)).append(" L")
            .append(fmt(rx - 7)).append(' ').append(fmt(y)).append(" Z\" fill=\"#ffffff\" stroke=\"").append(TEXT)
            .append("\" stroke-width=\"2\"/>");
        svg.append(text(rx, y + 20, "revised " + DAY.format(item.revised()), "middle", 11, TEXT, false));
      }
    }
    double tx = scale.x(today);
    svg.append("<line x1=\"").append(fmt(tx)).append("\" y1=\"").append(top - 20).append("\" x2=\"").append(fmt(tx))
        .append("\" y2=\"").append(height - 24).append("\" stroke=\"").append(TEXT)
        .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>");
    svg.append(text(tx, top - 24, "Today, " + DAY.format(today), tx > left + plot - 60 ? "end" : "middle", 12, TEXT, true));
    return svg.append("</svg>").toString();
  }

  /** Each area's RAG by month: a coloured square that also carries the letter G, A or R. */
  static String ragGrid(RagGrid grid, String id) {
    int left = 70;
    int cell = 52;
    int top = 30;
    int width = left + cell * grid.months().size() + 10;
    int height = top + 30 * grid.rows().size() + 10;
    var desc = new StringBuilder("RAG of each area at the end of each month, from its latest accepted progress update. ");
    for (var row : grid.rows()) {
      desc.append("Area ").append(row.areaNumber()).append(": ");
      var parts = new ArrayList<String>();
      for (int m = 0; m < grid.months().size(); m++) {
        var rag = row.cells().get(m);
        if (rag != null) {
          parts.add(RagGrid.monthLabel(grid.months().get(m)) + " " + rag.label());
        }
      }
      desc.append(parts.isEmpty() ? "no accepted update" : String.join(", ", parts)).append(". ");
    }
    var svg = open(id, width, height, "RAG of each area over time", desc.toString());
    for (int m = 0; m < grid.months().size(); m++) {
      var month = grid.months().get(m);
      svg.append(text(left + cell * m + cell / 2.0, top - 10,
          month.format(DateTimeFormatter.ofPattern("MMM yy", Locale.UK)), "middle", 11, MUTED, false));
    }
    for (int r = 0; r < grid.rows().size(); r++) {
      var row = grid.rows().get(r);
      double y = top + 30 * r;
      svg.append(text(6, y + 18, "Area " + row.areaNumber(), "start", 12, TEXT, true));
      for (int m = 0; m < grid.months().size(); m++) {
        var rag = row.cells().get(m);
        double x = left + cell * m;
        String fill = rag == null ? "#ffffff" : switch (rag) {
          case GREEN -> "#00703c";
          case AMBER -> "#ffdd00";
          case RED -> "#d4351c";
        };
        String ink = rag == Rag.AMBER || rag == null ? TEXT : "#ffffff";
        svg.append("<rect x=\"").append(fmt(x + 2)).append("\" y=\"").append(fmt(y + 2)).append("\" width=\"")
            .append(cell - 4).append("\" height=\"26\" fill=\"").append(fill).append("\" stroke=\"")
            .append(rag == null ? LINE : fill).append("\"/>");
        svg.append(text(x + cell / 2.0, y + 20, rag == null ? "-" : rag.label().substring(0, 1), "middle", 13, ink, true));
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Measured completion of each training area against its target, with the target drawn as a line. */
  static String trainingProgress(List<AreaRow> areas, String id) {
    var bars = new ArrayList<String[]>();
    var values = new ArrayList<Integer>();
    var targets = new ArrayList<Integer>();
    for (var area : areas) {
      var target = area.target();
      bars.add(new String[] {"Area " + area.number() + ": " + area.name(), target.basis()});
      values.add(target.actualPercent());
      targets.add(target.targetPercent());
      for (var module : target.modules()) {
        bars.add(new String[] {"  " + module.name(), null});
        values.add(module.percent());
        targets.add(target.targetPercent());
      }
    }
    int left = 300;
    int plot = 460;
    int rowHeight = 34;
    int top = 24;
    int height = top + rowHeight * bars.size() + 24;
    var desc = new StringBuilder();
    for (int i = 0; i < bars.size(); i++) {
      desc.append(bars.get(i)[0].trim()).append(": ")
          .append(values.get(i) == null ? "no figures yet" : values.get(i) + "%")
          .append(" against a target of ").append(targets.get(i)).append("%. ");
    }
    var svg = open(id, left + plot + 80, height, "Training completion against target", desc.toString());
    for (int p = 0; p <= 100; p += 25) {
      double x = left + plot * p / 100.0;
      svg.append(line(x, top - 4, x, height - 20, LINE, false));
      svg.append(text(x, height - 6, p + "%", "middle", 11, MUTED, false));
    }
    for (int i = 0; i < bars.size(); i++) {
      double y = top + rowHeight * i;
      var label = bars.get(i)[0];
      boolean module = label.startsWith("  ");
      svg.append(text(module ? 24 : 6, y + 18, shorten(label.trim(), 44), "start", 12, TEXT, !module));
      var value = values.get(i);
      if (value != null) {
        svg.append("<rect x=\"").append(left).append("\" y=\"").append(fmt(y + 6)).append("\" width=\"")
            .append(fmt(plot * Math.min(100, Math.max(0, value)) / 100.0)).append("\" height=\"18\" fill=\"")
            .append(BLUE).append("\"/>");
      }
      double tx = left + plot * targets.get(i) / 100.0;
      svg.append(line(tx, y + 2, tx, y + 28, TEXT, false).replace("stroke-width=\"1\"", "stroke-width=\"3\""));
      svg.append(text(left + plot + 8, y + 20, value == null ? "no figures" : value + "% of " + targets.get(i) + "%",
          "start", 12, TEXT, false));
    }
    return svg.append("</svg>").toString();
  }

  private static LocalDate current(Milestone item) {
    return item.revised() != null ? item.revised() : item.deadline();
  }

  private record Scale(LocalDate from, long span, int left, int plot) {
    double x(LocalDate date) {
      return left + plot * (double) ChronoUnit.DAYS.between(from, date) / span;
    }
  }

  private static StringBuilder open(String id, int width, int height, String title, String desc) {
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" id=\"").append(escape(id))
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"100%\"")
        .append(" style=\"max-width:").append(width).append("px\" font-family=\"arial, sans-serif\"")
        .append(" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id)).append("-desc\">")
        .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(desc.trim())).append("</desc>");
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
    return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
        + "\" stroke=\"" + colour + "\" stroke-width=\"1\"" + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>";
  }

  private static String text(double x, double y, String content, String anchor, int size, String colour, boolean bold) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
        + "\" fill=\"" + colour + "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + escape(content) + "</text>";
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
