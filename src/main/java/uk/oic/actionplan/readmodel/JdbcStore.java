package uk.oic.actionplan.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.oic.actionplan.readmodel.Rows.Area;
import uk.oic.actionplan.readmodel.Rows.Figures;
import uk.oic.actionplan.readmodel.Rows.OpenTask;
import uk.oic.actionplan.readmodel.Rows.Plan;
import uk.oic.actionplan.readmodel.Rows.Route;
import uk.oic.actionplan.readmodel.Rows.SignOff;
import uk.oic.actionplan.readmodel.Rows.Submission;
import uk.oic.actionplan.readmodel.Rows.Update;

/** The read model's tables, through the caller's transaction (the engine's, live). */
final class JdbcStore implements Store {

  private final JdbcTemplate jdbc;

  JdbcStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Integer integer(ResultSet rs, String column) throws SQLException {
    var value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  static Double decimal(ResultSet rs, String column) throws SQLException {
    var value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  static Boolean bool(ResultSet rs, String column) throws SQLException {
    var value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  @Override
  public Route route(String instanceId) {
    return jdbc.query("SELECT * FROM oic_rm_instance WHERE process_instance_id = ?",
        rs -> rs.next() ? new Route(rs.getString("process_instance_id"), rs.getString("definition_key"),
            rs.getString("plan_id"), integer(rs, "area_number"), rs.getString("super_instance_id"),
            instant(rs, "started_at"), instant(rs, "ended_at")) : null, instanceId);
  }

  @Override
  public void saveRoute(Route route, boolean isNew) {
    if (isNew) {
      jdbc.update("INSERT INTO oic_rm_instance (process_instance_id, definition_key, plan_id, area_number, "
          + "super_instance_id, started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?)", route.instanceId(),
          route.definitionKey(), route.planId(), route.areaNumber(), route.superInstanceId(),
          time(route.startedAt()), time(route.endedAt()));
    } else {
      jdbc.update("UPDATE oic_rm_instance SET ended_at = ? WHERE process_instance_id = ?", time(route.endedAt()),
          route.instanceId());
    }
  }

  @Override
  public Plan plan(String planId) {
    return jdbc.query("SELECT * FROM oic_plan_state WHERE plan_id = ?", rs -> rs.next()
        ? new Plan(rs.getString("plan_id"), rs.getString("process_instance_id"), instant(rs, "started_at"),
            instant(rs, "ended_at")) : null, planId);
  }

  @Override
  public void savePlan(Plan plan, boolean isNew) {
    if (isNew) {
      jdbc.update("INSERT INTO oic_plan_state (plan_id, process_instance_id, started_at, ended_at) VALUES (?, ?, ?, ?)",
          plan.planId(), plan.instanceId(), time(plan.startedAt()), time(plan.endedAt()));
    } else {
      jdbc.update("UPDATE oic_plan_state SET process_instance_id = ?, started_at = ?, ended_at = ? WHERE plan_id = ?",
          plan.instanceId(), time(plan.startedAt()), time(plan.endedAt()), plan.planId());
    }
  }

  private static final String AREA_COLUMNS = "process_instance_id, started_at, ended_at, status, rag, progress_percent, "
      + "last_update_at, last_update_by, last_narrative, last_review_comment, waiting_on, waiting_for, waiting_since, "
      + "waiting_chased_on, sign_off_reason, completion_rate, figures_as_at, module_rate_1, module_rate_2, "
      + "module_rate_3, module_rate_4, module_rate_5, module_rate_6";

  @Override
  public Area area(String planId, int number) {
    return jdbc.query("SELECT * FROM oic_area_state WHERE plan_id = ? AND area_number = ?",
        rs -> rs.next() ? area(rs) : null, planId, number);
  }

  static Area area(ResultSet rs) throws SQLException {
    var area = new Area(rs.getString("plan_id"), rs.getInt("area_number"), rs.getString("process_instance_id"),
        instant(rs, "started_at"));
    area.endedAt = instant(rs, "ended_at");
    area.status = rs.getString("status");
    area.rag = rs.getString("rag");
    area.progressPercent = integer(rs, "progress_percent");
    area.lastUpdateAt = instant(rs, "last_update_at");
    area.lastUpdateBy = rs.getString("last_update_by");
    area.lastNarrative = rs.getString("last_narrative");
    area.lastReviewComment = rs.getString("last_review_comment");
    area.waitingOn = rs.getString("waiting_on");
    area.waitingFor = rs.getString("waiting_for");
    area.waitingSince = rs.getString("waiting_since");
    area.waitingChasedOn = rs.getString("waiting_chased_on");
    area.signOffReason = rs.getString("sign_off_reason");
    area.completionRate = decimal(rs, "completion_rate");
    area.figuresAsAt = rs.getString("figures_as_at");
    for (int n = 1; n <= area.moduleRates.length; n++) {
      area.moduleRates[n - 1] = decimal(rs, "module_rate_" + n);
    }
    return area;
  }

  @Override
  public void saveArea(Area area, boolean isNew) {
    var values = new Object[] {area.instanceId, time(area.startedAt), time(area.endedAt), area.status, area.rag,
        area.progressPercent, time(area.lastUpdateAt), area.lastUpdateBy, area.lastNarrative, area.lastReviewComment,
        area.waitingOn, area.waitingFor, area.waitingSince, area.waitingChasedOn, area.signOffReason,
        area.completionRate, area.figuresAsAt, area.moduleRates[0], area.moduleRates[1], area.moduleRates[2],
        area.moduleRates[3], area.moduleRates[4], area.moduleRates[5], area.planId, area.number};
    if (isNew) {
      jdbc.update("INSERT INTO oic_area_state (" + AREA_COLUMNS + ", plan_id, area_number) VALUES ("
          + "?, ".repeat(values.length - 1) + "?)", values);
    } else {
      jdbc.update("UPDATE oic_area_state SET " + AREA_COLUMNS.replace(",", " = ?,") + " = ? "
          + "WHERE plan_id = ? AND area_number = ?", values);
    }
  }

  @Override
  public Submission submission(String calledInstanceId) {
    return jdbc.query("SELECT * FROM oic_area_submission WHERE called_instance_id = ?",
        rs -> rs.next() ? submission(rs) : null, calledInstanceId);
  }

  @Override
  public Submission submissionAt(String areaInstanceId, Instant submittedAt) {
    return jdbc.query("SELECT * FROM oic_area_submission WHERE area_instance_id = ? AND submitted_at = ? "
        + "ORDER BY called_instance_id", rs -> rs.next() ? submission(rs) : null, areaInstanceId, time(submittedAt));
  }

  private static Submission submission(ResultSet rs) throws SQLException {
    return new Submission(rs.getString("called_instance_id"), rs.getString("area_instance_id"),
        instant(rs, "submitted_at"), rs.getString("blockers"), rs.getString("evidence_reference"));
  }

  @Override
  public void saveSubmission(Submission s, boolean isNew) {
    if (isNew) {
      jdbc.update("INSERT INTO oic_area_submission (called_instance_id, area_instance_id, submitted_at, blockers, "
          + "evidence_reference) VALUES (?, ?, ?, ?, ?)", s.calledInstanceId(), s.areaInstanceId(),
          time(s.submittedAt()), s.blockers(), s.evidenceReference());
    } else {
      jdbc.update("UPDATE oic_area_submission SET submitted_at = ?, blockers = ?, evidence_reference = ? "
          + "WHERE called_instance_id = ?", time(s.submittedAt()), s.blockers(), s.evidenceReference(),
          s.calledInstanceId());
    }
  }

  @Override
  public boolean hasUpdate(String areaInstanceId, Instant submittedAt) {
    return count("SELECT COUNT(*) FROM oic_area_update WHERE area_instance_id = ? AND submitted_at = ?",
        areaInstanceId, time(submittedAt)) > 0;
  }

  @Override
  public void addUpdate(Update u) {
    jdbc.update("INSERT INTO oic_area_update (plan_id, area_number, area_instance_id, submitted_at, recorded_at, "
        + "submitted_by, rag, progress_percent, narrative, review_comment, called_instance_id, blockers, "
        + "evidence_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", u.planId(), u.areaNumber(),
        u.areaInstanceId(), time(u.submittedAt()), time(u.recordedAt()), u.submittedBy(), u.rag(),
        u.progressPercent(), u.narrative(), u.reviewComment(), u.calledInstanceId(), u.blockers(),
        u.evidenceReference());
  }

  @Override
  public void addFigures(Figures f) {
    jdbc.update("INSERT INTO oic_area_figures (plan_id, area_number, process_instance_id, recorded_at, rate, rag, "
        + "target_met, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
          ps.setString(1, f.planId());
          ps.setInt(2, f.areaNumber());
          ps.setString(3, f.instanceId());
          ps.setObject(4, time(f.recordedAt()));
          ps.setObject(5, f.rate(), Types.DOUBLE);
          ps.setString(6, f.rag());
          ps.setObject(7, f.targetMet(), Types.BOOLEAN);
          ps.setString(8, f.summary());
        });
  }

  @Override
  public boolean hasSignOff(String areaInstanceId) {
    return count("SELECT COUNT(*) FROM oic_area_sign_off WHERE area_instance_id = ?", areaInstanceId) > 0;
  }

  @Override
  public void addSignOff(SignOff s) {
    jdbc.update("INSERT INTO oic_area_sign_off (plan_id, area_number, area_instance_id, signed_off_at, reason) "
        + "VALUES (?, ?, ?, ?, ?)", s.planId(), s.areaNumber(), s.areaInstanceId(), time(s.signedOffAt()), s.reason());
  }

  @Override
  public void saveOpenTask(OpenTask t, boolean isNew) {
    int updated = isNew ? 0 : jdbc.update("UPDATE oic_open_task SET name = ?, due_at = ? WHERE task_id = ?", t.name(),
        time(t.dueAt()), t.taskId());
    if (updated == 0) {
      jdbc.update("INSERT INTO oic_open_task (task_id, process_instance_id, plan_id, area_number, name, due_at) "
          + "VALUES (?, ?, ?, ?, ?, ?)", t.taskId(), t.instanceId(), t.planId(), t.areaNumber(), t.name(),
          time(t.dueAt()));
    }
  }

  @Override
  public void closeTask(String taskId) {
    jdbc.update("DELETE FROM oic_open_task WHERE task_id = ?", taskId);
  }

  private long count(String sql, Object... args) {
    var count = jdbc.queryForObject(sql, Long.class, args);
    return count == null ? 0 : count;
  }

  /** Empties every table of the read model, for a rebuild. */
  void clear() {
    for (var table : new String[] {"oic_open_task", "oic_area_sign_off", "oic_area_figures", "oic_area_update",
        "oic_area_submission", "oic_area_state", "oic_plan_state", "oic_rm_instance"}) {
      jdbc.update("DELETE FROM " + table);
    }
  }
}
