package uk.oic.actionplan.evidence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.dashboard.EvidenceRow;
import uk.oic.actionplan.dashboard.EvidenceSource;
import uk.oic.actionplan.dashboard.Verification;
import uk.oic.actionplan.kernel.CalendarProperties;

/** The evidence register's entries and chain check, for the dashboard: in full, or counted and as last checked. */
@Component
class DashboardEvidence implements EvidenceSource {

  private static final int PAGE = 500;

  private final EvidenceRegister register;
  private final CalendarProperties calendar;

  DashboardEvidence(EvidenceRegister register, CalendarProperties calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public List<EvidenceRow> entries(String planId) {
    var rows = new ArrayList<EvidenceRow>();
    for (int page = 0; ; page++) {
      var found = register.search(EvidenceFilter.plan(planId), null, page, PAGE);
      found.entries().forEach(e -> rows.add(row(e)));
      if (page + 1 >= found.totalPages()) {
        return rows;
      }
    }
  }

  @Override
  public long count(String planId) {
    return register.count(planId);
  }

  @Override
  public java.util.Map<String, Long> counts(List<String> planIds) {
    var all = register.countsByPlan();
    all.keySet().retainAll(planIds);
    return all;
  }

  @Override
  public Verification verify() {
    return verification(register.verify());
  }

  @Override
  public CheckedVerification lastVerification() {
    var report = register.lastVerification();
    return new CheckedVerification(verification(report),
        LocalDateTime.ofInstant(report.checkedAt(), calendar.zone()));
  }

  private static Verification verification(VerificationReport report) {
    var failure = report.firstFailure();
    return new Verification(report.valid(), report.entriesChecked(),
        failure == null ? null : failure.sequence() + (failure.entryId() == null ? " (missing)" : " (" + failure.entryId() + ")"),
        failure == null ? null : failure.reason()
            + (report.problemCount() > 1 ? " (and " + (report.problemCount() - 1) + " more problems)" : ""),
        report.witnessed() == null ? null : report.witnessed().text());
  }

  private EvidenceRow row(EvidenceEntry e) {
    return new EvidenceRow(e.id(), e.sequence(), e.kind() == null ? null : e.kind().name(), e.title(), e.description(),
        e.recommendationId(), e.areaNumber(), e.reference(), e.effectiveDate(), e.recordedBy(),
        e.recordedAt() == null ? null : LocalDateTime.ofInstant(e.recordedAt(), calendar.zone()),
        e.attachment() != null, e.contentHash(), e.supersedes(), e.processInstanceId());
  }
}
