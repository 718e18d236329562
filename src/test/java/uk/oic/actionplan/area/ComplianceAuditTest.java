package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.Rag;

class ComplianceAuditTest {

  private final ComplianceAudit audits = new ComplianceAudit();

  @Test
  void fullComplianceMeetsAHundredPercentTarget() {
    var result = audits.assess(" March 2026 ", 40L, 40L, 100);

    assertThat(result.period()).isEqualTo("March 2026");
    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("100.0"));
    assertThat(result.rag()).isEqualTo(Rag.GREEN);
    assertThat(result.targetMet()).isTrue();
  }

  @Test
  void oneMissingDocumentInFortyIsAmberAgainstAHundredPercentTarget() {
    var result = audits.assess("March 2026", 40L, 39L, 100);

    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("97.5"));
    assertThat(result.rag()).isEqualTo(Rag.AMBER);
    assertThat(result.targetMet()).isFalse();
  }

  @Test
  void lowComplianceIsRed() {
    var result = audits.assess("January 2026", 30L, 20L, 100);

    assertThat(result.ratePercent()).isEqualTo(new BigDecimal("66.7"));
    assertThat(result.rag()).isEqualTo(Rag.RED);
  }

  @Test
  void noDocumentsFoundIsAValidAudit() {
    assertThat(audits.assess("January 2026", 12L, 0L, 100).ratePercent()).isEqualTo(new BigDecimal("0.0"));
  }

  @Test
  void figuresThatDoNotHangTogetherAreRefusedWithAMessageNamingTheField() {
    assertThatThrownBy(() -> audits.assess("March 2026", 10L, 11L, 100))
        .isInstanceOf(FiguresRefusedException.class)
        .hasMessage("intelligence documents found: 11 is more than the 10 referrals checked");
    assertThatThrownBy(() -> audits.assess("March 2026", 0L, 0L, 100))
        .hasMessageStartingWith("referrals checked: an audit needs at least one NCCU referral");
    assertThatThrownBy(() -> audits.assess("March 2026", null, 0L, 100))
        .hasMessageStartingWith("referrals checked:");
    assertThatThrownBy(() -> audits.assess("March 2026", 5L, -1L, 100))
        .hasMessage("intelligence documents found: must be 0 or more");
    assertThatThrownBy(() -> audits.assess(" ", 5L, 5L, 100))
        .hasMessageStartingWith("audit period:");
  }

  @Test
  void theHistoryKeepsTheLatestAuditsOldestFirst() {
    var history = new ArrayList<ComplianceAudit.Result>();
    for (int month = 1; month <= ComplianceAudit.HISTORY_SIZE + 2; month++) {
      history = new ArrayList<>(audits.append(history, audits.assess("month " + month, 10L, 9L, 100)));
    }
    assertThat(history).hasSize(ComplianceAudit.HISTORY_SIZE);
    assertThat(history.get(0).period()).isEqualTo("month 3");
    assertThat(history.get(history.size() - 1).period()).isEqualTo("month " + (ComplianceAudit.HISTORY_SIZE + 2));
    assertThat(audits.append(List.of(), audits.assess("one", 1L, 1L, 100))).hasSize(1);
  }
}
