package uk.oic.actionplan.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.oic.actionplan.kernel.Rag;
import uk.oic.actionplan.kernel.Rate;

/**
 * Rec 2 compliance: of the NCCU referrals sampled in an audit, how many have the required
 * intelligence document, against the plan's target.
 */
public final class ComplianceAudit {

  /** How many audits the running history keeps; the evidence register keeps every one. */
  public static final int HISTORY_SIZE = 24;

  /** One audit's accepted result. */
  public record Result(
      String period, long referralsChecked, long documentsFound, BigDecimal ratePercent, Rag rag,
      int targetPercent, boolean targetMet) {}

  /**
   * Checks the figures together and rates them. A sample with no referrals shows nothing about
   * compliance and is refused: the owner widens the audit period instead.
   */
  public Result assess(String period, Long referralsChecked, Long documentsFound, int targetPercent) {
    if (period == null || period.isBlank()) {
      throw new FiguresRefusedException("audit period: say which period the sample covers");
    }
    if (referralsChecked == null || referralsChecked < 1) {
      throw new FiguresRefusedException(
          "referrals checked: an audit needs at least one NCCU referral; widen the audit period");
    }
    if (documentsFound == null || documentsFound < 0) {
      throw new FiguresRefusedException("intelligence documents found: must be 0 or more");
    }
    if (documentsFound > referralsChecked) {
      throw new FiguresRefusedException("intelligence documents found: " + documentsFound
          + " is more than the " + referralsChecked + " referrals checked");
    }
    var rate = new Rate(documentsFound, referralsChecked);
    return new Result(period.strip(), referralsChecked, documentsFound, rate.percent(), Rag.of(rate, targetPercent),
        targetPercent, rate.meets(targetPercent));
  }

  /** The history with {@code latest} added, oldest first, keeping the last {@link #HISTORY_SIZE}. */
  public List<Result> append(List<Result> history, Result latest) {
    var all = new ArrayList<>(history);
    all.add(latest);
    return List.copyOf(all.subList(Math.max(0, all.size() - HISTORY_SIZE), all.size()));
  }
}
