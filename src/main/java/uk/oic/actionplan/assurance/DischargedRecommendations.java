package uk.oic.actionplan.assurance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recommendations the PCC has signed off as discharged: the loop's variable
 * {@code dischargedRecommendations}, kept as a JSON array so Cockpit, the API and the dashboard can
 * read it without Java classes, for example
 * {@code [{"recommendationId":"rec-8","label":"Rec 8","cycle":2,"dischargedAt":"2026-03-02T10:15:00Z",
 * "dischargedBy":"pcc","reasons":"..."}]}. Immutable; each change gives a new value.
 */
public final class DischargedRecommendations {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** One sign-off by the PCC. */
  public record Discharge(String recommendationId, String label, int cycle, Instant dischargedAt,
      String dischargedBy, String reasons) {}

  private final List<Discharge> discharges;

  private DischargedRecommendations(List<Discharge> discharges) {
    this.discharges = List.copyOf(discharges);
  }

  public static DischargedRecommendations none() {
    return new DischargedRecommendations(List.of());
  }

  /** Reads the variable's value; null or blank means none yet. */
  public static DischargedRecommendations fromJson(String json) {
    if (json == null || json.isBlank()) {
      return none();
    }
    try {
      return new DischargedRecommendations(JSON.readValue(json, new TypeReference<List<Discharge>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("dischargedRecommendations is not a JSON list of discharges: " + e.getOriginalMessage(), e);
    }
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(discharges);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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

  /** With {@code discharge} recorded; a recommendation discharged again replaces its older entry. */
  public DischargedRecommendations with(Discharge discharge) {
    var next = new ArrayList<>(without(discharge.recommendationId()).discharges);
    next.add(discharge);
    return new DischargedRecommendations(next);
  }

  /** With the recommendation no longer discharged (it was reopened). */
  public DischargedRecommendations without(String recommendationId) {
    return new DischargedRecommendations(
        discharges.stream().filter(d -> !d.recommendationId().equals(recommendationId)).toList());
  }

  /** The ids of {@code recommendationIds} not discharged, in their order. */
  public List<String> open(List<String> recommendationIds) {
    return recommendationIds.stream().filter(id -> !isDischarged(id)).toList();
  }
}
