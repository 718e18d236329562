package uk.oic.actionplan.escalation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of notifications. Whether e-mail is sent at all depends on {@code spring.mail.host}: without
 * it, e-mails wait in the outbox.
 *
 * @param from the sender address
 * @param sendEvery how often the outbox is checked for e-mails to send
 * @param firstRetryAfter the wait after the first failed attempt; it doubles with each further failure
 * @param maxRetryAfter the longest wait between attempts; attempts never stop
 * @param batchSize the most e-mails sent in one round
 * @param scheduled whether the outbox is sent on a schedule (tests send it themselves)
 */
@ConfigurationProperties("oic.notifications.mail")
record MailProperties(
    @DefaultValue("OIC action plan <no-reply@oic.invalid>") String from,
    @DefaultValue("PT10S") Duration sendEvery,
    @DefaultValue("PT1M") Duration firstRetryAfter,
    @DefaultValue("PT1H") Duration maxRetryAfter,
    @DefaultValue("50") int batchSize,
    @DefaultValue("true") boolean scheduled) {

  /** The wait before the next attempt after {@code attempts} failed ones. */
  Duration retryAfter(int attempts) {
    var wait = firstRetryAfter;
    for (int i = 1; i < attempts && wait.compareTo(maxRetryAfter) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
  }
}
