package uk.oic.actionplan.escalation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.oic.actionplan.identity.GroupAuthorities;
import uk.oic.actionplan.kernel.Cover;

/**
 * The escalation log, the notifications of the current user's groups and, for administrators, the
 * e-mail outbox. JSON, login required; pages are numbered from 0.
 */
@RestController
class EscalationController {

  static final int MAX_PAGE_SIZE = 200;

  private final EscalationLog log;
  private final MailOutbox outbox;
  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final Cover cover;

  EscalationController(EscalationLog log, MailOutbox outbox, JdbcTemplate jdbc, IdentityService identityService,
      Cover cover) {
    this.log = log;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.cover = cover;
  }

  /**
   * Reminders and escalations, newest first, each escalation with its steps. {@code open=true}: open
   * escalations only; {@code open=false}: everything closed (resolved escalations, and reminders).
   */
  @GetMapping("/api/escalations")
  EscalationLog.Page<EscalationLog.Entry> escalations(@RequestParam(required = false) String planId,
      @RequestParam(required = false) Integer level, @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    checkPage(page, size);
    if (kind != null && !List.of(EscalationLog.REMINDER, EscalationLog.ESCALATION).contains(kind.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException("kind: must be REMINDER or ESCALATION");
    }
    return log.search(new EscalationLog.Filter(planId, level, open, kind == null ? null : kind.toUpperCase(Locale.ROOT)),
        page, size);
  }

  record Notification(long id, String groupId, String kind, String planId, String subject, String body,
      Long escalationId, OffsetDateTime createdAt) {}

  /**
   * What the application tells the groups the current user belongs to, newest first; while they cover
   * for colleagues who are away, also what it tells those colleagues' groups.
   */
  @GetMapping("/api/notifications")
  EscalationLog.Page<Notification> notifications(Authentication user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    checkPage(page, size);
    var groups = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(GroupAuthorities.groups(user)));
    for (var away : cover.coveredBy(user.getName())) {
      identityService.createGroupQuery().groupMember(away).list().stream().map(Group::getId)
          .filter(g -> !groups.contains(g)).forEach(groups::add);
    }
    if (groups.isEmpty()) {
      return new EscalationLog.Page<>(List.of(), page, size, 0);
    }
    var marks = String.join(", ", groups.stream().map(g -> "?").toList());
    var args = new java.util.ArrayList<Object>(groups);
    long total = jdbc.queryForObject("SELECT COUNT(*) FROM oic_notification WHERE group_id IN (" + marks + ")",
        Long.class, args.toArray());
    args.add(size);
    args.add((long) page * size);
    var content = jdbc.query("SELECT * FROM oic_notification WHERE group_id IN (" + marks
            + ") ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        (rs, n) -> new Notification(rs.getLong("id"), rs.getString("group_id"), rs.getString("kind"),
            rs.getString("plan_id"), rs.getString("subject"), rs.getString("body"),
            rs.getObject("escalation_id") == null ? null : rs.getLong("escalation_id"),
            EscalationLog.time(rs, "created_at")),
        args.toArray());
    return new EscalationLog.Page<>(content, page, size, total);
  }

  /** The e-mail outbox, for administrators: pending and sent e-mails, attempts and the last error. */
  @GetMapping("/api/outbox")
  ResponseEntity<?> outbox(Authentication user, @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (!GroupAuthorities.isMember(user, Groups.CAMUNDA_ADMIN)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Only administrators may read the e-mail outbox"));
    }
    checkPage(page, size);
    if (status != null && !List.of(MailOutbox.PENDING, MailOutbox.SENT).contains(status.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException("status: must be PENDING or SENT");
    }
    return ResponseEntity.ok(outbox.search(status == null ? null : status.toUpperCase(Locale.ROOT), page, size));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
  }

  private static void checkPage(int page, int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page: must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size: must be between 1 and " + MAX_PAGE_SIZE);
    }
  }
}
