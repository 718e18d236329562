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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The forms of areas 2, 4, 7 and 8 show the context a person needs and check what they enter. */
class AreaFormsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CONTEXT = List.of("planTitle", "areaName", "recommendationLabel", "areaDeadlineText",
      "deliveryTargetDateText", "lastRag", "lastProgressPercent", "lastNarrative", "lastReviewComment", "signOffReason");

  static Stream<Path> forms() throws IOException {
    return Files.list(PROCESSES)
        .filter(p -> p.getFileName().toString().matches("oic-area-[2478]-.*\\.form"))
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
