package uk.oic.actionplan.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Verifies the whole register every {@code oic.evidence.verify-interval}, entries added or not: the result pages
 * show ({@link EvidenceRegister#lastVerification()}) is then never older than that, and a row changed in SQL, which
 * moves no head, is reported within it. The first verification starts once the application is ready (the register
 * sealed), in the background, so that the first page does not wait for it.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "oic.evidence.verify-scheduled", havingValue = "true", matchIfMissing = true)
class VerificationSchedule {

  private final EvidenceRegister register;

  VerificationSchedule(EvidenceRegister register) {
    this.register = register;
  }

  @EventListener(ApplicationReadyEvent.class)
  void verifyOnceReady() {
    register.refreshVerification();
  }

  /** In the background, so a verification that outlasts the interval is not started twice. */
  @Scheduled(fixedDelayString = "${oic.evidence.verify-interval:PT5M}", initialDelayString = "${oic.evidence.verify-interval:PT5M}")
  void verify() {
    register.refreshVerification();
  }
}
