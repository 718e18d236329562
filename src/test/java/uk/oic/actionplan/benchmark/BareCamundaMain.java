package uk.oic.actionplan.benchmark;

import org.springframework.boot.SpringApplication;
import uk.oic.bareengine.BareCamundaApplication;

/** Starts {@link BareCamundaApplication} in a JVM of its own, as the product's main class starts the product. */
public final class BareCamundaMain {

  private BareCamundaMain() {}

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
