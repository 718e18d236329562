package uk.oic.actionplan.plan;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The plans this application runs, read and checked once at start-up: a bad plan file stops
 * start-up with a message naming the file, the field and the problem.
 */
@Component
public class PlanCatalog {

  private final Map<String, PlanDefinition> plans = new LinkedHashMap<>();

  PlanCatalog(PlanProperties properties, ResourcePatternResolver resolver, Validator validator) {
    var reader = new PlanReader(validator);
    var files = new ArrayList<Resource>();
    for (var location : properties.locations()) {
      try {
        files.addAll(List.of(resolver.getResources(location)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list plan files at " + location, e);
      }
    }
    for (var file : files) {
      var name = "plans/" + file.getFilename();
      try (var in = file.getInputStream()) {
        var plan = reader.read(name, in);
        if (plans.putIfAbsent(plan.id(), plan) != null) {
          throw new InvalidPlanException(name, List.of("id: another plan file already uses '" + plan.id() + "'"));
        }
      } catch (IOException e) {
        throw new InvalidPlanException(name, List.of("cannot be read: " + e.getMessage()));
      }
    }
    if (plans.isEmpty()) {
      throw new IllegalStateException("No plan files found at " + properties.locations()
          + "; set oic.plans.locations to where the plan files are");
    }
  }

  public List<PlanDefinition> all() {
    return List.copyOf(plans.values());
  }

  public Optional<PlanDefinition> find(String planId) {
    return Optional.ofNullable(plans.get(planId));
  }

  /** Every group any plan names, in a stable order. */
  public List<String> groups() {
    return plans.values().stream().flatMap(p -> p.groups().stream()).distinct().toList();
  }
}
