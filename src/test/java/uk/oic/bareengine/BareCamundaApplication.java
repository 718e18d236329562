package uk.oic.bareengine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline the benchmarks compare the product with: a Camunda Spring Boot starter application
 * with the same engine, starters and database and nothing of the product (its package lies outside
 * the product's, so no component of it is scanned). Start it with {@link #arguments}.
 */
@SpringBootApplication
public class BareCamundaApplication {

  /**
   * No application.yaml of the product, no Flyway migrations of the product, no auto-deployment
   * (the product's models are on the test class path), the engine's defaults otherwise.
   */
  public static java.util.List<String> arguments() {
    return java.util.List.of(
        "--spring.config.name=bare-camunda",
        "--spring.flyway.enabled=false",
        "--camunda.bpm.auto-deployment-enabled=false",
        "--camunda.bpm.database.schema-update=true",
        "--camunda.bpm.admin-user.id=bare",
        "--camunda.bpm.admin-user.password=bare",
        "--server.port=0",
        "--logging.level.root=WARN");
  }
}
