package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import uk.oic.actionplan.kernel.Rate;

/**
 * Area 4 (Rec 4): staff trained to record and share OIC information in APMIS, the measure of the
 * collection plan, which the continuous improvement plan tracks.
 */
public final class Area4Figures {

  public AssessedFigures assess(LocalDate asAt, Long toTrain, Long trained, String improvementPlanReference,
      int targetPercent) {
    FigureRules.day(asAt, "figures as at");
    if (improvementPlanReference == null || improvementPlanReference.isBlank()) {
      throw new FiguresRefusedException(
          "improvement plan reference: say which continuous improvement plan item tracks the collection plan");
    }
    var of = FigureRules.whole(toTrain, "APMIS staff to train", "with nobody to train there is no training rate");
    var done = FigureRules.count(trained, "APMIS staff trained");
    FigureRules.notMoreThan(done, "APMIS staff trained", of, "staff to train");
    var rate = new Rate(done, of);
    var reference = improvementPlanReference.strip();
    var figures = new LinkedHashMap<String, Object>();
    figures.put("asAt", asAt.toString());
    figures.put("apmisStaffToTrain", of);
    figures.put("apmisStaffTrained", done);
    figures.put("improvementPlanReference", reference);
    return AssessedFigures.rated(rate, targetPercent,
        "As at " + FigureRules.day(asAt) + ": " + FigureRules.ofWithPercent(rate)
            + " staff trained in APMIS; tracked in the continuous improvement plan as " + reference + "; target "
            + targetPercent + "%.",
        "Area 4 APMIS training as at " + FigureRules.day(asAt), done + " of " + of + " staff trained", figures);
  }
}
