package uk.oic.actionplan.area;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import uk.oic.actionplan.kernel.Rate;

/**
 * Area 3, debriefing: of the migrants frontline officers encountered on arrival in a period, how
 * many were debriefed, and how much intelligence the debriefs produced.
 */
public final class Area3Figures {

  public AssessedFigures assess(LocalDate start, LocalDate end, Long arrived, Long debriefs, Long reports,
      int targetPercent) {
    FigureRules.inOrder(start, end);
    var of = FigureRules.whole(arrived, "migrants arrived",
        "with no arrivals there is nothing to debrief; widen the period");
    var debriefed = FigureRules.count(debriefs, "debriefs completed");
    var produced = FigureRules.count(reports, "intelligence reports");
    FigureRules.notMoreThan(debriefed, "debriefs completed", of, "migrants arrived");
    var rate = new Rate(debriefed, of);
    var period = FigureRules.period(start, end);
    var perDebrief = debriefed == 0 ? "none per debrief, as there were no debriefs"
        : BigDecimal.valueOf(produced).divide(BigDecimal.valueOf(debriefed), 2, RoundingMode.HALF_UP).toPlainString()
            + " per debrief";
    var figures = new LinkedHashMap<String, Object>();
    figures.put("periodStart", start.toString());
    figures.put("periodEnd", end.toString());
    figures.put("migrantsArrived", of);
    figures.put("debriefsCompleted", debriefed);
    figures.put("intelligenceReports", produced);
    return AssessedFigures.rated(rate, targetPercent,
        period + ": " + FigureRules.ofWithPercent(rate) + " arrivals debriefed; " + produced
            + " intelligence reports (" + perDebrief + "); target " + targetPercent + "%.",
        "Area 3 debriefs " + period, debriefed + " of " + of + " arrivals debriefed", figures);
  }
}
