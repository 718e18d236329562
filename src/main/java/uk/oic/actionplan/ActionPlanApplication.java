package uk.oic.actionplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The OIC action plan manager: an embedded Camunda 7 engine with Tasklist, Cockpit and Admin.
 *
 * <p>Models and forms are deployed by the starter's {@code camunda.bpm.deployment-resource-pattern}
 * rather than by a process application: a process application scanning {@code classpath:processes/}
 * deploys nothing from the repackaged jar.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ActionPlanApplication {

  public static void main(String[] args) {
    SpringApplication.run(ActionPlanApplication.class, args);
  }
}
