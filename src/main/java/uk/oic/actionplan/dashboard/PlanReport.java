package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.oic.actionplan.plan.Origin;

/**
 * Everything the dashboard, the exports and the published report show about one plan, as at one day.
 *
 * <p>The recommendations and their deadlines are the inspection's; the areas, their target dates
 * and targets are the force's, and while {@code areasDraft} is true an illustrative draft for the
 * force to replace ({@code areasNote} says so in the plan's words). Pages and reports say which is which.
 *
 * @param areasDraft whether the areas are an illustrative draft rather than the force's own
 * @param areasNote the plan's note on its areas, or null
 * @param running whether the plan's areas run in the engine (false before the plan is started)
 * @param assuranceUnavailable why the PCC assurance state cannot be shown, or null when it can
 * @param verification the evidence register's chain check, or null when the register is not available
 */
public record PlanReport(
    String planId,
    String title,
    String force,
    String oversight,
    String inspection,
    LocalDate startDate,
    boolean areasDraft,
    String areasNote,
    LocalDate asOf,
    LocalDateTime generatedAt,
    boolean running,
    List<RecommendationRow> recommendations,
    List<AreaRow> areas,
    List<UpdateRow> updates,
    String assuranceUnavailable,
    Section<EscalationRow> escalations,
    Section<EvidenceRow> evidence,
    Verification verification,
    /** When the register's chain was last checked (the result is {@code verification}); null when not known. */
    LocalDateTime verifiedAt,
    /** How many entries the plan has in the register; {@code evidence} holds them only in the full report. */
    long evidenceCount) {

  public PlanReport {
    recommendations = List.copyOf(recommendations);
    areas = List.copyOf(areas);
    updates = List.copyOf(updates);
  }

  /** A full report: every evidence entry listed, the chain's check time not known. */
  public PlanReport(String planId, String title, String force, String oversight, String inspection, LocalDate startDate,
      boolean areasDraft, String areasNote, LocalDate asOf, LocalDateTime generatedAt, boolean running,
      List<RecommendationRow> recommendations, List<AreaRow> areas, List<UpdateRow> updates,
      String assuranceUnavailable, Section<EscalationRow> escalations, Section<EvidenceRow> evidence,
      Verification verification) {
    this(planId, title, force, oversight, inspection, startDate, areasDraft, areasNote, asOf, generatedAt, running,
        recommendations, areas, updates, assuranceUnavailable, escalations, evidence, verification, null,
        evidence.rows().size());
  }

  /** "set by the force", or "set by the force (draft)" while the areas are a draft: for the areas' names, dates and targets. */
  public String forceSetLabel() {
    return Origin.FORCE.phrase() + (areasDraft ? " (draft)" : "");
  }

  /** "from the inspection": for the recommendations, their text and deadlines. */
  public String inspectionLabel() {
    return Origin.INSPECTION.phrase();
  }

  /** Who set an area's deadline: the inspection (through its recommendation) or the force. */
  public String deadlineLabel(AreaRow area) {
    return area.recommendationId() != null ? inspectionLabel() + " (" + area.recommendationLabel() + ")" : forceSetLabel();
  }

  public Optional<RecommendationRow> recommendation(String id) {
    return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<AreaRow> area(int number) {
    return areas.stream().filter(a -> a.number() == number).findFirst();
  }

  public List<AreaRow> areasOf(String recommendationId) {
    return areas.stream().filter(a -> recommendationId.equals(a.recommendationId())).toList();
  }

  public List<UpdateRow> updatesOf(int areaNumber) {
    return updates.stream().filter(u -> u.areaNumber() == areaNumber).toList();
  }

  /** Open escalations, highest level first. */
  public List<EscalationRow> openEscalations() {
    return escalations.rows().stream().filter(EscalationRow::open)
        .sorted(java.util.Comparator.comparingInt(EscalationRow::level).reversed()).toList();
  }
}
