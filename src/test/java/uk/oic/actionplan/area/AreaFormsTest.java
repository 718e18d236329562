package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms of areas 2, 4, 7 and 8, every area's figures form and the shared recovery form show the
 * context a person needs and check what they enter.
 */
class AreaFormsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CONTEXT = List.of("planTitle", "areaName", "recommendationLabel", "areaDeadlineText",
      "deliveryTargetDateText", "lastRag", "lastProgressPercent", "lastNarrative", "lastReviewComment", "signOffReason");

  static Stream<Path> forms() throws IOException {
    return Files.list(PROCESSES)
        .filter(p -> p.getFileName().toString().matches("oic-area-([2478]-.*|[0-9]-figures|recovery-action)\\.form"))
        .sorted();
  }

  static Stream<Path> models() {
    return Stream.of(2, 4, 7, 8).map(n -> PROCESSES.resolve("oic-area-" + n + "-work.bpmn"));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void eachFormShowsTheAreaContextAndValidatesEveryEntry(Path file) throws IOException {
    var form = JSON.readTree(file.toFile());
    assertThat(form.get("id").asText()).isEqualTo(file.getFileName().toString().replace(".form", ""));
    var fields = new ArrayList<JsonNode>();
    form.get("components").forEach(fields::add);

    var keys = fields.stream().filter(f -> f.has("key")).map(f -> f.get("key").asText()).toList();
    assertThat(keys).as("one field per variable").doesNotHaveDuplicates();

    var shown = fields.stream().filter(f -> f.path("disabled").asBoolean()).map(f -> f.get("key").asText()).toList();
    assertThat(shown).containsAll(CONTEXT);

    var entered = fields.stream().filter(f -> f.has("key") && !f.path("disabled").asBoolean()).toList();
    assertThat(entered).as("%s asks for something", file).isNotEmpty();
    for (var field : entered) {
      var type = field.get("type").asText();
      var validate = field.path("validate");
      if (!type.equals("checkbox")) {
        assertThat(validate.path("required").asBoolean()).as("%s is required", field.get("key")).isTrue();
      }
      if (type.equals("number")) {
        assertThat(validate.path("min").asInt(-1)).as("%s is not negative", field.get("key")).isZero();
        assertThat(field.path("decimalDigits").asInt(-1)).as("%s is whole", field.get("key")).isZero();
      }
    }
  }

  static Stream<String> figuresForms() {
    return Stream.of("oic-area-1-figures", "oic-area-2-compliance-audit", "oic-area-3-figures", "oic-area-4-figures",
        "oic-area-5-figures", "oic-area-6-figures", "oic-area-7-hydra-figures", "oic-area-9-figures");
  }

  @ParameterizedTest
  @MethodSource("figuresForms")
  void eachFiguresFormShowsWhyFiguresWereRefusedAndTheLastAcceptedOnes(String id) throws IOException {
    var fields = new ArrayList<JsonNode>();
    JSON.readTree(PROCESSES.resolve(id + ".form").toFile()).get("components").forEach(fields::add);

    var shown = fields.stream().filter(f -> f.path("disabled").asBoolean()).map(f -> f.get("key").asText()).toList();
    assertThat(shown).contains(AreaFiguresVariables.FIGURES_REFUSED_MESSAGE, AreaFiguresVariables.FIGURES_SUMMARY);
    for (var field : fields) {
      var key = field.path("key").asText();
      if (field.path("disabled").asBoolean() || key.isEmpty()) {
        continue;
      }
      if (key.startsWith("figuresPeriod") || key.equals("figuresAsAt") && !id.matches("oic-area-[27]-.*")) {
        assertThat(field.get("type").asText()).as(key).isEqualTo("datetime");
        assertThat(field.get("subtype").asText()).as(key).isEqualTo("date");
      }
      var type = field.get("type").asText();
      if (type.equals("textfield") || type.equals("textarea")) {
        assertThat(field.path("validate").path("maxLength").asInt()).as(key)
            .isEqualTo(type.equals("textfield") ? 200 : 1500);
      }
    }
  }

  @Test
  void theSharedRecoveryFormAsksForTheActionAndWhoOverseesIt() throws IOException {
    var form = JSON.readTree(PROCESSES.resolve("oic-area-recovery-action.form").toFile());
    var byKey = new java.util.HashMap<String, JsonNode>();
    form.get("components").forEach(f -> byKey.put(f.path("key").asText(), f));

    assertThat(byKey.get("figuresSummary").path("disabled").asBoolean()).isTrue();
    assertThat(byKey.get("figuresRag").path("disabled").asBoolean()).isTrue();
    assertThat(byKey.get("recoveryAction").get("type").asText()).isEqualTo("textarea");
    assertThat(byKey.get("recoveryAction").get("validate").get("minLength").asInt()).isEqualTo(20);
    assertThat(byKey.get("recoveryOversight").get("type").asText()).isEqualTo("textfield");
    assertThat(byKey.get("recoveryOversight").get("validate").get("required").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFormAModelRefersToExists(Path model) throws IOException {
    var refs = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(Files.readString(model)).results()
        .map(m -> m.group(1)).toList();
    assertThat(refs).isNotEmpty();
    for (var ref : refs) {
      assertThat(PROCESSES.resolve(ref + ".form")).exists();
    }
  }
}
