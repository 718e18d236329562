package uk.oic.actionplan.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.oic.actionplan.escalation.Notifier;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * Sends the register's latest witnessed digest to each plan's OPCC staff (in the application and by
 * e-mail), at most every {@code oic.evidence.digest-mail-every} and only when it changed: a copy of the
 * digest in their mailboxes is a witness no one with the servers can reach.
 */
@Component
class DigestMail {

  static final String KIND = "EVIDENCE_DIGEST";

  private final EvidenceRegister register;
  private final Notifier notifier;
  private final PlanCatalog plans;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Duration every;

  DigestMail(EvidenceRegister register, Notifier notifier, PlanCatalog plans, DataSource dataSource,
      PlatformTransactionManager transactions, Clock clock, EvidenceProperties properties) {
    this.register = register;
    this.notifier = notifier;
    this.plans = plans;
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.every = properties.digestMailEvery();
  }

  /** @return the number of groups told; 0 when nothing new was witnessed or the last digest was sent recently */
  int sendIfDue() {
    var witnessed = register.witnessHead();
    if (witnessed.isEmpty() || witnessed.get().sequence() == 0) {
      return 0;
    }
    var digest = new VerificationReport.Witnessed(witnessed.get().sequence(), witnessed.get().mac(), witnessed.get().at());
    var now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    var last = jdbc.sql("SELECT body, created_at FROM oic_notification WHERE kind = ? ORDER BY created_at DESC, id DESC LIMIT 1")
        .param(KIND)
        .query((rs, n) -> new Sent(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
        .optional();
    if (last.isPresent() && (last.get().body().contains(digest.mac()) || last.get().at().plus(every).isAfter(now))) {
      return 0;
    }
    var subject = "Evidence register digest: entry " + digest.sequence();
    var body = "The evidence register's latest witnessed digest is\n\n  " + digest.text() + "\n\n"
        + "Keep this message: it lets you check later that the register was not rewritten (compare it with "
        + "GET /api/evidence/verification or the digest printed on the progress report). See "
        + "docs/evidence-register.md, \"Keeping the witness\".";
    return transaction.execute(status -> {
      var groups = new LinkedHashSet<String>();
      for (var plan : plans.all()) {
        if (groups.add(plan.roles().opccStaff())) {
          notifier.notifyGroup(plan.roles().opccStaff(), KIND, plan.id(), subject, body, null);
        }
      }
      return groups.size();
    });
  }

  private record Sent(String body, OffsetDateTime at) {}
}
