package uk.oic.actionplan.startup;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ProvisioningStep} once the application has started, in {@link StartupStep}
 * order, while this node holds the {@link StartupLock}: nodes started together provision one after
 * the other, and each finds the work of those before it done. Ends the hold the engine's start took
 * (see {@link StartupLockPlugin}), so the next node may begin.
 */
@Component
class StartupProvisioning {

  private static final Logger LOG = LoggerFactory.getLogger(StartupProvisioning.class);

  private final List<ProvisioningStep> steps;
  private final StartupLock lock;

  StartupProvisioning(List<ProvisioningStep> steps, StartupLock lock) {
    this.steps = steps.stream().sorted(Comparator.comparing(ProvisioningStep::step)).toList();
    this.lock = lock;
    var duplicates = steps.stream().map(ProvisioningStep::step).distinct().count() != steps.size();
    if (duplicates) {
      throw new IllegalStateException("Two provisioning steps claim the same place: " + steps);
    }
  }

  @EventListener(ApplicationStartedEvent.class)
  public void provision() {
    try {
      lock.runLocked(() -> {
        for (var step : steps) {
          LOG.debug("Start-up step {}", step.step());
          step.provision();
        }
      });
      LOG.info("Start-up provisioning done: {}", steps.stream().map(ProvisioningStep::step).toList());
    } finally {
      lock.endStartupHold();
    }
  }

  List<StartupStep> order() {
    return steps.stream().map(ProvisioningStep::step).toList();
  }
}
