package uk.oic.actionplan.area;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import uk.oic.actionplan.kernel.Rag;

/**
 * Area 6, targeting and disruption: measured by its trend, not against a target. More disruptions
 * than in the previous accepted period is green (the target is met); as many is amber; fewer is red.
 * The first period is the baseline: amber, not met, and nothing to recover from. Periods follow one
 * another without overlapping, so no disruption is counted twice.
 */
public final class Area6Figures {

  /** The previous accepted period, as its history entry holds it. */
  public record Previous(LocalDate start, LocalDate end, long disruptions) {}

  /** The last accepted period of the history, if any. */
  public static Optional<Previous> previous(List<JsonNode> history) {
    if (history.isEmpty()) {
      return Optional.empty();
    }
    var last = history.get(history.size() - 1);
    return Optional.of(new Previous(LocalDate.parse(last.path("periodStart").asText()),
        LocalDate.parse(last.path("periodEnd").asText()), last.path("disruptions").asLong()));
  }

  public AssessedFigures assess(LocalDate start, LocalDate end, Long ocgsMapped, Long investigationsOpened,
      Long disruptions, Optional<Previous> previous) {
    FigureRules.inOrder(start, end);
    if (previous.isPresent() && !start.isAfter(previous.get().end())) {
      throw new FiguresRefusedException("figures period start: " + FigureRules.day(start)
          + " is not after the end of the last accepted period, " + FigureRules.day(previous.get().end())
          + "; periods must not overlap");
    }
    var ocgs = FigureRules.count(ocgsMapped, "OCGs mapped");
    var investigations = FigureRules.count(investigationsOpened, "investigations opened");
    var disrupted = FigureRules.count(disruptions, "disruptions");
    var period = FigureRules.period(start, end);

    Rag rag;
    BigDecimal change = null;
    String trend;
    if (previous.isEmpty()) {
      rag = Rag.AMBER;
      trend = "baseline, the first period measured";
    } else {
      var before = previous.get().disruptions();
      rag = disrupted > before ? Rag.GREEN : disrupted == before ? Rag.AMBER : Rag.RED;
      if (before > 0) {
        change = BigDecimal.valueOf((disrupted - before) * 100).divide(BigDecimal.valueOf(before), 1,
            RoundingMode.HALF_UP);
      }
      var beforePeriod = FigureRules.period(previous.get().start(), previous.get().end());
      trend = switch (rag) {
        case GREEN -> change == null ? "up from none" : "up " + change.toPlainString() + "%";
        case AMBER -> "level";
        case RED -> "down " + change.negate().toPlainString() + "%";
      } + " on " + before + " in " + beforePeriod;
    }
    var baseline = previous.isEmpty();
    var met = rag == Rag.GREEN;
    var figures = new LinkedHashMap<String, Object>();
    figures.put("periodStart", start.toString());
    figures.put("periodEnd", end.toString());
    figures.put("ocgsMapped", ocgs);
    figures.put("investigationsOpened", investigations);
    figures.put("disruptions", disrupted);
    figures.put("ratePercent", change);
    figures.put("rag", rag.name());
    figures.put("targetPercent", null);
    return new AssessedFigures(change, rag, met, !met && !baseline,
        period + ": " + ocgs + " OCGs mapped, " + investigations + " proactive investigations opened, " + disrupted
            + " disruptions (" + trend + ").",
        "Area 6 disruptions " + period + ": " + disrupted + " disruptions, " + trend + " (" + rag.name() + ")",
        figures);
  }
}
