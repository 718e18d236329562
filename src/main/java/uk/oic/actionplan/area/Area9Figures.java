package uk.oic.actionplan.area;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import uk.oic.actionplan.kernel.Rate;

/**
 * Area 9, safeguarding and partnerships: of the victims identified in a period, how many were
 * safeguarded (the rate against the target), and with how many of the agencies involved the roles
 * are agreed in writing (shown beside it).
 */
public final class Area9Figures {

  public AssessedFigures assess(LocalDate start, LocalDate end, Long identified, Long safeguarded, Long agencies,
      Long rolesAgreed, int targetPercent) {
    FigureRules.inOrder(start, end);
    var of = FigureRules.whole(identified, "victims identified",
        "with no victims identified there is no safeguarding rate; widen the period");
    var safe = FigureRules.count(safeguarded, "victims safeguarded");
    FigureRules.notMoreThan(safe, "victims safeguarded", of, "victims identified");
    var involved = FigureRules.count(agencies, "agencies involved");
    var agreed = FigureRules.count(rolesAgreed, "agencies with roles agreed");
    FigureRules.notMoreThan(agreed, "agencies with roles agreed", involved, "agencies involved");
    var rate = new Rate(safe, of);
    var period = FigureRules.period(start, end);
    var roles = involved == 0 ? "no agencies involved"
        : "roles agreed in writing with " + FigureRules.ofWithPercent(new Rate(agreed, involved)) + " agencies involved";
    var figures = new LinkedHashMap<String, Object>();
    figures.put("periodStart", start.toString());
    figures.put("periodEnd", end.toString());
    figures.put("victimsIdentified", of);
    figures.put("victimsSafeguarded", safe);
    figures.put("agenciesInvolved", involved);
    figures.put("agenciesRolesAgreed", agreed);
    return AssessedFigures.rated(rate, targetPercent,
        period + ": " + FigureRules.ofWithPercent(rate) + " victims safeguarded; " + roles + "; target "
            + targetPercent + "%.",
        "Area 9 safeguarding " + period, safe + " of " + of + " victims safeguarded", figures);
  }
}
