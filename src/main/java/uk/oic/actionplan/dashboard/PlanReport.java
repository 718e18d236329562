package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything the dashboard, the exports and the published report show about one plan, as at one day.
 *
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
    LocalDate asOf,
    LocalDateTime generatedAt,
    boolean running,
    List<RecommendationRow> recommendations,
    List<AreaRow> areas,
    List<UpdateRow> updates,
    String assuranceUnavailable,
    Section<EscalationRow> escalations,
    Section<EvidenceRow> evidence,
    Verification verification) {

  public PlanReport {
    recommendations = List.copyOf(recommendations);
    areas = List.copyOf(areas);
    updates = List.copyOf(updates);
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
