package uk.oic.actionplan.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.oic.actionplan.kernel.Rag;

/** The tables the exports offer, built from a {@link PlanReport}. */
final class ReportTables {

  /** The names accepted by {@code export.csv?table=}, in sheet order. */
  static final List<String> NAMES = List.of("recommendations", "areas", "updates", "escalations", "evidence");

  private ReportTables() {}

  static List<Table> all(PlanReport report) {
    return NAMES.stream().map(name -> named(report, name).orElseThrow()).toList();
  }

  static Optional<Table> named(PlanReport report, String name) {
    return Optional.ofNullable(switch (name) {
      case "recommendations" -> recommendations(report);
      case "areas" -> areas(report);
      case "updates" -> updates(report);
      case "escalations" -> escalations(report);
      case "evidence" -> evidence(report);
      default -> null;
    });
  }

  static Table recommendations(PlanReport report) {
    var rows = new ArrayList<List<Object>>();
    for (var r : report.recommendations()) {
      rows.add(row(r.label(), r.title(), r.deadline(), r.revisedDeadline(), r.daysOverdue(), r.status(),
          rag(r.rag()), r.assuranceState() == null ? "Not available" : r.assuranceState(), r.dischargedText(),
          r.dischargedOn(), r.pccAssessment(), r.assessedOn(), report.inspectionLabel()));
    }
    return new Table("recommendations", "Recommendations",
        List.of("Recommendation", "Title", "Deadline", "Revised deadline", "Days overdue", "Status", "RAG",
            "Assurance", "Discharged", "Discharged on", "PCC assessment", "Assessed on", "Text and deadline"),
        rows, null);
  }

  static Table areas(PlanReport report) {
    var rows = new ArrayList<List<Object>>();
    for (var a : report.areas()) {
      var target = a.target();
      rows.add(row(a.number(), a.name(), a.recommendationLabel(), a.ownerGroup(), a.status(), rag(a.rag()),
          rag(a.scheduleRag()), a.progressPercent(), a.deadline(), a.nextDueDate(), a.nextDueItem(),
          target == null ? null : target.targetPercent(), target == null ? null : target.actualPercent(),
          a.lastUpdateAt(), a.lastUpdateBy(), a.lastNarrative(), a.lastReviewComment(), report.forceSetLabel(),
          report.deadlineLabel(a), target == null ? null : target.summary(), target == null ? null : report.forceSetLabel()));
    }
    return new Table("areas", "Action areas",
        List.of("Area", "Name", "Recommendation", "Owner group", "Status", "RAG", "RAG against time", "Progress %", "Deadline",
            "Next due", "Next due item", "Target %", "Measured %", "Last update at", "Last update by",
            "Last update", "Reviewer's comment", "Area", "Deadline from", "Target", "Target from"),
        rows, null);
  }

  static Table updates(PlanReport report) {
    var rows = new ArrayList<List<Object>>();
    for (var u : report.updates()) {
      rows.add(row(u.areaNumber(), u.areaName(), u.recommendationLabel(), u.submittedAt(), u.submittedBy(),
          rag(u.rag()), u.progressPercent(), u.narrative(), u.reviewComment(), u.blockers(), u.evidenceReference(),
          u.evidenceEntry()));
    }
    return new Table("updates", "Accepted progress updates",
        List.of("Area", "Area name", "Recommendation", "Submitted at", "Submitted by", "RAG", "Progress %",
            "Narrative", "Reviewer's comment", "Blockers", "Evidence reference", "Evidence entry"),
        rows, null);
  }

  static Table escalations(PlanReport report) {
    var rows = new ArrayList<List<Object>>();
    for (var e : report.escalations().rows()) {
      rows.add(row(e.id(), e.kind(), e.itemName(), e.itemType(), e.ownerGroup(), e.level(), e.levelGroup(),
          e.originalDueDate(), e.currentDueDate(), e.slips(), e.flaggedForPcc() ? "Yes" : "No", e.status(),
          e.raisedAt(), e.closedAt()));
    }
    return new Table("escalations", "Reminders and escalations",
        List.of("Id", "Kind", "Item", "Item type", "Owner group", "Level", "Level group", "Original due date",
            "Current due date", "Slips", "Flagged for PCC", "Status", "Raised at", "Closed at"),
        rows, report.escalations().unavailable());
  }

  static Table evidence(PlanReport report) {
    var rows = new ArrayList<List<Object>>();
    for (var e : report.evidence().rows()) {
      rows.add(row(e.sequence(), e.kind(), e.title(), e.description(), e.recommendationId(), e.areaNumber(),
          e.reference(), e.effectiveDate(), e.recordedBy(), e.recordedAt(), e.attachment() ? "Yes" : "No",
          e.contentHash(), e.id(), e.supersedes()));
    }
    return new Table("evidence", "Evidence register",
        List.of("Entry", "Kind", "Title", "Description", "Recommendation", "Area", "Reference", "Effective date",
            "Recorded by", "Recorded at", "Attachment", "SHA-256", "Entry id", "Supersedes"),
        rows, report.evidence().unavailable());
  }

  private static String rag(Rag rag) {
    return rag == null ? null : rag.label();
  }

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }
}
