package uk.oic.actionplan.area;

import java.util.LinkedHashMap;
import uk.oic.actionplan.kernel.Rate;

/**
 * Area 2 (Rec 2), beyond the compliance rate itself: whether the intelligence documents found were
 * submitted on time and were of acceptable quality, and how many frontline officers and
 * investigators are trained on the duty to submit them. The compliance rate counts against the
 * target; the others are shown beside it.
 */
public final class Area2Figures {

  private final ComplianceAudit audits = new ComplianceAudit();

  public AssessedFigures assess(String period, Long referralsChecked, Long documentsFound, Long documentsOnTime,
      Long documentsGoodQuality, Long officersToTrain, Long officersTrained, int targetPercent) {
    return generic(audits.assess(period, referralsChecked, documentsFound, targetPercent), documentsOnTime,
        documentsGoodQuality, officersToTrain, officersTrained);
  }

  /** The further checks and the generic outputs for an audit {@link ComplianceAudit} has accepted. */
  AssessedFigures generic(ComplianceAudit.Result audit, Long documentsOnTime, Long documentsGoodQuality,
      Long officersToTrain, Long officersTrained) {
    var found = audit.documentsFound();
    var onTime = FigureRules.count(documentsOnTime, "documents on time");
    FigureRules.notMoreThan(onTime, "documents on time", found, "intelligence documents found");
    var quality = FigureRules.count(documentsGoodQuality, "documents of good quality");
    FigureRules.notMoreThan(quality, "documents of good quality", found, "intelligence documents found");
    var toTrain = FigureRules.whole(officersToTrain, "officers to train",
        "count the frontline officers and investigators who make NCCU referrals");
    var trained = FigureRules.count(officersTrained, "officers trained");
    FigureRules.notMoreThan(trained, "officers trained", toTrain, "officers to train");

    var rate = new Rate(found, audit.referralsChecked());
    var documents = found == 0 ? "no documents to judge for timeliness or quality"
        : FigureRules.ofWithPercent(new Rate(onTime, found)) + " documents on time, "
            + FigureRules.ofWithPercent(new Rate(quality, found)) + " of acceptable quality";
    var figures = new LinkedHashMap<String, Object>();
    figures.put("period", audit.period());
    figures.put("referralsChecked", audit.referralsChecked());
    figures.put("intelligenceDocumentsFound", found);
    figures.put("documentsOnTime", onTime);
    figures.put("documentsGoodQuality", quality);
    figures.put("officersToTrain", toTrain);
    figures.put("officersTrained", trained);
    return AssessedFigures.rated(rate, audit.targetPercent(),
        audit.period() + ": " + FigureRules.ofWithPercent(rate) + " NCCU referrals with an intelligence document; "
            + documents + "; " + FigureRules.ofWithPercent(new Rate(trained, toTrain))
            + " officers trained on the duty; target " + audit.targetPercent() + "%.",
        "Area 2 compliance audit " + audit.period(),
        found + " of " + audit.referralsChecked() + " referrals with an intelligence document", figures);
  }
}
