package uk.oic.actionplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.PlanOffsets;

/** The deadline schedule's offsets come from the plan's escalation and cadence. */
class PlanCatalogOffsetsTest {

  private final PlanCatalog catalog = mock(PlanCatalog.class);
  private final PlanCatalogOffsets offsets = new PlanCatalogOffsets(catalog);

  @Test
  void theOffsetsAreThePlansEscalationAndCadence() {
    given(catalog.find("hiow-oic-2025")).willReturn(Optional.of(plan()));
    assertThat(offsets.of("hiow-oic-2025")).isEqualTo(new PlanOffsets.Offsets(10, 15, 20));
  }

  @Test
  void anUnknownPlanIsNamed() {
    given(catalog.find("no-such-plan")).willReturn(Optional.empty());
    assertThatThrownBy(() -> offsets.of("no-such-plan"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown plan 'no-such-plan'");
  }

  private static PlanDefinition plan() {
    return new PlanDefinition("hiow-oic-2025", "Plan", "Force", "OPCC", "Inspection", LocalDate.of(2025, 9, 1),
        List.of(new PlanDefinition.Recommendation("rec-4", 4, "Plans", "Text", LocalDate.of(2025, 12, 31))),
        List.of(new PlanDefinition.Area(4, "Intelligence", "area-4-owners", "rec-4", null, "Outcome", null)),
        new PlanDefinition.Roles("oic-strategic-lead", "chief-officers", "opcc-staff", "pcc"),
        new PlanDefinition.Cadence(20, 8),
        new PlanDefinition.Escalation(10, 15, List.of("owner", "oic-strategic-lead", "chief-officers", "opcc-staff")));
  }
}
