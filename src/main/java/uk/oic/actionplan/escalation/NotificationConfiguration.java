package uk.oic.actionplan.escalation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the e-mail outbox on a schedule ({@code oic.notifications.mail.send-every}). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "oic.notifications.mail.scheduled", havingValue = "true", matchIfMissing = true)
class NotificationConfiguration {

  private final OutboxSender sender;

  NotificationConfiguration(OutboxSender sender) {
    this.sender = sender;
  }

  @Scheduled(fixedDelayString = "${oic.notifications.mail.send-every:PT10S}", initialDelayString = "PT5S")
  void sendOutbox() {
    sender.sendDue();
  }
}
