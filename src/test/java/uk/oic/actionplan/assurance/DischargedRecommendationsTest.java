package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DischargedRecommendationsTest {

  static final DischargedRecommendations.Discharge REC_8 =
      new DischargedRecommendations.Discharge("rec-8", "Rec 8", 2, Instant.parse("2026-03-02T10:15:00Z"), "pcc", "Target met");

  @Test
  void theOpenRecommendationsAreThoseNotDischarged_inTheirOrder() {
    var discharged = new DischargedRecommendations(List.of(REC_8));
    assertThat(discharged.isDischarged("rec-8")).isTrue();
    assertThat(discharged.find("rec-8")).contains(REC_8);
    assertThat(discharged.find("rec-2")).isEmpty();
    assertThat(discharged.open(List.of("rec-2", "rec-8", "rec-9"))).containsExactly("rec-2", "rec-9");
    assertThat(DischargedRecommendations.none().open(List.of("rec-9", "rec-2"))).containsExactly("rec-9", "rec-2");
  }
}
