package uk.oic.actionplan.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Verifies the whole register every {@code oic.evidence.verify-interval}, entries added or not: the result pages
 * show ({@link EvidenceRegister#lastVerification()}) is then never older than that, and a row changed in SQL, which
 * moves no head, is reported within it.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "oic.evidence.verify-scheduled", havingValue = "true", matchIfMissing = true)
class VerificationSchedule {

  private final EvidenceRegister register;

  VerificationSchedule(EvidenceRegister register) {
    this.register = register;
  }

  /** In the background, so a verification that outlasts the interval is not started twice. */
  @Scheduled(fixedDelayString = "${oic.evidence.verify-interval:PT5M}", initialDelayString = "${oic.evidence.verify-interval:PT5M}")
  void verify() {
    register.refreshVerification();
  }
}
