package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaSnapshotTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void summarisesEachAreaOnItsOwnLine() {
    var areas = List.of(
        new AreaSnapshot(7, "Hydra training", AreaSnapshot.State.RUNNING, "IN_PROGRESS", "RED", 35,
            Date.from(Instant.parse("2026-04-30T23:30:00Z"))),
        new AreaSnapshot(8, "OIC e-learning", AreaSnapshot.State.FINISHED, null, null, null, null));
    assertThat(AreaSnapshot.summarise(areas, LONDON)).isEqualTo(
        "Area 7 (Hydra training): in progress, RAG RED, 35% done, last update 1 May 2026.\n"
            + "Area 8 (OIC e-learning): finished, no accepted progress update yet.");
  }

  @Test
  void anAreaReportedAlreadyAchievedSaysTheSignOffIsAwaited() {
    var areas = List.of(new AreaSnapshot(7, "Hydra training", AreaSnapshot.State.RUNNING, "ALREADY_ACHIEVED", null, null, null));
    assertThat(AreaSnapshot.summarise(areas, LONDON)).isEqualTo(
        "Area 7 (Hydra training): reported already achieved, awaiting the strategic lead's sign-off, "
            + "no accepted progress update yet.");
  }

  @Test
  void saysSoWhenNoAreaDeliversTheRecommendation() {
    assertThat(AreaSnapshot.summarise(List.of(), LONDON)).isEqualTo("No action area delivers this recommendation directly.");
  }
}
