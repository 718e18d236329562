package uk.oic.actionplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class PlanReaderTest {

  private static final String FILE = "plans/hiow-oic-2025.yaml";

  private final PlanReader reader = new PlanReader(Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void readsTheHampshireAndIsleOfWightPlan() throws IOException {
    var plan = read(defaultPlan());

    assertThat(plan.id()).isEqualTo("hiow-oic-2025");
    assertThat(plan.recommendations()).extracting(PlanDefinition.Recommendation::label)
        .containsExactly("Rec 2", "Rec 4", "Rec 8", "Rec 9");
    assertThat(plan.recommendation("rec-4").orElseThrow().deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(plan.areas()).hasSize(9);
    assertThat(plan.areas()).extracting(PlanDefinition.Area::ownerGroup)
        .containsExactly("area-1-owners", "area-2-owners", "area-3-owners", "area-4-owners", "area-5-owners",
            "area-6-owners", "area-7-owners", "area-8-owners", "area-9-owners");
    var hydra = plan.area(7).orElseThrow();
    assertThat(plan.deadlineOf(hydra)).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(hydra.target().percent()).isEqualTo(90);
    assertThat(plan.area(8).orElseThrow().target().modules()).hasSize(4);
    assertThat(plan.areasFor("rec-2")).extracting(PlanDefinition.Area::number).containsExactly(2);
    assertThat(plan.escalation().chain()).containsExactly("owner", "oic-strategic-lead", "chief-officers", "opcc-staff");
    assertThat(plan.groups()).contains("area-9-owners", "oic-strategic-lead", "chief-officers", "opcc-staff", "pcc")
        .doesNotContain("owner");
  }

  @Test
  void theDefaultPlanSaysWhoSetWhatAndThatItsAreasAreADraft() throws IOException {
    var plan = read(defaultPlan());

    assertThat(plan.draft()).isTrue();
    assertThat(plan.areasNote()).contains("illustrative draft derived from the inspection's themes",
        "for the force to replace with its own");
    assertThat(plan.recommendations()).extracting(PlanDefinition.Recommendation::source).containsOnly(Origin.INSPECTION);
    assertThat(plan.areas()).extracting(PlanDefinition.Area::setBy).containsOnly(Origin.FORCE);
    assertThat(plan.cadence().setBy()).isEqualTo(Origin.FORCE);
    assertThat(plan.escalation().setBy()).isEqualTo(Origin.FORCE);
    // every area's own work has a target set by the force
    assertThat(plan.areas()).allSatisfy(a -> assertThat(a.target().setBy()).isEqualTo(Origin.FORCE));
    assertThat(plan.areas()).extracting(a -> a.target().measure() + " " + a.target().percent())
        .containsExactly("findings-completed 100", "compliance 100", "debrief-rate 80", "apmis-trained 90",
            "systems-access 100", "disruptions-trend null", "completion 90", "completion 90", "victims-safeguarded 100");
    assertThat(plan.area(6).orElseThrow().target().trend()).isTrue();
    assertThat(plan.area(6).orElseThrow().target().summary()).isEqualTo("an increase period on period (disruptions-trend)");
    assertThat(plan.area(8).orElseThrow().target().modulesNote()).contains("the inspection does not name the four modules");
    // an area that delivers a recommendation has the inspection's deadline; the others the force's own date
    assertThat(plan.area(7).orElseThrow().deadlineSetBy()).isEqualTo(Origin.INSPECTION);
    assertThat(plan.area(1).orElseThrow().deadlineSetBy()).isEqualTo(Origin.FORCE);
  }

  @Test
  void theTestPlanOfAnotherForceSaysWhoSetWhatToo() throws IOException {
    var yaml = new ClassPathResource("other-plans/other-oic-2026.yaml").getContentAsString(StandardCharsets.UTF_8);
    var plan = read(yaml);

    assertThat(plan.id()).isEqualTo("other-oic-2026");
    assertThat(plan.draft()).isTrue();
    assertThat(plan.areas()).allSatisfy(a -> assertThat(a.target()).isNotNull());
  }

  @Test
  void aRecommendationMustComeFromTheInspection() throws IOException {
    var yaml = defaultPlan().replaceFirst("    source: inspection\n", "    source: force\n");
    assertProblem(yaml, "recommendations[0].source: must be 'inspection'");
  }

  @Test
  void aRecommendationWithoutSourceIsRefused() throws IOException {
    var yaml = defaultPlan().replaceFirst("    source: inspection\n", "");
    assertProblem(yaml, "recommendations[0].source: is required: inspection");
  }

  @Test
  void anUnknownSourceIsNamedWithTheKnownValues() throws IOException {
    var yaml = defaultPlan().replaceFirst("    source: inspection\n", "    source: pcc\n");
    assertProblem(yaml, "recommendations[0].source: unknown value 'pcc' (known values: inspection, force)");
  }

  @Test
  void anAreaIsSetByTheForceNotTheInspection() throws IOException {
    var yaml = defaultPlan().replaceFirst("  - number: 1\n    setBy: force\n", "  - number: 1\n    setBy: inspection\n");
    assertProblem(yaml, "areas[0].setBy: must be 'force'");
  }

  @Test
  void anAreaWithoutSetByIsRefused() throws IOException {
    var yaml = defaultPlan().replaceFirst("  - number: 1\n    setBy: force\n", "  - number: 1\n");
    assertProblem(yaml, "areas[0].setBy: is required: force");
  }

  @Test
  void aTargetIsSetByTheForce() throws IOException {
    var yaml = defaultPlan().replaceFirst("      setBy: force\n      measure: findings-completed",
        "      setBy: inspection\n      measure: findings-completed");
    assertProblem(yaml, "areas[0].target.setBy: must be 'force'");
  }

  @Test
  void anUnknownMeasureIsNamedWithTheKnownOnes() throws IOException {
    var yaml = defaultPlan().replace("measure: findings-completed", "measure: findings");
    assertProblem(yaml, "areas[0].target.measure: unknown measure 'findings' (known measures: apmis-trained, completion,");
  }

  @Test
  void aPercentMeasureNeedsItsPercent() throws IOException {
    var yaml = defaultPlan().replace("      measure: debrief-rate\n      percent: 80\n", "      measure: debrief-rate\n");
    assertProblem(yaml, "areas[2].target.percent: is required for 'debrief-rate' (1 to 100)");
  }

  @Test
  void aTrendTakesNoPercent() throws IOException {
    var yaml = defaultPlan().replace("      measure: disruptions-trend\n", "      measure: disruptions-trend\n      percent: 10\n");
    assertProblem(yaml, "areas[5].target.percent: 'disruptions-trend' is a trend (an increase period on period) and takes no percent");
  }

  @Test
  void aTargetOfZeroIsRefused() throws IOException {
    var yaml = defaultPlan().replace("percent: 80", "percent: 0");
    assertProblem(yaml, "areas[2].target.percent: must be greater than or equal to 1");
  }

  @Test
  void aModulesNoteNeedsModules() throws IOException {
    var yaml = defaultPlan().replace("      description: arrivals debriefed\n",
        "      description: arrivals debriefed\n      modulesNote: no modules here\n");
    assertProblem(yaml, "areas[2].target.modulesNote: only for a target with modules");
  }

  @Test
  void aDraftNeedsItsNote() throws IOException {
    var yaml = defaultPlan().replaceFirst("areasNote: >-\n(  .*\n)+", "");
    assertProblem(yaml, "areasNote: a plan whose areas are a draft needs a note saying so");
  }

  @Test
  void whetherTheAreasAreADraftMustBeSaid() throws IOException {
    var yaml = defaultPlan().replace("areasDraft: true\n", "");
    assertProblem(yaml, "areasDraft: is required: true while the areas are a draft");
  }

  @Test
  void theForcesOwnAreasNeedNoNote() throws IOException {
    var yaml = defaultPlan().replace("areasDraft: true\n", "areasDraft: false\n").replaceFirst("areasNote: >-\n(  .*\n)+", "");
    assertThat(read(yaml).draft()).isFalse();
  }

  @Test
  void aMissingFieldIsNamed() throws IOException {
    var yaml = defaultPlan().replace("    ownerGroup: area-3-owners\n", "");
    assertProblem(yaml, "areas[2].ownerGroup: must not be blank");
  }

  @Test
  void anUnknownFieldIsNamed() throws IOException {
    var yaml = defaultPlan().replace("    ownerGroup: area-3-owners\n", "    ownerGorup: area-3-owners\n");
    assertProblem(yaml, "areas[2].ownerGorup: unknown field");
  }

  @Test
  void aBadDateIsNamed() throws IOException {
    var yaml = defaultPlan().replace("deadline: 2025-12-31", "deadline: 31/12/2025");
    assertProblem(yaml, "recommendations[1].deadline: must be a date written yyyy-mm-dd");
  }

  @Test
  void aRecommendationThatDoesNotExistIsNamed() throws IOException {
    var yaml = defaultPlan().replace("recommendation: rec-8", "recommendation: rec-7");
    assertProblem(yaml, "areas[6].recommendation: 'rec-7' is not a recommendation of this plan");
  }

  @Test
  void anAreaWithoutRecommendationOrDateIsRefused() throws IOException {
    var yaml = defaultPlan().replaceFirst("    targetDate: 2026-04-30\n", "");
    assertProblem(yaml, "areas[0].targetDate: an area that delivers no recommendation needs a target date");
  }

  @Test
  void aTargetOutsideZeroToHundredIsRefused() throws IOException {
    var yaml = defaultPlan().replace("percent: 90", "percent: 190");
    assertProblem(yaml, "areas[6].target.percent: must be less than or equal to 100");
  }

  @Test
  void anEscalationChainMustStartWithTheOwner() throws IOException {
    var yaml = defaultPlan().replace("    - owner\n", "");
    assertProblem(yaml, "escalation.chain[0]: must be 'owner'");
  }

  @Test
  void theRecommendationsCarryWhatThePccAsked() throws IOException {
    var plan = read(defaultPlan());
    assertThat(plan.recommendations()).extracting(r -> r.pccAsks().size()).containsExactly(3, 3, 1, 1);
    assertThat(plan.recommendation("rec-2").orElseThrow().pccAsks()).contains(
        "Compliance is monitored through routine audits and supervisory oversight.");
    assertThat(plan.recommendation("rec-4").orElseThrow().pccAsks()).contains(
        "The force strengthens its role in the national intelligence picture.");
    assertThat(plan.recommendation("rec-9").orElseThrow().pccAsks()).containsExactly(
        "All relevant police personnel complete the four-module e-learning package on organised immigration crime.");
    // optional
    var withoutAsks = defaultPlan().replaceAll("    pccAsks:\n(      - .*\n)+", "");
    assertThat(read(withoutAsks).recommendations()).allSatisfy(r -> assertThat(r.pccAsks()).isEmpty());
  }

  @Test
  void atMostFivePccAsksOfAtMost200Characters() throws IOException {
    var six = defaultPlan().replace("    pccAsks:\n      - The recommendation is delivered in full.\n",
        "    pccAsks:\n" + "      - Ask.\n".repeat(4) + "      - The recommendation is delivered in full.\n");
    assertProblem(six, "recommendations[1].pccAsks: has at most 5 asks");
    var tooLong = defaultPlan().replace("      - The recommendation is delivered in full.\n", "      - " + "x".repeat(201) + "\n");
    assertProblem(tooLong, "recommendations[1].pccAsks[0]: size must be between 0 and 200");
    var blank = defaultPlan().replace("      - The recommendation is delivered in full.\n", "      - ' '\n");
    assertProblem(blank, "recommendations[1].pccAsks[0]: must not be blank");
  }

  @Test
  void brokenYamlIsReported() {
    assertThatThrownBy(() -> read("id: [unclosed"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining(FILE);
  }

  @Test
  void anEmptyFileIsReported() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining(FILE);
  }

  @Test
  void theReportsPublicationDateSetsThePccResponsesDueDate() throws IOException {
    var plan = read(defaultPlan());
    assertThat(plan.reportPublishedOn()).isEqualTo(LocalDate.of(2025, 5, 22));
    assertThat(plan.pccResponseDueOn()).contains(LocalDate.of(2025, 7, 17));
  }

  @Test
  void withoutTheReportsPublicationDateNoResponseIsDue() throws IOException {
    var plan = read(defaultPlan().replaceFirst("reportPublishedOn: 2025-05-22\n", ""));
    assertThat(plan.reportPublishedOn()).isNull();
    assertThat(plan.pccResponseDueOn()).isEmpty();
  }

  @Test
  void theReportIsPublishedBeforeItsDeadlines() throws IOException {
    var yaml = defaultPlan().replaceFirst("reportPublishedOn: 2025-05-22", "reportPublishedOn: 2026-01-15");
    assertProblem(yaml, "reportPublishedOn: 2026-01-15 is not before the recommendation deadline 2025-12-31");
  }

  @Test
  void aBadPublicationDateIsNamed() throws IOException {
    assertProblem(defaultPlan().replaceFirst("reportPublishedOn: 2025-05-22", "reportPublishedOn: 2025-02-30"),
        "reportPublishedOn:");
  }

  private void assertProblem(String yaml, String problem) {
    assertProblemIn(yaml, problem);
  }

  private void assertProblemIn(String yaml, String problem) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> {
          assertThat(e.file()).isEqualTo(FILE);
          assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(problem));
        })
        .hasMessageStartingWith("Plan file " + FILE + " is invalid");
  }

  private PlanDefinition read(String yaml) {
    return reader.read(FILE, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String defaultPlan() throws IOException {
    return new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
  }
}
