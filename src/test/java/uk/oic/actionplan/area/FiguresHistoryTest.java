package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiguresHistoryTest {

  private final ObjectMapper json = new ObjectMapper();
  private final FiguresHistory history = new FiguresHistory(json);
  private final Area1Figures area1 = new Area1Figures();

  @Test
  void theHistoryKeepsTheLastTwentyFourSetsOldestFirst() throws Exception {
    String variable = null;
    for (int month = 1; month <= FiguresHistory.SIZE + 3; month++) {
      var figures = area1.assess(LocalDate.of(2024, 1, 1).plusMonths(month), 30L, (long) month, 90);
      variable = history.append(history.read(variable), figures.historyEntry());
    }

    var entries = json.readTree(variable);
    assertThat(entries).hasSize(FiguresHistory.SIZE);
    assertThat(entries.get(0).get("findingsCompleted").asLong()).isEqualTo(4);
    assertThat(entries.get(FiguresHistory.SIZE - 1).get("findingsCompleted").asLong()).isEqualTo(27);
    assertThat(entries.get(FiguresHistory.SIZE - 1).get("asAt").asText()).isEqualTo("2026-04-01");
    assertThat(entries.get(FiguresHistory.SIZE - 1).get("ratePercent").decimalValue()).isEqualByComparingTo("90.0");
    assertThat(entries.get(FiguresHistory.SIZE - 1).get("rag").asText()).isEqualTo("GREEN");
    assertThat(entries.get(FiguresHistory.SIZE - 1).get("targetPercent").asInt()).isEqualTo(90);
  }

  @Test
  void noHistoryYetIsEmptyAndAHistoryThatIsNotAnArrayIsAnError() {
    assertThat(history.read(null)).isEmpty();
    assertThat(history.read(" ")).isEmpty();
    assertThatThrownBy(() -> history.read("{not json")).isInstanceOf(IllegalStateException.class);
  }
}
