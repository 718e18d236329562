package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** E-mail through a real SMTP server in the test JVM (GreenMail), and what happens when it is down. */
@SpringBootTest(properties = {
    "oic.notifications.mail.scheduled=false",
    "spring.mail.host=127.0.0.1",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000",
    "spring.mail.properties.mail.smtp.timeout=2000"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailNotificationTest extends EscalationTestSupport {

  /** A fixed free port, so the server comes back on the same port after it was stopped. */
  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired OutboxSender sender;
  @Autowired MailOutbox outbox;
  @Autowired MockMvc mvc;

  @BeforeEach
  void emptyServer() throws Exception {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    sender.sendDue();
    smtp.purgeEmailFromAllMailboxes();
  }

  @Test
  void aReminderIsEmailedToTheMembersOfTheOwnerGroup() throws Exception {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", "area-7-owners", LocalDate.of(2026, 4, 30));
    fire(timer(item, "Timer_ItemReminder"));

    assertThat(sender.sendDue()).isEqualTo(1);

    var messages = smtp.getReceivedMessages();
    assertThat(messages).hasSize(1);
    assertThat(recipients(messages[0])).containsExactly("area7.owner@demo.oic.invalid");
    assertThat(messages[0].getSubject()).isEqualTo("Reminder: Submit progress update: Hydra training (Rec 8) is due on 30 April 2026");
    assertThat(outbox.search(MailOutbox.PENDING, 0, 200).content()).isEmpty();
  }

  @Test
  void anEscalationIsEmailedAndStrategicLeadsGetTheNextLevel() throws Exception {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Debrief protocol", "area-3-owners", LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    fire(timer(missed, "Timer_NextLevel"));

    assertThat(sender.sendDue()).isEqualTo(2);

    var messages = smtp.getReceivedMessages();
    assertThat(messages).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
        "Escalation (level 1): Submit progress update: Debrief protocol missed its due date",
        "Escalation (level 2): Submit progress update: Debrief protocol missed its due date");
    assertThat(Arrays.stream(messages).flatMap(m -> recipients(m).stream()))
        .containsExactlyInAnyOrder("area3.owner@demo.oic.invalid", "strategic.lead@demo.oic.invalid");
  }

  @Test
  void aFailedSendIsKeptWithItsErrorAndRetriedWithBackoff() throws Exception {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Partnership protocol", "area-9-owners", LocalDate.of(2026, 4, 30));
    fire(timer(item, "Timer_ItemReminder"));
    var now = new Date(startOf(LocalDate.of(2026, 4, 16)).getTime());

    smtp.stop();
    try {
      assertThat(sender.sendDue()).isZero();
    } finally {
      smtp.start();
    }

    var failed = outbox.search(MailOutbox.PENDING, 0, 200).content();
    assertThat(failed).singleElement().satisfies(mail -> {
      assertThat(mail.recipient()).isEqualTo("area9.owner@demo.oic.invalid");
      assertThat(mail.attempts()).isEqualTo(1);
      assertThat(mail.lastError()).contains("MailSendException");
      assertThat(mail.nextAttemptAt().toInstant()).isEqualTo(now.toInstant().plus(Duration.ofMinutes(1)));
    });
    mvc.perform(get("/api/outbox").param("status", "PENDING").with(httpBasic("demo", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].attempts").value(1))
        .andExpect(jsonPath("$.content[0].lastError").isNotEmpty());

    // not before the backoff is over
    assertThat(sender.sendDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    clockAt(new Date(now.getTime() + Duration.ofMinutes(1).toMillis()));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .containsExactly("Reminder: Submit progress update: Partnership protocol is due on 30 April 2026");
    var sent = outbox.search(MailOutbox.SENT, 0, 200).content().stream()
        .filter(m -> m.recipient().equals("area9.owner@demo.oic.invalid")).toList();
    assertThat(sent).singleElement().satisfies(mail -> {
      assertThat(mail.attempts()).isEqualTo(2);
      assertThat(mail.lastError()).isNull();
    });
  }

  private static java.util.List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
