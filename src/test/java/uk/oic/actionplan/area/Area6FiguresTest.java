package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.Rag;

/** Area 6 is rated by its trend against the previous accepted period; the first period is the baseline. */
class Area6FiguresTest {

  static final LocalDate Q4_START = LocalDate.of(2025, 10, 1);
  static final LocalDate Q4_END = LocalDate.of(2025, 12, 31);
  static final LocalDate Q1_START = LocalDate.of(2026, 1, 1);
  static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);
  static final Optional<Area6Figures.Previous> SIX_IN_Q4 = Optional.of(new Area6Figures.Previous(Q4_START, Q4_END, 6));

  private final Area6Figures area6 = new Area6Figures();

  @Test
  void theFirstPeriodIsTheBaselineWithNothingToRecover() {
    var result = area6.assess(Q4_START, Q4_END, 12L, 3L, 6L, Optional.empty());

    assertThat(result.rag()).isEqualTo(Rag.AMBER);
    assertThat(result.targetMet()).isFalse();
    assertThat(result.recoveryNeeded()).isFalse();
    assertThat(result.ratePercent()).isNull();
    assertThat(result.summary()).isEqualTo(
        "1 Oct - 31 Dec 2025: 12 OCGs mapped, 3 proactive investigations opened, 6 disruptions (baseline, the first period measured).");
    assertThat(result.evidenceTitle())
        .isEqualTo("Area 6 disruptions 1 Oct - 31 Dec 2025: 6 disruptions, baseline, the first period measured (AMBER)");
    assertThat(result.historyEntry()).containsEntry("disruptions", 6L).containsEntry("periodEnd", "2025-12-31")
        .containsEntry("ratePercent", null).containsEntry("targetPercent", null);
  }

  @Test
  void moreDisruptionsThanThePreviousPeriodMeetTheTarget() {
    var result = area6.assess(Q1_START, Q1_END, 14L, 5L, 9L, SIX_IN_Q4);

    assertThat(result.rag()).isEqualTo(Rag.GREEN);
    assertThat(result.targetMet()).isTrue();
    assertThat(result.recoveryNeeded()).isFalse();
    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("50.0"));
    assertThat(result.evidenceTitle()).isEqualTo(
        "Area 6 disruptions 1 Jan - 31 Mar 2026: 9 disruptions, up 50.0% on 6 in 1 Oct - 31 Dec 2025 (GREEN)");
  }

  @Test
  void asManyDisruptionsIsAmberAndFewerIsRedBothNeedingRecovery() {
    var same = area6.assess(Q1_START, Q1_END, 14L, 5L, 6L, SIX_IN_Q4);
    assertThat(same.rag()).isEqualTo(Rag.AMBER);
    assertThat(same.targetMet()).isFalse();
    assertThat(same.recoveryNeeded()).isTrue();
    assertThat(same.ratePercent()).isEqualTo(new BigDecimal("0.0"));
    assertThat(same.summary()).endsWith("6 disruptions (level on 6 in 1 Oct - 31 Dec 2025).");

    var fewer = area6.assess(Q1_START, Q1_END, 14L, 5L, 4L, SIX_IN_Q4);
    assertThat(fewer.rag()).isEqualTo(Rag.RED);
    assertThat(fewer.targetMet()).isFalse();
    assertThat(fewer.recoveryNeeded()).isTrue();
    assertThat(fewer.ratePercent()).isEqualTo(new BigDecimal("-33.3"));
    assertThat(fewer.evidenceTitle()).contains("4 disruptions, down 33.3% on 6");
  }

  @Test
  void anIncreaseFromNoneHasNoPercentage() {
    var result = area6.assess(Q1_START, Q1_END, 2L, 1L, 3L, Optional.of(new Area6Figures.Previous(Q4_START, Q4_END, 0)));

    assertThat(result.rag()).isEqualTo(Rag.GREEN);
    assertThat(result.ratePercent()).isNull();
    assertThat(result.summary()).contains("3 disruptions (up from none on 0 in");
  }

  @Test
  void aPeriodOverlappingTheLastAcceptedOneOrEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> area6.assess(Q4_END, Q1_END, 1L, 1L, 9L, SIX_IN_Q4))
        .isInstanceOf(FiguresRefusedException.class)
        .hasMessage("figures period start: 31 Dec 2025 is not after the end of the last accepted period, 31 Dec 2025; "
            + "periods must not overlap");
    assertThatThrownBy(() -> area6.assess(LocalDate.of(2025, 11, 1), Q1_END, 1L, 1L, 9L, SIX_IN_Q4))
        .hasMessageStartingWith("figures period start: 1 Nov 2025 is not after");
    assertThatThrownBy(() -> area6.assess(Q1_END, Q1_START, 1L, 1L, 9L, Optional.empty()))
        .hasMessageStartingWith("figures period end:");
    assertThat(area6.assess(Q1_START, Q1_START, 1L, 1L, 9L, SIX_IN_Q4).rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void thePreviousPeriodIsTheLastEntryOfTheHistory() throws Exception {
    var json = new ObjectMapper();
    var history = new FiguresHistory(json);
    var entries = history.read(history.append(history.read(history.append(List.of(),
        area6.assess(Q4_START, Q4_END, 1L, 1L, 6L, Optional.empty()).historyEntry())),
        area6.assess(Q1_START, Q1_END, 1L, 1L, 9L, SIX_IN_Q4).historyEntry()));

    assertThat(Area6Figures.previous(entries)).contains(new Area6Figures.Previous(Q1_START, Q1_END, 9));
    assertThat(Area6Figures.previous(List.of())).isEmpty();
  }
}
