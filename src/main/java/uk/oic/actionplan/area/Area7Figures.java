package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import uk.oic.actionplan.kernel.Rate;

/**
 * Area 7 (Rec 8), beyond the completion rate: the quarter's Hydra provision, the sessions held and
 * the places offered, some of them to regional partners. Completion counts against the target; the
 * provision is shown beside it.
 */
public final class Area7Figures {

  private final CompletionRates rates = new CompletionRates();

  public AssessedFigures assess(LocalDate asAt, String quarter, Long relevant, Long completed, Long sessionsHeld,
      Long placesOffered, Long partnerPlaces, int targetPercent) {
    return generic(asAt, quarter, rates.single("Hydra", relevant, completed, targetPercent), sessionsHeld,
        placesOffered, partnerPlaces);
  }

  /** The further checks and the generic outputs for completion {@link CompletionRates} has accepted. */
  AssessedFigures generic(LocalDate asAt, String quarter, CompletionRates.Result completion, Long sessionsHeld,
      Long placesOffered, Long partnerPlaces) {
    FigureRules.day(asAt, "figures as at");
    if (quarter == null || !quarter.strip().matches("[0-9]{4}-Q[1-4]")) {
      throw new FiguresRefusedException("figures quarter: write the quarter as 2026-Q1");
    }
    var sessions = FigureRules.count(sessionsHeld, "sessions held");
    var places = FigureRules.count(placesOffered, "places offered");
    var partners = FigureRules.count(partnerPlaces, "partner places");
    FigureRules.notMoreThan(partners, "partner places", places, "places offered");
    if (sessions == 0 && places > 0) {
      throw new FiguresRefusedException("sessions held: " + places + " places were offered, so at least one session");
    }
    var hydra = completion.overall();
    var rate = new Rate(hydra.completed(), hydra.relevant());
    var q = quarter.strip();
    var provision = places == 0 ? "no places offered"
        : places + " places offered, " + partners + " (" + FigureRules.percent(new Rate(partners, places))
            + ") to regional partners";
    var figures = new LinkedHashMap<String, Object>();
    figures.put("quarter", q);
    figures.put("asAt", asAt.toString());
    figures.put("relevantPersonnel", hydra.relevant());
    figures.put("completedPersonnel", hydra.completed());
    figures.put("sessionsHeld", sessions);
    figures.put("placesOffered", places);
    figures.put("partnerPlaces", partners);
    return AssessedFigures.rated(rate, completion.targetPercent(),
        q + ", as at " + FigureRules.day(asAt) + ": " + FigureRules.ofWithPercent(rate)
            + " relevant personnel completed Hydra; " + sessions + " sessions held, " + provision + "; target "
            + completion.targetPercent() + "%.",
        "Area 7 Hydra completion " + q + " (as at " + FigureRules.day(asAt) + ")",
        hydra.completed() + " of " + hydra.relevant() + " completed", figures);
  }
}
