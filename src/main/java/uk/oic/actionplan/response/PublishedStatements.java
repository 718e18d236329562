package uk.oic.actionplan.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The published statements ({@code oic_published_statement}): written once per publication, in the
 * publishing step's transaction, and only read after that. There is deliberately no method that
 * updates or deletes a version: a correction is published as the next version.
 */
@Repository
public class PublishedStatements {

  private static final String COLUMNS = "plan_id, version, kind, published_at, approved_by, content, content_hash,"
      + " evidence_sequence, evidence_entry_id";

  private final JdbcTemplate jdbc;

  PublishedStatements(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The number the next publication of the plan gets: 1 for the first. Read under the plan's
   * {@link StatementLock}, or two publications may be given the same number.
   */
  int nextVersion(String planId) {
    Integer last = jdbc.queryForObject("SELECT MAX(version) FROM oic_published_statement WHERE plan_id = ?",
        Integer.class, planId);
    return last == null ? 1 : last + 1;
  }

  /** The version already written under a publishing step's activity instance, if any. */
  Optional<PublishedStatement> bySourceKey(String sourceKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM oic_published_statement WHERE source_key = ?", this::row, sourceKey)
        .stream().findFirst();
  }

  /**
   * Inserts a new version. The unique (plan_id, version) and (source_key) refuse a second writer of the
   * same version, which should not happen under the plan's lock: the refusal is explained, and rolls the
   * whole approval back so that nothing is published.
   *
   * @throws StatementNotPublishedException when the version (or the step's version) is already there
   */
  PublishedStatement insert(PublishedStatement statement, String processInstanceId, String sourceKey) {
    try {
      write(statement, processInstanceId, sourceKey);
    } catch (DuplicateKeyException e) {
      throw new StatementNotPublishedException("Version " + statement.version() + " of the PCC's statements of plan '"
          + statement.planId() + "' was already published when this approval tried to publish it; nothing was"
          + " published and the approval task is still open: look at the published versions, then complete it again.", e);
    }
    return statement;
  }

  /** Refused publication: the approval is rolled back, nothing is published. */
  public static class StatementNotPublishedException extends RuntimeException {
    StatementNotPublishedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private void write(PublishedStatement statement, String processInstanceId, String sourceKey) {
    jdbc.update("INSERT INTO oic_published_statement (" + COLUMNS + ", process_instance_id, source_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        statement.planId(), statement.version(), statement.kind().name(), OffsetDateTime.ofInstant(statement.publishedAt(), ZoneOffset.UTC),
        statement.approvedBy(), statement.content(), statement.contentHash(), statement.evidenceSequence(),
        statement.evidenceEntryId(), processInstanceId, sourceKey);
  }

  /** Every version of the plan, oldest first. */
  public List<PublishedStatement> versions(String planId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM oic_published_statement WHERE plan_id = ? ORDER BY version",
        this::row, planId);
  }

  public Optional<PublishedStatement> version(String planId, int version) {
    return jdbc.query("SELECT " + COLUMNS + " FROM oic_published_statement WHERE plan_id = ? AND version = ?",
        this::row, planId, version).stream().findFirst();
  }

  public Optional<PublishedStatement> latest(String planId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM oic_published_statement WHERE plan_id = ?"
        + " AND version = (SELECT MAX(version) FROM oic_published_statement WHERE plan_id = ?)", this::row, planId, planId)
        .stream().findFirst();
  }

  /** The latest version of one kind: the response, or the last progress statement. */
  public Optional<PublishedStatement> latest(String planId, StatementKind kind) {
    var all = versions(planId);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).kind() == kind) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  private PublishedStatement row(ResultSet rs, int n) throws SQLException {
    var publishedAt = rs.getObject("published_at", OffsetDateTime.class).toInstant();
    return new PublishedStatement(rs.getString("plan_id"), rs.getInt("version"), StatementKind.valueOf(rs.getString("kind")),
        publishedAt, rs.getString("approved_by"), rs.getString("content"), rs.getString("content_hash"),
        rs.getLong("evidence_sequence"), rs.getString("evidence_entry_id"));
  }
}
