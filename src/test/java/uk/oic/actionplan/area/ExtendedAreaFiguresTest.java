package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.Rag;

/** What areas 2, 7 and 8 check beyond their rate, and the outputs they share with every area. */
class ExtendedAreaFiguresTest {

  static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

  private final Area2Figures area2 = new Area2Figures();
  private final Area7Figures area7 = new Area7Figures();
  private final Area8Figures area8 = new Area8Figures();

  @Test
  void area2ShowsTimelinessQualityAndTrainingBesideTheComplianceRate() {
    var result = area2.assess(" February 2026 ", 40L, 38L, 30L, 35L, 60L, 45L, 100);

    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("95.0"));
    assertThat(result.rag()).isEqualTo(Rag.AMBER);
    assertThat(result.recoveryNeeded()).isTrue();
    assertThat(result.summary()).isEqualTo("February 2026: 38 of 40 (95.0%) NCCU referrals with an intelligence document; "
        + "30 of 38 (78.9%) documents on time, 35 of 38 (92.1%) of acceptable quality; "
        + "45 of 60 (75.0%) officers trained on the duty; target 100%.");
    assertThat(result.evidenceTitle()).isEqualTo(
        "Area 2 compliance audit February 2026: 38 of 40 referrals with an intelligence document (95.0%, AMBER)");
    assertThat(result.historyEntry()).containsEntry("period", "February 2026").containsEntry("documentsOnTime", 30L)
        .containsEntry("officersTrained", 45L).containsEntry("targetPercent", 100);
    assertThat(area2.assess("March 2026", 5L, 0L, 0L, 0L, 10L, 0L, 100).summary())
        .contains("no documents to judge for timeliness or quality");
  }

  @Test
  void area2RefusesTimelinessQualityOrTrainingFiguresThatDoNotHangTogether() {
    assertThatThrownBy(() -> area2.assess("February 2026", 40L, 38L, 39L, 35L, 60L, 45L, 100))
        .isInstanceOf(FiguresRefusedException.class)
        .hasMessage("documents on time: 39 is more than the 38 intelligence documents found");
    assertThatThrownBy(() -> area2.assess("February 2026", 40L, 38L, 30L, 40L, 60L, 45L, 100))
        .hasMessage("documents of good quality: 40 is more than the 38 intelligence documents found");
    assertThatThrownBy(() -> area2.assess("February 2026", 40L, 38L, 30L, 35L, 60L, 61L, 100))
        .hasMessage("officers trained: 61 is more than the 60 officers to train");
    assertThatThrownBy(() -> area2.assess("February 2026", 40L, 38L, 30L, 35L, 0L, 0L, 100))
        .hasMessageStartingWith("officers to train: must be at least 1");
    assertThatThrownBy(() -> area2.assess("February 2026", 40L, 41L, 30L, 35L, 60L, 45L, 100))
        .hasMessage("intelligence documents found: 41 is more than the 40 referrals checked");
  }

  @Test
  void area7ShowsTheQuartersProvisionBesideCompletion() {
    var result = area7.assess(JAN_31, "2026-Q1", 200L, 185L, 4L, 60L, 12L, 90);

    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("92.5"));
    assertThat(result.rag()).isEqualTo(Rag.GREEN);
    assertThat(result.recoveryNeeded()).isFalse();
    assertThat(result.summary()).isEqualTo("2026-Q1, as at 31 Jan 2026: 185 of 200 (92.5%) relevant personnel completed Hydra; "
        + "4 sessions held, 60 places offered, 12 (20.0%) to regional partners; target 90%.");
    assertThat(result.evidenceTitle())
        .isEqualTo("Area 7 Hydra completion 2026-Q1 (as at 31 Jan 2026): 185 of 200 completed (92.5%, GREEN)");
    assertThat(result.historyEntry()).containsEntry("quarter", "2026-Q1").containsEntry("partnerPlaces", 12L);
    assertThat(area7.assess(JAN_31, "2026-Q1", 200L, 185L, 0L, 0L, 0L, 90).summary())
        .contains("0 sessions held, no places offered");
  }

  @Test
  void area7RefusesMorePartnerPlacesThanOfferedAndPlacesWithoutSessions() {
    assertThatThrownBy(() -> area7.assess(JAN_31, "2026-Q1", 200L, 185L, 4L, 60L, 61L, 90))
        .hasMessage("partner places: 61 is more than the 60 places offered");
    assertThatThrownBy(() -> area7.assess(JAN_31, "2026-Q1", 200L, 185L, 0L, 60L, 0L, 90))
        .hasMessage("sessions held: 60 places were offered, so at least one session");
    assertThatThrownBy(() -> area7.assess(JAN_31, "2026-Q5", 200L, 185L, 4L, 60L, 0L, 90))
        .hasMessageStartingWith("figures quarter:");
    assertThatThrownBy(() -> area7.assess(JAN_31, "2026-Q1", 200L, 201L, 4L, 60L, 0L, 90))
        .hasMessage("completed: 201 is more than the 200 relevant personnel");
  }

  @Test
  void area8SharesTheLowestModuleAsItsRate() {
    var completion = new CompletionRates().modules(400L, List.of(
        new CompletionRates.Figure("Module 1", 390L), new CompletionRates.Figure("Module 2", 372L),
        new CompletionRates.Figure("Module 3", 355L), new CompletionRates.Figure("Module 4", 380L)), 90);

    var result = area8.generic(JAN_31, completion);

    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("88.8"));
    assertThat(result.rag()).isEqualTo(Rag.AMBER);
    assertThat(result.recoveryNeeded()).isTrue();
    assertThat(result.summary()).isEqualTo("As at 31 Jan 2026, of 400 relevant personnel: Module 1 390 (97.5%), "
        + "Module 2 372 (93.0%), Module 3 355 (88.8%), Module 4 380 (95.0%); the lowest, Module 3, counts; target 90%.");
    assertThat(result.evidenceTitle())
        .isEqualTo("Area 8 e-learning as at 31 Jan 2026: lowest module Module 3, 355 of 400 completed (88.8%, AMBER)");
    assertThat(result.historyEntry()).containsEntry("module3Completed", 355L).containsEntry("lowestModule", "Module 3");
  }
}
