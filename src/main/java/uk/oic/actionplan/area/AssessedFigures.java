package uk.oic.actionplan.area;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.oic.actionplan.kernel.Rag;
import uk.oic.actionplan.kernel.Rate;

/**
 * Accepted figures of one area, rated: what every assessing service writes, whatever the area
 * measures, so the area frame records evidence and decides on recovery the same way for all.
 *
 * @param ratePercent one decimal place, half up; null where there is no rate (area 6's baseline)
 * @param historyEntry the figures as they go into the history, in reading order
 */
public record AssessedFigures(BigDecimal ratePercent, Rag rag, boolean targetMet, boolean recoveryNeeded,
    String summary, String evidenceTitle, Map<String, Object> historyEntry) {

  /**
   * Figures measured as a rate against the plan's target: green at or above it, recovery when it is
   * missed. The history entry is {@code figures} followed by the rate, the RAG and the target.
   *
   * @param subject what was measured, for the evidence title ("Area 3 debriefs 1 Jan - 31 Mar 2026")
   * @param counts the rate in words ("45 of 60 arrivals debriefed")
   */
  static AssessedFigures rated(Rate rate, int targetPercent, String summary, String subject, String counts,
      Map<String, Object> figures) {
    var rag = Rag.of(rate, targetPercent);
    var met = rate.meets(targetPercent);
    var entry = new LinkedHashMap<>(figures);
    entry.put("ratePercent", rate.percent());
    entry.put("rag", rag.name());
    entry.put("targetPercent", targetPercent);
    var title = subject + ": " + counts + " (" + FigureRules.percent(rate) + ", " + rag.name() + ")";
    return new AssessedFigures(rate.percent(), rag, met, !met, summary, title, entry);
  }
}
