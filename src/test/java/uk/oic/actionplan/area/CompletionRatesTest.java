package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.Rag;

class CompletionRatesTest {

  private final CompletionRates rates = new CompletionRates();

  @Test
  void hydraCompletionAtTheTargetIsGreen() {
    var result = rates.single("Hydra", 200L, 180L, 90);

    assertThat(result.overall().ratePercent()).isEqualTo(new BigDecimal("90.0"));
    assertThat(result.rag()).isEqualTo(Rag.GREEN);
    assertThat(result.targetMet()).isTrue();
  }

  @Test
  void hydraCompletionJustBelowTheTargetIsAmberEvenWhenItRoundsUpToIt() {
    var result = rates.single("Hydra", 2001L, 1800L, 90);

    assertThat(result.overall().ratePercent()).isEqualTo(new BigDecimal("90.0"));
    assertThat(result.targetMet()).isFalse();
    assertThat(result.rag()).isEqualTo(Rag.AMBER);
  }

  @Test
  void zeroRelevantPersonnelIsRefusedRatherThanCountedAsComplete() {
    assertThatThrownBy(() -> rates.single("Hydra", 0L, 0L, 90))
        .isInstanceOf(FiguresRefusedException.class)
        .hasMessageStartingWith("relevant personnel: must be at least 1");
    assertThatThrownBy(() -> rates.single("Hydra", null, 0L, 90))
        .hasMessageStartingWith("relevant personnel:");
  }

  @Test
  void moreCompletedThanRelevantIsRefused() {
    assertThatThrownBy(() -> rates.single("Hydra", 100L, 101L, 90))
        .isInstanceOf(FiguresRefusedException.class)
        .hasMessage("completed: 101 is more than the 100 relevant personnel");
    assertThatThrownBy(() -> rates.single("Hydra", 100L, -1L, 90))
        .hasMessage("completed: must be 0 or more");
    assertThatThrownBy(() -> rates.single("Hydra", 100L, null, 90))
        .hasMessage("completed: must be 0 or more");
  }

  @Test
  void theLowestModuleCountsForTheFourModuleELearning() {
    var result = rates.modules(400L, List.of(
        new CompletionRates.Figure("Module 1", 390L), new CompletionRates.Figure("Module 2", 372L),
        new CompletionRates.Figure("Module 3", 355L), new CompletionRates.Figure("Module 4", 380L)), 90);

    assertThat(result.completions()).extracting(CompletionRates.Completion::ratePercent).containsExactly(
        new BigDecimal("97.5"), new BigDecimal("93.0"), new BigDecimal("88.8"), new BigDecimal("95.0"));
    assertThat(result.overall().name()).isEqualTo("Module 3");
    assertThat(result.overall().ratePercent()).isEqualTo(new BigDecimal("88.8"));
    assertThat(result.rag()).isEqualTo(Rag.AMBER);
    assertThat(result.targetMet()).isFalse();
  }

  @Test
  void everyModuleAtTheTargetMeetsIt() {
    var result = rates.modules(10L, List.of(
        new CompletionRates.Figure("Module 1", 10L), new CompletionRates.Figure("Module 2", 9L),
        new CompletionRates.Figure("Module 3", 10L), new CompletionRates.Figure("Module 4", 9L)), 90);

    assertThat(result.overall().name()).isEqualTo("Module 2");
    assertThat(result.targetMet()).isTrue();
    assertThat(result.rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void aModuleAboveTheRelevantPersonnelIsRefusedNamingTheModule() {
    assertThatThrownBy(() -> rates.modules(10L, List.of(
        new CompletionRates.Figure("Module 1", 10L), new CompletionRates.Figure("Module 2", 11L)), 90))
        .hasMessage("completed (Module 2): 11 is more than the 10 relevant personnel");
  }
}
