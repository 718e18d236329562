package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import uk.oic.actionplan.kernel.Rate;

/**
 * Area 8 (Rec 9): the generic outputs of e-learning completion that {@link CompletionRates} has
 * accepted; the lowest module counts against the target.
 */
public final class Area8Figures {

  public AssessedFigures generic(LocalDate asAt, CompletionRates.Result completion) {
    FigureRules.day(asAt, "figures as at");
    var lowest = completion.overall();
    var rate = new Rate(lowest.completed(), lowest.relevant());
    var modules = completion.completions().stream()
        .map(c -> c.name() + " " + c.completed() + " (" + c.ratePercent().toPlainString() + "%)")
        .collect(Collectors.joining(", "));
    var figures = new LinkedHashMap<String, Object>();
    figures.put("asAt", asAt.toString());
    figures.put("relevantPersonnel", lowest.relevant());
    var n = 1;
    for (var module : completion.completions()) {
      figures.put("module" + n++ + "Completed", module.completed());
    }
    figures.put("lowestModule", lowest.name());
    return AssessedFigures.rated(rate, completion.targetPercent(),
        "As at " + FigureRules.day(asAt) + ", of " + lowest.relevant() + " relevant personnel: " + modules
            + "; the lowest, " + lowest.name() + ", counts; target " + completion.targetPercent() + "%.",
        "Area 8 e-learning as at " + FigureRules.day(asAt),
        "lowest module " + lowest.name() + ", " + lowest.completed() + " of " + lowest.relevant() + " completed",
        figures);
  }
}
