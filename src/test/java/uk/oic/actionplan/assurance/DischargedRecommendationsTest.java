package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DischargedRecommendationsTest {

  static final DischargedRecommendations.Discharge REC_8 =
      new DischargedRecommendations.Discharge("rec-8", "Rec 8", 2, Instant.parse("2026-03-02T10:15:00Z"), "pcc", "Target met");

  @Test
  void keepsSignOffsAsReadableJson() {
    var json = DischargedRecommendations.none().with(REC_8).toJson();
    assertThat(json).isEqualTo("[{\"recommendationId\":\"rec-8\",\"label\":\"Rec 8\",\"cycle\":2,"
        + "\"dischargedAt\":\"2026-03-02T10:15:00Z\",\"dischargedBy\":\"pcc\",\"reasons\":\"Target met\"}]");
    var read = DischargedRecommendations.fromJson(json);
    assertThat(read.all()).containsExactly(REC_8);
    assertThat(read.open(List.of("rec-2", "rec-8", "rec-9"))).containsExactly("rec-2", "rec-9");
  }

  @Test
  void reopeningRemoves_andDischargingAgainReplaces() {
    var discharged = DischargedRecommendations.fromJson(null).with(REC_8);
    assertThat(discharged.without("rec-8").isDischarged("rec-8")).isFalse();
    var again = new DischargedRecommendations.Discharge("rec-8", "Rec 8", 4, Instant.parse("2026-07-01T09:00:00Z"), "pcc", "Fixed");
    assertThat(discharged.with(again).all()).containsExactly(again);
    assertThat(discharged.without("rec-8").all()).isEmpty();
  }

  @Test
  void refusesSomethingElse() {
    assertThatThrownBy(() -> DischargedRecommendations.fromJson("{\"rec-8\":true}"))
        .hasMessageStartingWith("dischargedRecommendations is not a JSON list of discharges");
  }
}
