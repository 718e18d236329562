package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import uk.oic.actionplan.kernel.Rate;

/**
 * Area 5, systems access: of those who need it (such as Border Force officers at a port), how many
 * have access to the Police National Database and to facial recognition. The lower of the two rates
 * counts, as with area 8's modules: the target is met only when both meet it.
 */
public final class Area5Figures {

  static final String PND = "PND access";
  static final String FACIAL_RECOGNITION = "facial recognition access";

  public AssessedFigures assess(LocalDate asAt, String accessHolder, Long pndNeeded, Long pndGranted,
      Long frNeeded, Long frGranted, int targetPercent) {
    FigureRules.day(asAt, "figures as at");
    if (accessHolder == null || accessHolder.isBlank()) {
      throw new FiguresRefusedException("access holder: say whose access these figures count");
    }
    var pnd = rate(PND, pndNeeded, pndGranted);
    var fr = rate(FACIAL_RECOGNITION, frNeeded, frGranted);
    var frLower = fr.count() * pnd.of() < pnd.count() * fr.of();
    var lower = frLower ? fr : pnd;
    var lowerName = frLower ? FACIAL_RECOGNITION : PND;
    var holder = accessHolder.strip();
    var figures = new LinkedHashMap<String, Object>();
    figures.put("asAt", asAt.toString());
    figures.put("accessHolder", holder);
    figures.put("pndAccessNeeded", pnd.of());
    figures.put("pndAccessGranted", pnd.count());
    figures.put("frAccessNeeded", fr.of());
    figures.put("frAccessGranted", fr.count());
    figures.put("lowerAccess", lowerName);
    return AssessedFigures.rated(lower, targetPercent,
        "As at " + FigureRules.day(asAt) + ", " + holder + ": " + PND + " " + FigureRules.ofWithPercent(pnd) + ", "
            + FACIAL_RECOGNITION + " " + FigureRules.ofWithPercent(fr) + "; the lower, " + lowerName
            + ", counts; target " + targetPercent + "%.",
        "Area 5 systems access as at " + FigureRules.day(asAt),
        lowerName + " " + lower.count() + " of " + lower.of() + " granted", figures);
  }

  private static Rate rate(String name, Long needed, Long granted) {
    var of = FigureRules.whole(needed, name + " needed", "count those who need it");
    var given = FigureRules.count(granted, name + " granted");
    FigureRules.notMoreThan(given, name + " granted", of, "needing it");
    return new Rate(given, of);
  }
}
