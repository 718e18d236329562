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
