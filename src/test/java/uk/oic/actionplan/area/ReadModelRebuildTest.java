package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.oic.actionplan.readmodel.ReadModel;
import uk.oic.actionplan.readmodel.ReadModelRebuild;

/**
 * The read model kept live by the engine's steps equals the one rebuilt from the engine's history,
 * after real area journeys (frame, own work, progress updates, figures, a wait, a sign-off, open
 * tasks); and a refused step leaves nothing in it. Its own Spring context: its own database, so
 * nothing another test class did is in either model.
 */
@SpringBootTest(properties = "oic.test.database=read-model-rebuild")
class ReadModelRebuildTest extends AreaJourneySupport {

  static final List<String> TABLES = List.of("oic_rm_instance", "oic_plan_state", "oic_area_state",
      "oic_area_submission", "oic_area_update", "oic_area_figures", "oic_area_sign_off", "oic_open_task");

  @Autowired ReadModel readModel;
  @Autowired ReadModelRebuild rebuild;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theModelRebuiltFromTheEnginesHistoryEqualsTheLiveOne() {
    var waiting = vars("waitingOnOutsideBody", true, "waitingOn", "National MSOIC teams",
        "waitingFor", "The intelligence document form", "waitingSince", "2025-12-01", "waitingChasedOn", "2026-01-09");

    startArea(8);
    agreePlan(8, LocalDate.of(2026, 3, 31));
    asOwner(8, "Task_MandateElearning", vars("mandatedBy", "Chief Officer Group", "mandatedFrom", "2026-02-01",
        "mandateReference", "COG-2026-01-12"));
    later(1);
    asOwner(8, "Task_RecordElearningCompletion", vars("figuresAsAt", "2026-01-12", "relevantPersonnel", 400L,
        "module1Completed", 396L, "module2Completed", 390L, "module3Completed", 250L, "module4Completed", 370L));
    asOwner(8, "Task_AgreeElearningRecoveryAction", vars("recoveryAction", "Protected learning time for module 3"));
    later(2);
    acceptUpdate(8, "AMBER", 60, false, waiting);
    later(3);
    asOwner(8, "Task_RecordElearningCompletion", vars("figuresAsAt", "2026-01-14", "relevantPersonnel", 400L,
        "module1Completed", 399L, "module2Completed", 395L, "module3Completed", 362L, "module4Completed", 380L));
    later(4);
    acceptUpdate(8, "GREEN", 100, true, vars("blockers", "None left", "evidenceReference", "LMS report 14/01",
        "waitingOnOutsideBody", false));
    later(5);
    signOff(8, true, "Delivered and evidenced");

    startArea(2);
    agreePlan(2, LocalDate.of(2026, 4, 30));
    later(6);
    waiting.put("blockers", "The national form is not out yet");
    acceptUpdate(2, "RED", 10, false, waiting);

    // what the live model holds, as the steps left it
    var areas = readModel.areas(PLAN_ID);
    assertThat(areas.get(8).status()).isEqualTo("SIGNED_OFF");
    assertThat(areas.get(8).rag()).isEqualTo("GREEN");
    assertThat(areas.get(8).progressPercent()).isEqualTo(100);
    assertThat(areas.get(8).waitingOn()).isNull();
    assertThat(areas.get(8).moduleRates().get(2)).isNotNull();
    assertThat(areas.get(2).status()).isEqualTo("IN_PROGRESS");
    assertThat(areas.get(2).waitingOn()).isEqualTo("National MSOIC teams");
    assertThat(areas.get(2).waitingSince()).isEqualTo("2025-12-01");
    var updates = readModel.updates(PLAN_ID);
    assertThat(updates).extracting(ReadModel.AcceptedUpdate::areaNumber, ReadModel.AcceptedUpdate::rag)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8, "AMBER"), org.assertj.core.groups.Tuple.tuple(8, "GREEN"),
            org.assertj.core.groups.Tuple.tuple(2, "RED"));
    assertThat(updates.get(1).blockers()).isEqualTo("None left");
    assertThat(updates.get(1).evidenceReference()).isEqualTo("LMS report 14/01");
    assertThat(updates.get(1).calledInstanceId()).isNotNull();
    assertThat(readModel.figures(PLAN_ID)).extracting(ReadModel.FiguresRound::areaNumber, ReadModel.FiguresRound::targetMet)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8, false), org.assertj.core.groups.Tuple.tuple(8, true));
    assertThat(readModel.signOffs(PLAN_ID)).extracting(ReadModel.SignOff::areaNumber, ReadModel.SignOff::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8, "Delivered and evidenced"));
    assertThat(readModel.nextTasks(PLAN_ID)).containsOnlyKeys(2);
    assertThat(readModel.nextTasks(PLAN_ID).get(2).name()).isEqualTo(task(2, "Task_SubmitProgressUpdate").getName());
    // the all-plans reads (the plans API, the overview) give each plan what its own reads give
    assertThat(readModel.areasOfAllPlans()).containsOnlyKeys(PLAN_ID).containsEntry(PLAN_ID, areas);
    assertThat(readModel.nextTasksOfAllPlans()).containsOnlyKeys(PLAN_ID)
        .containsEntry(PLAN_ID, readModel.nextTasks(PLAN_ID));
    assertThat(readModel.plans()).isEmpty(); // the areas here run without an action plan instance
    assertThat(readModel.plan(PLAN_ID)).isEmpty();

    var live = snapshot();
    var report = rebuild.rebuild();
    assertThat(report.updates()).isEqualTo(3);
    assertThat(snapshot()).isEqualTo(live);
  }

  @Test
  void aRefusedStepLeavesNothingInTheReadModel() {
    startArea(3);
    agreePlan(3, LocalDate.of(2026, 3, 31));
    var before = snapshot();
    assertThatThrownBy(() -> asOwner(3, "Task_SubmitProgressUpdate", vars("rag", "PURPLE", "progressPercent", 150L,
        "narrative", "Refused", "readyForSignOff", false, "blockers", "Should not be kept")))
        .isInstanceOf(RuntimeException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  private void later(int days) {
    ClockUtil.setCurrentTime(at(TODAY.plusDays(days), 10));
  }

  /** Every row of every read-model table, without generated ids, in a fixed order. */
  private Map<String, List<Map<String, Object>>> snapshot() {
    var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
    for (var table : TABLES) {
      var rows = jdbc.queryForList("SELECT * FROM " + table).stream().map(row -> {
        var copy = new LinkedHashMap<String, Object>();
        row.forEach((column, value) -> {
          if (!"ID".equalsIgnoreCase(column)) {
            copy.put(column.toLowerCase(java.util.Locale.ROOT), value);
          }
        });
        return (Map<String, Object>) copy;
      }).sorted(java.util.Comparator.comparing(Object::toString)).toList();
      tables.put(table, rows);
    }
    return tables;
  }
}
