package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetProgressTest {

  @Test
  void aPercentTargetIsMetAtOrAboveItsPercent() {
    var target = new TargetProgress("debrief-rate", 80, 80, "debrief-rate figures", List.of());
    assertThat(target.summary()).isEqualTo("80% debrief-rate");
    assertThat(target.trend()).isFalse();
    assertThat(target.met()).isTrue();
    assertThat(new TargetProgress("debrief-rate", 80, 79, "figures", List.of()).met()).isFalse();
  }

  @Test
  void aTrendHasNoPercentAndIsNeverShownAsMetByARate() {
    var target = new TargetProgress("disruptions-trend", null, 40, "figures", List.of(),
        "disruptions of OIC groups, increasing period on period", null);
    assertThat(target.trend()).isTrue();
    assertThat(target.summary()).isEqualTo("an increase period on period (disruptions-trend)");
    assertThat(target.met()).isFalse();
  }
}
