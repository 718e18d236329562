package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import uk.oic.actionplan.kernel.Rate;

/**
 * Area 1, leadership and governance: how many of the 2024 peer review's findings to act on are
 * completed, under the forum that oversees them (such as the regional 9-point plan board).
 */
public final class Area1Figures {

  public AssessedFigures assess(LocalDate asAt, Long findings, Long completed, int targetPercent) {
    FigureRules.day(asAt, "figures as at");
    var of = FigureRules.whole(findings, "peer review findings",
        "with no findings to act on there is nothing to complete");
    var done = FigureRules.count(completed, "findings completed");
    FigureRules.notMoreThan(done, "findings completed", of, "peer review findings");
    var rate = new Rate(done, of);
    var figures = new LinkedHashMap<String, Object>();
    figures.put("asAt", asAt.toString());
    figures.put("peerReviewFindings", of);
    figures.put("findingsCompleted", done);
    return AssessedFigures.rated(rate, targetPercent,
        "As at " + FigureRules.day(asAt) + ": " + FigureRules.ofWithPercent(rate)
            + " peer review findings completed; target " + targetPercent + "%.",
        "Area 1 peer review findings as at " + FigureRules.day(asAt), done + " of " + of + " findings completed",
        figures);
  }
}
