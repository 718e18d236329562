package uk.oic.actionplan.readmodel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.oic.actionplan.ActionPlanApplication;

/** The read model is built from the engine's full history: a lower history level stops start-up. */
class HistoryLevelCheckTest {

  @Test
  void fullIsAccepted() {
    assertThatCode(() -> ReadModelProjector.requireFullHistory(HistoryLevel.HISTORY_LEVEL_FULL))
        .doesNotThrowAnyException();
  }

  @Test
  void everyLowerLevelIsRefusedWithTheSettingToChange() {
    for (var level : new HistoryLevel[] {HistoryLevel.HISTORY_LEVEL_NONE, HistoryLevel.HISTORY_LEVEL_ACTIVITY,
        HistoryLevel.HISTORY_LEVEL_AUDIT}) {
      assertThatThrownBy(() -> ReadModelProjector.requireFullHistory(level))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("history level is " + level.getName())
          .hasMessageContaining("camunda.bpm.history-level: full");
    }
  }

  @Test
  void autoIsRefusedBeforeTheEngineWritesALevelIntoANewDatabase() {
    assertThatThrownBy(() -> ReadModelProjector.refuseAutomaticHistory("auto"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("history level is auto")
        .hasMessageContaining("camunda.bpm.history-level: full");
    assertThatCode(() -> ReadModelProjector.refuseAutomaticHistory("full")).doesNotThrowAnyException();
  }

  @Test
  void theApplicationRefusesToStartWithALowerLevel() {
    var application = new SpringApplicationBuilder(ActionPlanApplication.class).profiles("demo");
    assertThatThrownBy(() -> application.run("--camunda.bpm.history-level=audit", "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:history-audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--oic.evidence.key-file=target/history-level-check/evidence.key",
            "--oic.evidence.witness-file=target/history-level-check/witness.log"))
        .hasStackTraceContaining("history level is audit")
        .hasStackTraceContaining("camunda.bpm.history-level: full");
  }

  @Test
  void anUnknownLevelIsRefused() {
    assertThatThrownBy(() -> ReadModelProjector.requireFullHistory(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("history level is unknown");
  }
}
