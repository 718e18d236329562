package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.oic.actionplan.kernel.Rag;

/** A report with awkward text in it: commas, quotes, line breaks, accents and would-be formulas. */
final class SampleReports {

  static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
  static final String DIGEST = "entry 1, digest " + "ab".repeat(32) + ", witnessed 2026-03-02T09:00:00Z";

  private SampleReports() {}

  static final String AREAS_NOTE = "The nine areas of action are an illustrative draft derived from the inspection's"
      + " themes, for the force to replace with its own.";

  static PlanReport sample() {
    return sample(Section.of(List.of(escalation())), Section.of(List.of(evidence())), new Verification(true, 1, null, null, DIGEST), null);
  }

  static PlanReport sample(Section<EscalationRow> escalations, Section<EvidenceRow> evidence, Verification verification,
      String assuranceUnavailable) {
    return sample(escalations, evidence, verification, assuranceUnavailable, true);
  }

  /** The sample with areas that are the force's own, not a draft. */
  static PlanReport withTheForcesOwnAreas() {
    return sample(Section.of(List.of(escalation())), Section.of(List.of(evidence())), new Verification(true, 1, null, null, DIGEST),
        null, false);
  }

  private static PlanReport sample(Section<EscalationRow> escalations, Section<EvidenceRow> evidence,
      Verification verification, String assuranceUnavailable, boolean areasDraft) {
    var rec4 = new RecommendationRow("rec-4", "Rec 4", "Plans to collect, analyse and share OIC information",
        "By 31 December 2025, chief constables should make sure they have clear plans.",
        LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 27), 3, "In progress", Rag.AMBER,
        "Challenged", false, null,
        List.of("Intelligence collection plan, 20 February 2026: Draft plan shared with \"regional partners\", FIB and analysts."),
        "Challenged: the plan does not yet cover APMIS recording.", LocalDate.of(2026, 2, 25), List.of(4),
        List.of(new AssuranceSource.Grade(1, "Reasonable assurance", LocalDate.of(2026, 1, 10)),
            new AssuranceSource.Grade(2, "Limited assurance", LocalDate.of(2026, 2, 25))));
    var rec8 = new RecommendationRow("rec-8", "Rec 8", "Hydra training for relevant personnel",
        "By 30 April 2026, relevant personnel complete the Hydra training package.",
        LocalDate.of(2026, 4, 30), null, 0, "Not started", null, null, null, null, List.of(), null, null, List.of(7));
    var area4 = new AreaRow(4, "Intelligence collection, analysis and sharing plan", "area-4-owners", "rec-4", "Rec 4",
        LocalDate.of(2025, 12, 31), "In progress", Rag.AMBER, Rag.RED, 60, LocalDate.of(2026, 3, 20), "Submit progress update",
        "area4.owner", LocalDateTime.of(2026, 2, 20, 14, 5), "=HYPERLINK(\"http://x\",\"click\")",
        "Accepted; café line one,\nline two", null,
        "National MSOIC teams: the intelligence document form, since 2025-12-01, last chased 2026-01-09");
    var area7 = new AreaRow(7, "Hydra training", "area-7-owners", "rec-8", "Rec 8", LocalDate.of(2026, 4, 30),
        "Planning", null, null, null, LocalDate.of(2026, 3, 9), "Agree delivery plan", null, null, null, null,
        new TargetProgress("completion", 90, 45, "completion figures", List.of()), null);
    var area1 = new AreaRow(1, "Leadership, governance and prioritisation", "area-1-owners", null, "No recommendation",
        LocalDate.of(2026, 4, 30), "In progress", Rag.GREEN, Rag.GREEN, 30, LocalDate.of(2026, 3, 20), "Submit progress update",
        "area1.owner", LocalDateTime.of(2026, 1, 15, 9, 0), "-5 % budget risk noted", "@lead please check",
        new TargetProgress("findings-completed", 100, null, "no findings-completed figures recorded yet", List.of(),
            "2024 peer-review findings completed", null), null);
    var updates = List.of(
        new UpdateRow(4, area4.name(), "Rec 4", LocalDateTime.of(2026, 1, 10, 10, 0), "area4.owner", Rag.RED, 20,
            "+ started late", "Accepted", null, null, null),
        new UpdateRow(4, area4.name(), "Rec 4", LocalDateTime.of(2026, 2, 20, 14, 5), "area4.owner", Rag.AMBER, 60,
            area4.lastNarrative(), area4.lastReviewComment(), "FIB analyst capacity, \"two posts\"", "DOC-17", 1L),
        new UpdateRow(1, area1.name(), "No recommendation", LocalDateTime.of(2026, 1, 15, 9, 0), "area1.owner",
            Rag.GREEN, 30, area1.lastNarrative(), area1.lastReviewComment(), null, "=FEB minutes", null));
    return new PlanReport("hiow-oic-2025", "Organised immigration crime action plan",
        "Hampshire and Isle of Wight Constabulary",
        "Office of the Police and Crime Commissioner for Hampshire and Isle of Wight",
        "Improving the response to organised immigration crime (HMICFRS, 2025)", LocalDate.of(2025, 9, 1), areasDraft,
        areasDraft ? AREAS_NOTE : null, AS_OF,
        AS_OF.atTime(9, 30), true, List.of(rec4, rec8), List.of(area1, area4, area7), updates, assuranceUnavailable,
        escalations, evidence, verification);
  }

  static EscalationRow escalation() {
    return new EscalationRow(11, "ESCALATION", "Area deadline: Intelligence collection plan (Rec 4)", "AREA_DEADLINE",
        "area-4-owners", 1, "oic-strategic-lead", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 27), 1, false,
        "OPEN", LocalDateTime.of(2026, 1, 1, 0, 5), null,
        List.of(new EscalationRow.Step("RAISED", 0, "area-4-owners", "Due date passed", "system",
            LocalDateTime.of(2026, 1, 1, 0, 5))));
  }

  static EvidenceRow evidence() {
    return new EvidenceRow("5f0c6f1e-0000-4000-8000-000000000001", 1, "PROGRESS_UPDATE", "Progress update: Rec 4", "Draft plan shared", "rec-4", 4,
        "DOC-17", LocalDate.of(2026, 2, 20), "area4.owner", LocalDateTime.of(2026, 2, 20, 14, 6), false, "ab12cd", null,
        "progress-update-instance-1");
  }
}
