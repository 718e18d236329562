package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.dashboard.DashboardController.LevelCount;

/** The dashboard's "Open escalations by level": one row for each level and group, not one per level. */
class EscalationLevelsTableTest {

  @Test
  void eachGroupAtALevelHasItsOwnRow() {
    var open = List.of(
        escalation(1, "area-8-owners", null, false),
        escalation(1, "area-4-owners", null, false),
        escalation(1, "area-8-owners", null, true),
        escalation(2, "area-4-owners", "oic-strategic-lead", false),
        escalation(2, "area-8-owners", "oic-strategic-lead", true));

    assertThat(DashboardController.byLevel(open)).containsExactly(
        new LevelCount(1, "area-4-owners", 1, 0),
        new LevelCount(1, "area-8-owners", 2, 1),
        new LevelCount(2, "oic-strategic-lead", 2, 1));
  }

  private static EscalationRow escalation(int level, String ownerGroup, String levelGroup, boolean flagged) {
    return new EscalationRow(level, "ESCALATION", "Area deadline", "AREA_DEADLINE", ownerGroup, level, levelGroup,
        LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30), 0, flagged, "OPEN", LocalDateTime.of(2026, 5, 1, 9, 0),
        null, List.of());
  }
}
