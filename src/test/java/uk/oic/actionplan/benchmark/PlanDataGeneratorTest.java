package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.oic.actionplan.plan.PlanDefinition;
import uk.oic.actionplan.plan.PlanReader;

/** The benchmark's plan files are plans the application reads: one per force, all with the same groups. */
class PlanDataGeneratorTest {

  private final PlanReader reader = new PlanReader(Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void writesOneValidPlanPerForceWithTheShippedPlansGroups(@TempDir Path directory) throws IOException {
    var location = PlanDataGenerator.writePlans(directory, 45, LocalDate.of(2016, 12, 2));

    assertThat(location).isEqualTo("file:" + directory.toAbsolutePath() + "/*.yaml");
    var plans = new ArrayList<PlanDefinition>();
    try (var files = Files.list(directory)) {
      for (var file : files.sorted().toList()) {
        try (var in = Files.newInputStream(file)) {
          plans.add(reader.read(file.getFileName().toString(), in));
        }
      }
    }
    assertThat(plans).hasSize(45);
    assertThat(plans).extracting(PlanDefinition::id).doesNotHaveDuplicates()
        .contains("oic-avon-and-somerset", "oic-wiltshire", "oic-avon-and-somerset-2", "oic-bedfordshire-2");
    var avon = plans.stream().filter(p -> p.id().equals("oic-avon-and-somerset")).findFirst().orElseThrow();
    assertThat(avon.force()).isEqualTo("Avon and Somerset Police");
    assertThat(avon.title()).isEqualTo("Organised immigration crime action plan (Avon and Somerset)");
    assertThat(avon.startDate()).isEqualTo(LocalDate.of(2016, 12, 2));
    assertThat(avon.recommendations()).hasSize(4);
    assertThat(avon.areas()).hasSize(9);
    assertThat(plans).extracting(PlanDefinition::groups).containsOnly(avon.groups());
    assertThat(avon.groups()).contains("pcc", "opcc-staff");
  }

  @Test
  void keepsTheShippedStartDateWhenGivenNone(@TempDir Path directory) throws IOException {
    PlanDataGenerator.writePlans(directory, 1, null);

    try (var in = Files.newInputStream(directory.resolve("oic-avon-and-somerset.yaml"))) {
      assertThat(reader.read("oic-avon-and-somerset.yaml", in).startDate()).isEqualTo(LocalDate.of(2025, 9, 1));
    }
  }

  @Test
  void percentilesAreNearestRank() {
    var sorted = List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L);

    assertThat(Bench.percentile(sorted, 50)).isEqualTo(50);
    assertThat(Bench.percentile(sorted, 95)).isEqualTo(100);
    assertThat(Bench.percentile(List.of(7L), 95)).isEqualTo(7);
  }
}
