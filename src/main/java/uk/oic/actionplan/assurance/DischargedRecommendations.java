package uk.oic.actionplan.assurance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The recommendations of a plan that the PCC has signed off as discharged and nobody has reopened:
 * the open rows of {@code oic_discharge} (see {@link AssuranceRecords}). Immutable.
 */
public final class DischargedRecommendations {

  /** One sign-off by the PCC: who, when, why, in which cycle. */
  public record Discharge(String recommendationId, String label, int cycle, Instant dischargedAt,
      String dischargedBy, String reasons) {}

  private final List<Discharge> discharges;

  DischargedRecommendations(List<Discharge> discharges) {
    this.discharges = List.copyOf(discharges);
  }

  public static DischargedRecommendations none() {
    return new DischargedRecommendations(List.of());
  }

  public List<Discharge> all() {
    return discharges;
  }

  public boolean isDischarged(String recommendationId) {
    return find(recommendationId).isPresent();
  }

  public Optional<Discharge> find(String recommendationId) {
    return discharges.stream().filter(d -> d.recommendationId().equals(recommendationId)).findFirst();
  }

  /** The ids of {@code recommendationIds} not discharged, in their order. */
  public List<String> open(List<String> recommendationIds) {
    return recommendationIds.stream().filter(id -> !isDischarged(id)).toList();
  }
}
