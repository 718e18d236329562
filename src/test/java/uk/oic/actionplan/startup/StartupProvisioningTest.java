package uk.oic.actionplan.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The application's start-up work is one ordered list of steps, run while the lock is held. */
@SpringBootTest
@ActiveProfiles("test")
class StartupProvisioningTest {

  @Autowired StartupProvisioning provisioning;
  @Autowired StartupLock lock;

  @Test
  void theDemoRunsEveryStepButTheProductionCheckInTheEnumsOrder() {
    assertThat(provisioning.order()).containsExactly(StartupStep.SEAL_EVIDENCE_REGISTER, StartupStep.READ_MODEL,
        StartupStep.ASSURANCE_RECORDS, StartupStep.GROUPS_AND_GRANTS, StartupStep.ESCALATION_GRANTS,
        StartupStep.TASKLIST_FILTERS, StartupStep.DEMO_USERS, StartupStep.PLAN_STARTS);
    // the start-up hold ends with provisioning
    assertThat(lock.isHeld()).isFalse();
  }

  @Test
  void stepsRunInOrderUnderTheLock() {
    var ran = new java.util.ArrayList<String>();
    var steps = new java.util.ArrayList<ProvisioningStep>();
    Arrays.stream(StartupStep.values()).forEach(step -> steps.add(0, new ProvisioningStep() {
      @Override
      public StartupStep step() {
        return step;
      }

      @Override
      public void provision() {
        ran.add(step + (lock.isHeld() ? " locked" : " unlocked"));
      }
    }));
    lock.holdForStartup();
    new StartupProvisioning(steps, lock).provision();
    assertThat(ran).containsExactlyElementsOf(
        Arrays.stream(StartupStep.values()).map(s -> s + " locked").toList());
    assertThat(lock.isHeld()).isFalse();
  }

  @Test
  void twoStepsInOnePlaceAreRefused() {
    ProvisioningStep a = step(StartupStep.DEMO_USERS);
    ProvisioningStep b = step(StartupStep.DEMO_USERS);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StartupProvisioning(List.of(a, b), lock))
        .hasMessageContaining("same place");
  }

  private static ProvisioningStep step(StartupStep place) {
    return new ProvisioningStep() {
      @Override
      public StartupStep step() {
        return place;
      }

      @Override
      public void provision() {}
    };
  }
}
