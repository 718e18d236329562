package uk.oic.actionplan.absence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The absences ({@code oic_absence}), their task links and what delegates did on someone's behalf. */
@Component
class AbsenceStore {

  private final JdbcTemplate jdbc;

  AbsenceStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The user's current or coming absence. */
  Optional<Absence> openFor(String userId) {
    return jdbc.query("SELECT * FROM oic_absence WHERE open_for = ?", AbsenceStore::absence, userId).stream().findFirst();
  }

  Optional<Absence> byId(long id) {
    return jdbc.query("SELECT * FROM oic_absence WHERE id = ?", AbsenceStore::absence, id).stream().findFirst();
  }

  /** Absences being covered now. */
  List<Absence> covering() {
    return jdbc.query("SELECT * FROM oic_absence WHERE status = ?", AbsenceStore::absence, Absence.COVERING);
  }

  /**
   * The absence if it is being covered now, its row locked until the caller's transaction ends: a cover
   * that is ending waits for it, so a task created meanwhile cannot get a link that is never taken back.
   */
  Optional<Absence> coveringLocked(long absenceId) {
    return jdbc.query("SELECT * FROM oic_absence WHERE id = ? AND status = ? FOR UPDATE", AbsenceStore::absence,
        absenceId, Absence.COVERING).stream().findFirst();
  }

  /** Current and coming absences the user covers. */
  List<Absence> openDelegatedTo(String delegateId) {
    return jdbc.query("SELECT * FROM oic_absence WHERE delegate_id = ? AND open_for IS NOT NULL ORDER BY from_date",
        AbsenceStore::absence, delegateId);
  }

  /** The user's absences, newest first. */
  List<Absence> historyOf(String userId, int limit) {
    return jdbc.query("SELECT * FROM oic_absence WHERE user_id = ? ORDER BY id DESC LIMIT ?", AbsenceStore::absence,
        userId, limit);
  }

  long insert(String userId, String delegateId, LocalDate from, LocalDate to, String setBy, OffsetDateTime setAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(con -> {
      var ps = con.prepareStatement("""
          INSERT INTO oic_absence (user_id, delegate_id, from_date, to_date, status, set_by, set_at, open_for)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      ps.setString(1, userId);
      ps.setString(2, delegateId);
      ps.setObject(3, from);
      ps.setObject(4, to);
      ps.setString(5, Absence.SCHEDULED);
      ps.setString(6, setBy);
      ps.setObject(7, setAt);
      ps.setString(8, userId);
      return ps;
    }, keys);
    return keys.getKeyAs(Number.class).longValue();
  }

  void processInstance(long id, String processInstanceId) {
    jdbc.update("UPDATE oic_absence SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  /** Moves an absence from {@code from} to {@code to}; false when it was not in that state (another request moved it). */
  boolean move(long id, String from, String to) {
    return jdbc.update("UPDATE oic_absence SET status = ? WHERE id = ? AND status = ?", to, id, from) == 1;
  }

  /** Ends an open absence; false when it had already ended. */
  boolean end(long id, String status, String endedBy, OffsetDateTime at) {
    return jdbc.update("""
        UPDATE oic_absence SET status = ?, ended_by = ?, ended_at = ?, open_for = NULL
        WHERE id = ? AND open_for IS NOT NULL""", status, endedBy, at, id) == 1;
  }

  // --- links ---

  record Link(long absenceId, String taskId, String delegateId, String assigneeBefore, boolean hadGrant) {}

  void addLink(long absenceId, String taskId, String delegateId, String assigneeBefore, boolean hadGrant, OffsetDateTime at) {
    jdbc.update("""
        INSERT INTO oic_absence_link (absence_id, task_id, delegate_id, assignee_before, had_grant, added_at)
        VALUES (?, ?, ?, ?, ?, ?)""", absenceId, taskId, delegateId, assigneeBefore, hadGrant, at);
  }

  boolean hasLink(long absenceId, String taskId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM oic_absence_link WHERE absence_id = ? AND task_id = ?", Integer.class,
        absenceId, taskId) > 0;
  }

  List<Link> activeLinks(long absenceId) {
    return jdbc.query("SELECT * FROM oic_absence_link WHERE absence_id = ? AND removed_at IS NULL", AbsenceStore::link,
        absenceId);
  }

  /** The delegate's oldest live link to the task under a cover still running, if any. */
  Optional<Link> coveringLink(String taskId, String delegateId) {
    return jdbc.query("""
        SELECT l.* FROM oic_absence_link l JOIN oic_absence a ON a.id = l.absence_id
        WHERE l.task_id = ? AND l.delegate_id = ? AND l.removed_at IS NULL AND a.status = ?
        ORDER BY l.added_at, l.absence_id""", AbsenceStore::link, taskId, delegateId, Absence.COVERING).stream().findFirst();
  }

  /** Live links of absences no longer covered (a task created while their cover ended): to be taken back. */
  List<Link> staleLinks() {
    return jdbc.query("""
        SELECT l.* FROM oic_absence_link l JOIN oic_absence a ON a.id = l.absence_id
        WHERE l.removed_at IS NULL AND a.status <> ?""", AbsenceStore::link, Absence.COVERING);
  }

  /** The absence a live cover link gives the delegate this task for, if any. */
  Optional<Long> coveringAbsence(String taskId, String delegateId) {
    return jdbc.queryForList("""
        SELECT l.absence_id FROM oic_absence_link l JOIN oic_absence a ON a.id = l.absence_id
        WHERE l.task_id = ? AND l.delegate_id = ? AND l.removed_at IS NULL AND a.status = ?
        ORDER BY l.added_at, l.absence_id""", Long.class,
        taskId, delegateId, Absence.COVERING).stream().findFirst();
  }

  void linkRemoved(long absenceId, String taskId, OffsetDateTime at) {
    jdbc.update("UPDATE oic_absence_link SET removed_at = ? WHERE absence_id = ? AND task_id = ?", at, absenceId, taskId);
  }

  // --- actions ---

  void recordAction(long absenceId, String taskId, String taskName, String processInstanceId, String action,
      String delegateId, String onBehalfOf, OffsetDateTime at) {
    jdbc.update("""
        INSERT INTO oic_absence_action (absence_id, task_id, task_name, process_instance_id, action, delegate_id,
          on_behalf_of, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        absenceId, taskId, taskName == null ? null : taskName.length() > 1000 ? taskName.substring(0, 1000) : taskName,
        processInstanceId, action, delegateId, onBehalfOf, at);
  }

  record Action(String taskId, String taskName, String action, String delegateId, String onBehalfOf, OffsetDateTime at) {}

  List<Action> actions(long absenceId) {
    return jdbc.query("SELECT * FROM oic_absence_action WHERE absence_id = ? ORDER BY id", (rs, n) -> new Action(
        rs.getString("task_id"), rs.getString("task_name"), rs.getString("action"), rs.getString("delegate_id"),
        rs.getString("on_behalf_of"), rs.getObject("done_at", OffsetDateTime.class)), absenceId);
  }

  private static Absence absence(ResultSet rs, int n) throws SQLException {
    return new Absence(rs.getLong("id"), rs.getString("user_id"), rs.getString("delegate_id"),
        rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class), rs.getString("status"),
        rs.getString("set_by"), rs.getObject("set_at", OffsetDateTime.class), rs.getString("ended_by"),
        rs.getObject("ended_at", OffsetDateTime.class), rs.getString("process_instance_id"));
  }

  private static Link link(ResultSet rs, int n) throws SQLException {
    return new Link(rs.getLong("absence_id"), rs.getString("task_id"), rs.getString("delegate_id"),
        rs.getString("assignee_before"), rs.getBoolean("had_grant"));
  }
}
