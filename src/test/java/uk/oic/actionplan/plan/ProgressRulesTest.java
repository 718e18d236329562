package uk.oic.actionplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.oic.actionplan.kernel.Rag;

class ProgressRulesTest {

  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

  @ParameterizedTest(name = "{0}% on {1}: {2}")
  @CsvSource({
      // half the time gone (2 July is 182 of 364 days): 50% expected
      "50, 2026-07-02, GREEN",
      "40, 2026-07-02, GREEN",
      "39, 2026-07-02, AMBER",
      "25, 2026-07-02, AMBER",
      "24, 2026-07-02, RED",
      "0, 2026-01-01, GREEN",
      "100, 2026-12-31, GREEN",
      "89, 2026-12-31, AMBER",
      // before the plan started nothing is expected yet
      "0, 2025-12-01, GREEN"})
  void ragFromProgressAgainstTime(int progress, LocalDate today, Rag rag) {
    assertThat(ProgressRules.scheduleRag(progress, START, DEADLINE, today, false)).isEqualTo(rag);
  }

  @Test
  void pastTheDeadlineUnfinishedIsRedSignedOffIsGreenAndNoUpdateHasNoRag() {
    assertThat(ProgressRules.scheduleRag(100, START, DEADLINE, LocalDate.of(2027, 1, 1), false)).isEqualTo(Rag.RED);
    assertThat(ProgressRules.scheduleRag(60, START, DEADLINE, LocalDate.of(2027, 1, 1), true)).isEqualTo(Rag.GREEN);
    assertThat(ProgressRules.scheduleRag(null, START, DEADLINE, LocalDate.of(2026, 6, 1), false)).isNull();
  }

  @Test
  void recommendationStatusFromItsAreas() {
    var before = LocalDate.of(2026, 6, 1);
    var after = LocalDate.of(2027, 1, 1);
    assertThat(ProgressRules.recommendationStatus(List.of("SIGNED_OFF"), DEADLINE, after)).isEqualTo("SIGNED_OFF");
    assertThat(ProgressRules.recommendationStatus(List.of("IN_PROGRESS"), DEADLINE, after)).isEqualTo("OVERDUE");
    assertThat(ProgressRules.recommendationStatus(List.of("PLANNING"), DEADLINE, before)).isEqualTo("IN_PROGRESS");
    assertThat(ProgressRules.recommendationStatus(List.of("NOT_STARTED"), DEADLINE, before)).isEqualTo("NOT_STARTED");
    assertThat(ProgressRules.recommendationStatus(List.of("SIGNED_OFF", "NOT_VISIBLE"), DEADLINE, before)).isEqualTo("NOT_VISIBLE");
    assertThat(ProgressRules.recommendationStatus(List.of("SIGNED_OFF", "IN_PROGRESS"), DEADLINE, before)).isEqualTo("IN_PROGRESS");
  }
}
