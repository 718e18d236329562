package uk.oic.actionplan.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops the {@code prod} profile before anything starts when its configuration is unsafe: no
 * PostgreSQL database, the embedded demo switched on, or no administrator of its own.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final String PROD = "prod";
  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROD))) {
      return;
    }
    var problems = problems(environment);
    if (!problems.isEmpty()) {
      throw new UnsafeProductionConfigurationException(problems);
    }
  }

  static List<String> problems(ConfigurableEnvironment environment) {
    var problems = new ArrayList<String>();
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      problems.add("the demo profile is active alongside prod: run with SPRING_PROFILES_ACTIVE=prod alone");
    }
    if (environment.getProperty("oic.demo.enabled", Boolean.class, false)) {
      problems.add("oic.demo.enabled is true: demo users are for the embedded demo only");
    }
    var url = environment.getProperty("spring.datasource.url", "");
    if (url.isBlank()) {
      problems.add("no database: set OIC_DATABASE_URL (spring.datasource.url) to a jdbc:postgresql:// URL");
    } else if (url.startsWith("jdbc:h2:")) {
      problems.add("spring.datasource.url is an H2 database (" + url + "): production needs PostgreSQL");
    } else if (!url.startsWith("jdbc:postgresql:")) {
      problems.add("spring.datasource.url must be a jdbc:postgresql:// URL, not " + url);
    }
    var adminId = environment.getProperty("camunda.bpm.admin-user.id", "");
    var adminPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (adminId.isBlank()) {
      problems.add("no administrator: set OIC_ADMIN_ID and OIC_ADMIN_PASSWORD");
    } else if (adminId.equals(DemoUsers.ADMIN_ID) || DemoUsers.ALL.stream().anyMatch(u -> u.id().equals(adminId))) {
      problems.add("the administrator '" + adminId + "' is a demo account: choose another OIC_ADMIN_ID");
    }
    if (!adminId.isBlank() && adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH) {
      problems.add("OIC_ADMIN_PASSWORD must be at least " + MIN_ADMIN_PASSWORD_LENGTH + " characters");
    }
    return problems;
  }

  /** Thrown at start-up; the message lists every problem found. */
  static class UnsafeProductionConfigurationException extends IllegalStateException {
    UnsafeProductionConfigurationException(List<String> problems) {
      super("Refusing to start with the prod profile:\n  - " + String.join("\n  - ", problems));
    }
  }
}
