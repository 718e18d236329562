package uk.oic.actionplan.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Witnesses the register's head every {@code oic.evidence.witness-every} when it changed: appends
 * witness it themselves, this catches a head whose witnessing failed (a full disk, a crash between
 * commit and witness). It also e-mails the digest to OPCC staff ({@link DigestMail}).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "oic.evidence.witness-scheduled", havingValue = "true", matchIfMissing = true)
class WitnessSchedule {

  private final DigestMail digestMail;

  WitnessSchedule(DigestMail digestMail) {
    this.digestMail = digestMail;
  }

  /** Witnesses the head, then sends its digest to OPCC staff when due. */
  @Scheduled(fixedDelayString = "${oic.evidence.witness-every:PT5M}", initialDelayString = "${oic.evidence.witness-every:PT5M}")
  void witness() {
    digestMail.sendIfDue();
  }
}
