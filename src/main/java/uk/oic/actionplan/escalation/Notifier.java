package uk.oic.actionplan.escalation;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.Cover;

/**
 * Tells a group about a reminder or escalation: a notification shown in the application to its
 * members, and an e-mail to each member with an address in the identity service, put in the outbox
 * in the same transaction as the step that caused it (so an e-mail is never sent for a step that
 * rolled back, and never lost for one that committed). A member who is away has the colleague
 * covering for them sent the e-mail too (once, if they are a member as well).
 */
@Component
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final Clock clock;
  private final Cover cover;

  Notifier(JdbcTemplate jdbc, IdentityService identityService, Clock engineClock, Cover cover) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.clock = engineClock;
    this.cover = cover;
  }

  /** @return the number of e-mails put in the outbox */
  public int notifyGroup(String groupId, String kind, String planId, String subject, String body, Long escalationId) {
    var now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    var keys = new GeneratedKeyHolder();
    jdbc.update(con -> {
      PreparedStatement ps = con.prepareStatement("""
          INSERT INTO oic_notification (group_id, kind, plan_id, subject, body, escalation_id, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      ps.setString(1, groupId);
      ps.setString(2, kind);
      ps.setString(3, planId);
      ps.setString(4, Times.clip(subject, 1000));
      ps.setString(5, Times.clip(body, 4000));
      if (escalationId == null) {
        ps.setNull(6, Types.BIGINT);
      } else {
        ps.setLong(6, escalationId);
      }
      ps.setObject(7, now);
      return ps;
    }, keys);
    long notificationId = keys.getKeyAs(Number.class).longValue();
    int mails = 0;
    var recipients = new LinkedHashMap<String, User>();
    identityService.createUserQuery().memberOfGroup(groupId).list().forEach(user -> recipients.put(user.getId(), user));
    for (var delegate : cover.delegatesCoveringFor(recipients.keySet())) {
      var user = identityService.createUserQuery().userId(delegate).singleResult();
      if (user != null) {
        recipients.putIfAbsent(user.getId(), user);
      }
    }
    for (var user : recipients.values()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        continue;
      }
      jdbc.update("""
          INSERT INTO oic_mail_outbox (notification_id, recipient, user_id, subject, body, status, attempts,
            next_attempt_at, created_at)
          VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""",
          notificationId, user.getEmail(), user.getId(), Times.clip(subject, 1000), Times.clip(body, 4000), now, now);
      mails++;
    }
    if (mails == 0) {
      LOG.warn("No member of group '{}' has an e-mail address: '{}' is shown in the application only", groupId, subject);
    }
    return mails;
  }
}
