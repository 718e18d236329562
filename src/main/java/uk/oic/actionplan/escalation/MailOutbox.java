package uk.oic.actionplan.escalation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The e-mail outbox: every e-mail of a notification, pending until sent, with its attempts and last error. */
@Repository
class MailOutbox {

  static final String PENDING = "PENDING";
  static final String SENT = "SENT";

  private final JdbcTemplate jdbc;

  MailOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Mail(long id, long notificationId, String recipient, String userId, String subject, String body,
      String status, int attempts, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt,
      OffsetDateTime sentAt) {}

  List<Mail> due(OffsetDateTime now, int limit) {
    return jdbc.query("SELECT * FROM oic_mail_outbox WHERE status = ? AND next_attempt_at <= ? ORDER BY id LIMIT ?",
        MAIL, PENDING, now, limit);
  }

  /**
   * Takes a mail for sending by pushing its next attempt out by {@code lease}; only one node can win
   * (the update matches the attempt time it read), so a mail is not sent twice by two nodes.
   */
  boolean claim(Mail mail, OffsetDateTime leaseUntil) {
    return jdbc.update("UPDATE oic_mail_outbox SET next_attempt_at = ? WHERE id = ? AND status = ? AND next_attempt_at = ?",
        leaseUntil, mail.id(), PENDING, mail.nextAttemptAt()) == 1;
  }

  void sent(long id, OffsetDateTime at) {
    jdbc.update("UPDATE oic_mail_outbox SET status = ?, sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
        SENT, at, id);
  }

  void failed(long id, String error, OffsetDateTime nextAttemptAt) {
    jdbc.update("UPDATE oic_mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
        Times.clip(error, 2000), nextAttemptAt, id);
  }

  EscalationLog.Page<Mail> search(String status, int page, int size) {
    var where = status == null ? "" : " WHERE status = ?";
    var args = new ArrayList<Object>();
    if (status != null) {
      args.add(status);
    }
    long total = jdbc.queryForObject("SELECT COUNT(*) FROM oic_mail_outbox" + where, Long.class, args.toArray());
    args.add(size);
    args.add((long) page * size);
    var content = jdbc.query("SELECT * FROM oic_mail_outbox" + where + " ORDER BY id DESC LIMIT ? OFFSET ?", MAIL,
        args.toArray());
    return new EscalationLog.Page<>(content, page, size, total);
  }

  private static final RowMapper<Mail> MAIL = (rs, n) -> new Mail(rs.getLong("id"), rs.getLong("notification_id"),
      rs.getString("recipient"), rs.getString("user_id"), rs.getString("subject"), rs.getString("body"),
      rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
      EscalationLog.time(rs, "next_attempt_at"), EscalationLog.time(rs, "created_at"), EscalationLog.time(rs, "sent_at"));
}
