package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.Rag;

/** The rules of the figures of areas 1, 3, 4, 5 and 9, each checked together and rated against the target. */
class AreaFiguresTest {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

  private final Area1Figures area1 = new Area1Figures();
  private final Area3Figures area3 = new Area3Figures();
  private final Area4Figures area4 = new Area4Figures();
  private final Area5Figures area5 = new Area5Figures();
  private final Area9Figures area9 = new Area9Figures();

  @Test
  void area1RatesTheFindingsCompleted() {
    var result = area1.assess(MAR_31, 20L, 12L, 90);

    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("60.0"));
    assertThat(result.rag()).isEqualTo(Rag.RED);
    assertThat(result.targetMet()).isFalse();
    assertThat(result.recoveryNeeded()).isTrue();
    assertThat(result.summary()).isEqualTo("As at 31 Mar 2026: 12 of 20 (60.0%) peer review findings completed; target 90%.");
    assertThat(result.evidenceTitle())
        .isEqualTo("Area 1 peer review findings as at 31 Mar 2026: 12 of 20 findings completed (60.0%, RED)");
    assertThat(result.historyEntry()).containsExactly(
        java.util.Map.entry("asAt", "2026-03-31"), java.util.Map.entry("peerReviewFindings", 20L),
        java.util.Map.entry("findingsCompleted", 12L), java.util.Map.entry("ratePercent", new BigDecimal("60.0")),
        java.util.Map.entry("rag", "RED"), java.util.Map.entry("targetPercent", 90));
  }

  @Test
  void area1RefusesMoreCompletedThanFindingsAndNoFindings() {
    assertThatThrownBy(() -> area1.assess(MAR_31, 20L, 21L, 90))
        .isInstanceOf(FiguresRefusedException.class)
        .hasMessage("findings completed: 21 is more than the 20 peer review findings");
    assertThatThrownBy(() -> area1.assess(MAR_31, 0L, 0L, 90))
        .hasMessageStartingWith("peer review findings: must be at least 1");
    assertThatThrownBy(() -> area1.assess(MAR_31, null, 0L, 90)).hasMessage("peer review findings: is required");
    assertThatThrownBy(() -> area1.assess(null, 5L, 0L, 90)).hasMessage("figures as at: is required");
  }

  @Test
  void theRagComparesTheExactFractionWithTheTarget() {
    assertThat(area1.assess(MAR_31, 100L, 90L, 90)).satisfies(r -> {
      assertThat(r.rag()).isEqualTo(Rag.GREEN);
      assertThat(r.targetMet()).isTrue();
      assertThat(r.recoveryNeeded()).isFalse();
    });
    assertThat(area1.assess(MAR_31, 2001L, 1800L, 90)).satisfies(r -> {
      assertThat(r.ratePercent()).isEqualTo(new BigDecimal("90.0"));
      assertThat(r.rag()).isEqualTo(Rag.AMBER);
      assertThat(r.targetMet()).isFalse();
      assertThat(r.recoveryNeeded()).isTrue();
    });
    assertThat(area1.assess(MAR_31, 100L, 80L, 90).rag()).isEqualTo(Rag.AMBER);
    assertThat(area1.assess(MAR_31, 1000L, 799L, 90).rag()).isEqualTo(Rag.RED);
    assertThat(area1.assess(MAR_31, 3L, 2L, 100).ratePercent()).isEqualTo(new BigDecimal("66.7"));
  }

  @Test
  void area3RatesArrivalsDebriefedAndShowsReportsPerDebrief() {
    var result = area3.assess(JAN_1, MAR_31, 60L, 45L, 30L, 80);

    assertThat(result.evidenceTitle()).isEqualTo("Area 3 debriefs 1 Jan - 31 Mar 2026: 45 of 60 arrivals debriefed (75.0%, AMBER)");
    assertThat(result.summary()).isEqualTo(
        "1 Jan - 31 Mar 2026: 45 of 60 (75.0%) arrivals debriefed; 30 intelligence reports (0.67 per debrief); target 80%.");
    assertThat(result.historyEntry()).containsEntry("periodStart", "2026-01-01").containsEntry("periodEnd", "2026-03-31")
        .containsEntry("intelligenceReports", 30L).containsEntry("rag", "AMBER");
    assertThat(area3.assess(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28), 10L, 0L, 0L, 80))
        .satisfies(r -> {
          assertThat(r.evidenceTitle()).startsWith("Area 3 debriefs 1 Dec 2025 - 28 Feb 2026: 0 of 10");
          assertThat(r.summary()).contains("0 intelligence reports (none per debrief, as there were no debriefs)");
          assertThat(r.rag()).isEqualTo(Rag.RED);
        });
    assertThat(area3.assess(MAR_31, MAR_31, 1L, 1L, 3L, 80).summary()).startsWith("31 Mar - 31 Mar 2026: 1 of 1");
  }

  @Test
  void area3RefusesMoreDebriefsThanArrivalsNoArrivalsAndAPeriodEndingBeforeItStarts() {
    assertThatThrownBy(() -> area3.assess(JAN_1, MAR_31, 60L, 61L, 0L, 80))
        .hasMessage("debriefs completed: 61 is more than the 60 migrants arrived");
    assertThatThrownBy(() -> area3.assess(JAN_1, MAR_31, 0L, 0L, 0L, 80))
        .hasMessage("migrants arrived: must be at least 1; with no arrivals there is nothing to debrief; widen the period");
    assertThatThrownBy(() -> area3.assess(MAR_31, JAN_1, 60L, 45L, 0L, 80))
        .hasMessage("figures period end: 1 Jan 2026 is before the start, 31 Mar 2026");
    assertThatThrownBy(() -> area3.assess(JAN_1, null, 60L, 45L, 0L, 80)).hasMessage("figures period end: is required");
  }

  @Test
  void area4RatesApmisTrainingAndNamesTheImprovementPlanItem() {
    var result = area4.assess(MAR_31, 40L, 40L, " CIP-12 ", 100);

    assertThat(result.rag()).isEqualTo(Rag.GREEN);
    assertThat(result.targetMet()).isTrue();
    assertThat(result.recoveryNeeded()).isFalse();
    assertThat(result.summary()).isEqualTo("As at 31 Mar 2026: 40 of 40 (100.0%) staff trained in APMIS; "
        + "tracked in the continuous improvement plan as CIP-12; target 100%.");
    assertThat(result.evidenceTitle()).isEqualTo("Area 4 APMIS training as at 31 Mar 2026: 40 of 40 staff trained (100.0%, GREEN)");
    assertThatThrownBy(() -> area4.assess(MAR_31, 40L, 41L, "CIP-12", 100))
        .hasMessage("APMIS staff trained: 41 is more than the 40 staff to train");
    assertThatThrownBy(() -> area4.assess(MAR_31, 0L, 0L, "CIP-12", 100))
        .hasMessageStartingWith("APMIS staff to train: must be at least 1");
    assertThatThrownBy(() -> area4.assess(MAR_31, 4L, 1L, " ", 100)).hasMessageStartingWith("improvement plan reference:");
  }

  @Test
  void area5CountsTheLowerOfTheTwoAccessRates() {
    var result = area5.assess(MAR_31, "Border Force officers at Southampton", 10L, 9L, 20L, 10L, 100);

    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("50.0"));
    assertThat(result.rag()).isEqualTo(Rag.RED);
    assertThat(result.summary()).isEqualTo("As at 31 Mar 2026, Border Force officers at Southampton: PND access 9 of 10 (90.0%), "
        + "facial recognition access 10 of 20 (50.0%); the lower, facial recognition access, counts; target 100%.");
    assertThat(result.evidenceTitle()).isEqualTo(
        "Area 5 systems access as at 31 Mar 2026: facial recognition access 10 of 20 granted (50.0%, RED)");
    assertThat(result.historyEntry()).containsEntry("lowerAccess", "facial recognition access");

    var pndLower = area5.assess(MAR_31, "Port officers", 10L, 9L, 10L, 10L, 90);
    assertThat(pndLower.ratePercent()).isEqualTo(new BigDecimal("90.0"));
    assertThat(pndLower.rag()).isEqualTo(Rag.GREEN);
    assertThat(pndLower.evidenceTitle()).contains("PND access 9 of 10 granted");
  }

  @Test
  void area5RefusesMoreGrantedThanNeededNamingWhichAndNobodyNeedingAccess() {
    assertThatThrownBy(() -> area5.assess(MAR_31, "Port officers", 10L, 11L, 10L, 10L, 100))
        .hasMessage("PND access granted: 11 is more than the 10 needing it");
    assertThatThrownBy(() -> area5.assess(MAR_31, "Port officers", 10L, 10L, 10L, 12L, 100))
        .hasMessage("facial recognition access granted: 12 is more than the 10 needing it");
    assertThatThrownBy(() -> area5.assess(MAR_31, "Port officers", 0L, 0L, 10L, 10L, 100))
        .hasMessageStartingWith("PND access needed: must be at least 1");
    assertThatThrownBy(() -> area5.assess(MAR_31, "Port officers", 10L, 10L, 0L, 0L, 100))
        .hasMessageStartingWith("facial recognition access needed: must be at least 1");
  }

  @Test
  void area9RatesVictimsSafeguardedAndShowsTheRolesAgreed() {
    var result = area9.assess(JAN_1, MAR_31, 20L, 18L, 6L, 4L, 100);

    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("90.0"));
    assertThat(result.rag()).isEqualTo(Rag.AMBER);
    assertThat(result.summary()).isEqualTo("1 Jan - 31 Mar 2026: 18 of 20 (90.0%) victims safeguarded; "
        + "roles agreed in writing with 4 of 6 (66.7%) agencies involved; target 100%.");
    assertThat(result.evidenceTitle()).isEqualTo("Area 9 safeguarding 1 Jan - 31 Mar 2026: 18 of 20 victims safeguarded (90.0%, AMBER)");
    assertThat(area9.assess(JAN_1, MAR_31, 2L, 2L, 0L, 0L, 100).summary()).contains("; no agencies involved;");
  }

  @Test
  void area9RefusesFiguresThatDoNotHangTogether() {
    assertThatThrownBy(() -> area9.assess(JAN_1, MAR_31, 20L, 21L, 6L, 4L, 100))
        .hasMessage("victims safeguarded: 21 is more than the 20 victims identified");
    assertThatThrownBy(() -> area9.assess(JAN_1, MAR_31, 20L, 18L, 6L, 7L, 100))
        .hasMessage("agencies with roles agreed: 7 is more than the 6 agencies involved");
    assertThatThrownBy(() -> area9.assess(JAN_1, MAR_31, 0L, 0L, 6L, 4L, 100))
        .hasMessageStartingWith("victims identified: must be at least 1").hasMessageEndingWith("widen the period");
    assertThatThrownBy(() -> area9.assess(MAR_31, JAN_1, 20L, 18L, 6L, 4L, 100))
        .hasMessageStartingWith("figures period end:");
  }
}
