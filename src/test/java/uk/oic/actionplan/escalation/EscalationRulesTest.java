package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.plan.PlanDefinition;

/** The engine-free rules: the levels of the chain, the e-mail backoff, item keys. */
class EscalationRulesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final PlanDefinition.Escalation ESCALATION =
      new PlanDefinition.Escalation(10, 10, List.of("owner", "oic-strategic-lead", "chief-officers", "opcc-staff"));

  private final PlanDefinition plan = plan();

  private static Date at(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atStartOfDay(LONDON).toInstant());
  }

  @Test
  void theLevelsAreTheOwnerThenTheChainAboveIt() {
    assertThat(EscalationLevels.of(plan, "area-4-owners"))
        .containsExactly("area-4-owners", "oic-strategic-lead", "chief-officers", "opcc-staff");
    // a chief officers' decision never escalates downwards
    assertThat(EscalationLevels.of(plan, "chief-officers")).containsExactly("chief-officers", "opcc-staff");
    assertThat(EscalationLevels.of(plan, "opcc-staff")).containsExactly("opcc-staff", "pcc");
  }

  @Test
  void theOversightBodysOwnItemsClimbWithinTheOversightBodyOnly() {
    // OPCC staff's item goes to the PCC, never to the force's strategic lead or chief officers
    assertThat(EscalationLevels.of(plan, "opcc-staff")).containsExactly("opcc-staff", "pcc")
        .doesNotContain("oic-strategic-lead", "chief-officers");
    // the PCC's own item stays with the PCC
    assertThat(EscalationLevels.of(plan, "pcc")).containsExactly("pcc");
    assertThat(EscalationLevels.oversightOwned(plan, "opcc-staff")).isTrue();
    assertThat(EscalationLevels.oversightOwned(plan, "pcc")).isTrue();
    assertThat(EscalationLevels.oversightOwned(plan, "area-4-owners")).isFalse();
    assertThat(EscalationLevels.oversightOwned(plan, "chief-officers")).isFalse();
  }

  @Test
  void aRevisedDateIsTheChiefOfficersToDecideButThePccsForTheOversightBodysOwnItems() {
    assertThat(EscalationLevels.revisionDecider(plan, "area-4-owners")).isEqualTo("chief-officers");
    assertThat(EscalationLevels.revisionDecider(plan, "oic-strategic-lead")).isEqualTo("chief-officers");
    assertThat(EscalationLevels.revisionDecider(plan, "opcc-staff")).isEqualTo("pcc");
    assertThat(EscalationLevels.revisionDecider(plan, "pcc")).isEqualTo("pcc");
  }

  @Test
  void failedEmailsWaitLongerEachTimeUpToAnHour() {
    var mail = new MailProperties("x@localhost", Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofHours(1), 50, true);
    assertThat(mail.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(mail.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(mail.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(mail.retryAfter(30)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void theItemKeyIsTheSourceInstanceActivityAndDueDate() {
    // due on 30 April 2026: the end of that day in London
    var item = new ItemRef("hiow-oic-2025", "Submit", "PROGRESS_UPDATE", "area-1-owners",
        at(2026, 5, 1), "pi-1", "Task_SubmitProgressUpdate", null);
    assertThat(item.key()).isEqualTo("pi-1/Task_SubmitProgressUpdate/2026-04-30T23:00:00Z");
    assertThatThrownBy(() -> new ItemRef("hiow-oic-2025", " ", "PROGRESS_UPDATE", "g", new Date(), "pi", "a", null))
        .hasMessage("itemName: is required");
  }

  private static PlanDefinition plan() {
    return new PlanDefinition("hiow-oic-2025", "Plan", "Force", "OPCC", "Inspection", LocalDate.of(2025, 9, 1),
        List.of(new PlanDefinition.Recommendation("rec-4", 4, "Plans", "Text", LocalDate.of(2025, 12, 31))),
        List.of(new PlanDefinition.Area(4, "Intelligence", "area-4-owners", "rec-4", null, "Outcome", null)),
        new PlanDefinition.Roles("oic-strategic-lead", "chief-officers", "opcc-staff", "pcc"),
        new PlanDefinition.Cadence(20, 8), ESCALATION);
  }
}
