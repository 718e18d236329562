package uk.oic.actionplan.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox when an SMTP server is configured ({@code spring.mail.host}); without one the
 * e-mails stay in the outbox for administrators to see. A failed send stays pending with its error
 * and is tried again later, waiting longer after each failure (see {@link MailProperties}).
 */
@Component
class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  /** How long a claimed e-mail is held by the node sending it. */
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final MailOutbox outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailProperties properties;
  private final Clock clock;

  OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
      Clock engineClock) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = engineClock;
  }

  /** Sends every e-mail that is due. @return how many were sent */
  int sendDue() {
    var sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    var now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    for (var mail : outbox.due(now, properties.batchSize())) {
      if (!outbox.claim(mail, now.plus(LEASE))) {
        continue;
      }
      var message = new SimpleMailMessage();
      message.setFrom(properties.from());
      message.setTo(mail.recipient());
      message.setSubject(mail.subject());
      message.setText(mail.body());
      try {
        sender.send(message);
        outbox.sent(mail.id(), now);
        sent++;
      } catch (MailException | IllegalStateException e) {
        var retryAt = now.plus(properties.retryAfter(mail.attempts() + 1));
        outbox.failed(mail.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), retryAt);
        LOG.warn("E-mail {} to {} failed (attempt {}), next attempt at {}: {}", mail.id(), mail.recipient(),
            mail.attempts() + 1, retryAt, e.getMessage());
      }
    }
    return sent;
  }
}
