package uk.oic.actionplan.plan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Reads one plan file and checks it completely, so that a bad plan never reaches the engine. */
public class PlanReader {

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private final Validator validator;

  public PlanReader(Validator validator) {
    this.validator = validator;
  }

  /**
   * @param file the name used in error messages, such as {@code plans/hiow-oic-2025.yaml}
   * @throws InvalidPlanException naming the file, each field and its problem
   */
  public PlanDefinition read(String file, InputStream content) {
    PlanDefinition plan;
    try {
      plan = yaml.readValue(content, PlanDefinition.class);
    } catch (JsonMappingException e) {
      throw new InvalidPlanException(file, List.of(describe(e)));
    } catch (JacksonException e) {
      throw new InvalidPlanException(file, List.of("not valid YAML: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidPlanException(file, List.of("cannot be read: " + e.getMessage()));
    }
    if (plan == null) {
      throw new InvalidPlanException(file, List.of("the file is empty"));
    }
    var problems = new ArrayList<String>();
    validator.validate(plan).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(PlanReader::describe)
        .forEach(problems::add);
    if (problems.isEmpty()) {
      problems.addAll(PlanRules.problems(plan));
    }
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(file, problems);
    }
    return plan;
  }

  private static String describe(ConstraintViolation<PlanDefinition> violation) {
    // the validator writes list elements as "areas[2].<list element>"; people read "areas[2]"
    var path = violation.getPropertyPath().toString().replace(".<list element>", "");
    return path + ": " + violation.getMessage();
  }

  private static String describe(JsonMappingException e) {
    var path = e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
    if (e instanceof UnrecognizedPropertyException unknown) {
      return path + ": unknown field (known fields: " + unknown.getKnownPropertyIds() + ")";
    }
    if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == Origin.class) {
      return path + ": unknown value '" + invalid.getValue() + "' (known values: " + String.join(", ", Origin.written()) + ")";
    }
    var line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    var what = e.getOriginalMessage();
    if (what.contains("Missing creator property") || what.contains("Null value for creator property")) {
      what = "is required";
    } else if (what.contains("LocalDate")) {
      what = "must be a date written yyyy-mm-dd";
    } else if (what.contains("from String")) {
      what = "has the wrong type: " + what.replaceAll("\n.*", "");
    }
    return (path.isEmpty() ? "plan" : path) + ": " + what + line;
  }
}
