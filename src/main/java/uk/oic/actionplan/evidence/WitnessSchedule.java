package uk.oic.actionplan.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Witnesses the register's head every {@code oic.evidence.witness-every} when it changed: appends
 * witness it themselves, this catches a head whose witnessing failed (a full disk, a crash between
 * commit and witness).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "oic.evidence.witness-scheduled", havingValue = "true", matchIfMissing = true)
class WitnessSchedule {

  private final EvidenceRegister register;

  WitnessSchedule(EvidenceRegister register) {
    this.register = register;
  }

  @Scheduled(fixedDelayString = "${oic.evidence.witness-every:PT5M}", initialDelayString = "${oic.evidence.witness-every:PT5M}")
  void witness() {
    register.witnessHead();
  }
}
