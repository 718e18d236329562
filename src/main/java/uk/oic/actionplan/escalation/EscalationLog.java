package uk.oic.actionplan.escalation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The escalation log: one row per reminder or escalation of a dated item, and the steps of each
 * escalation. It shares the engine's DataSource and transaction, so a row and the job that wrote it
 * commit or roll back together; the unique item key keeps a retried job from writing a second row.
 */
@Repository
class EscalationLog {

  static final String REMINDER = "REMINDER";
  static final String ESCALATION = "ESCALATION";
  static final String OPEN = "OPEN";

  private final JdbcTemplate jdbc;

  EscalationLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A row to write. */
  record NewEntry(String itemKey, String kind, String status, ItemRef item, int levelCount, OffsetDateTime createdAt) {}

  /** A row as read, with the steps of an escalation (empty for a reminder). */
  record Entry(long id, String itemKey, String kind, String status, String planId, String itemName, String itemType,
      String ownerGroup, String sourceProcessInstanceId, String sourceActivityId, OffsetDateTime originalDueDate,
      OffsetDateTime currentDueDate, int slips, int level, int levelCount, String levelGroup, boolean flaggedForPcc,
      String processInstanceId, OffsetDateTime createdAt, OffsetDateTime closedAt, List<Step> steps) {

    Entry withSteps(List<Step> steps) {
      return new Entry(id, itemKey, kind, status, planId, itemName, itemType, ownerGroup, sourceProcessInstanceId,
          sourceActivityId, originalDueDate, currentDueDate, slips, level, levelCount, levelGroup, flaggedForPcc,
          processInstanceId, createdAt, closedAt, steps);
    }
  }

  record Step(String step, int level, String groupId, String detail, OffsetDateTime dueDate, String recordedBy,
      OffsetDateTime recordedAt) {}

  /** Filter of {@link #search}; null fields match everything. */
  record Filter(String planId, Integer level, Boolean open, String kind) {}

  record Page<T>(List<T> content, int page, int size, long totalElements) {
    public long totalPages() {
      return size == 0 ? 0 : (totalElements + size - 1) / size;
    }
  }

  Optional<Entry> findByKey(String itemKey) {
    return jdbc.query("SELECT * FROM oic_escalation_log WHERE item_key = ?", ENTRY, itemKey).stream().findFirst()
        .map(e -> e.withSteps(steps(e.id())));
  }

  Optional<Entry> find(long id) {
    return jdbc.query("SELECT * FROM oic_escalation_log WHERE id = ?", ENTRY, id).stream().findFirst()
        .map(e -> e.withSteps(steps(e.id())));
  }

  /**
   * Writes the row. A second writer of the same key (another node, whose transaction had not
   * committed when we looked) fails on the unique constraint: its job rolls back and, retried, finds
   * the row.
   */
  long insert(NewEntry entry) {
    var keys = new GeneratedKeyHolder();
    var item = entry.item();
    var due = Times.utc(item.dueDate());
    jdbc.update(con -> {
      PreparedStatement ps = con.prepareStatement("""
          INSERT INTO oic_escalation_log (item_key, kind, status, plan_id, item_name, item_type, owner_group,
            source_process_instance_id, source_activity_id, original_due_date, current_due_date, slips, level,
            level_count, flagged_for_pcc, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, FALSE, ?)""", new String[] {"id"});
      int i = 1;
      ps.setString(i++, entry.itemKey());
      ps.setString(i++, entry.kind());
      ps.setString(i++, entry.status());
      ps.setString(i++, item.planId());
      ps.setString(i++, Times.clip(item.itemName(), 1000));
      ps.setString(i++, item.itemType());
      ps.setString(i++, item.ownerGroup());
      ps.setString(i++, item.sourceProcessInstanceId());
      ps.setString(i++, item.sourceActivityId());
      ps.setObject(i++, due);
      ps.setObject(i++, due);
      ps.setInt(i++, entry.levelCount());
      ps.setObject(i, entry.createdAt());
      return ps;
    }, keys);
    return keys.getKeyAs(Number.class).longValue();
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.update("UPDATE oic_escalation_log SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  void setLevel(long id, int level, int levelCount, String group) {
    jdbc.update("UPDATE oic_escalation_log SET level = ?, level_count = ?, level_group = ? WHERE id = ?",
        level, levelCount, group, id);
  }

  /** A revised date was approved: the current date moves and the slip is counted; the original stays. */
  void revise(long id, OffsetDateTime newDue) {
    jdbc.update("UPDATE oic_escalation_log SET current_due_date = ?, slips = slips + 1 WHERE id = ?", newDue, id);
  }

  void flagForPcc(long id) {
    jdbc.update("UPDATE oic_escalation_log SET flagged_for_pcc = TRUE WHERE id = ?", id);
  }

  void close(long id, String status, OffsetDateTime at) {
    jdbc.update("UPDATE oic_escalation_log SET status = ?, closed_at = ? WHERE id = ? AND closed_at IS NULL",
        status, at, id);
  }

  void addStep(long escalationId, String step, int level, String group, String detail, OffsetDateTime dueDate,
      String recordedBy, OffsetDateTime at) {
    jdbc.update("""
        INSERT INTO oic_escalation_step (escalation_id, step, level, group_id, detail, due_date, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        escalationId, step, level, group, Times.clip(detail, 4000), dueDate, Times.clip(recordedBy, 100), at);
  }

  List<Step> steps(long escalationId) {
    return jdbc.query("SELECT * FROM oic_escalation_step WHERE escalation_id = ? ORDER BY id", STEP, escalationId);
  }

  Page<Entry> search(Filter filter, int page, int size) {
    var where = new StringBuilder(" WHERE 1 = 1");
    var args = new ArrayList<Object>();
    if (filter.planId() != null) {
      where.append(" AND plan_id = ?");
      args.add(filter.planId());
    }
    if (filter.level() != null) {
      where.append(" AND level = ?");
      args.add(filter.level());
    }
    if (filter.open() != null) {
      where.append(filter.open() ? " AND status = ?" : " AND status <> ?");
      args.add(OPEN);
    }
    if (filter.kind() != null) {
      where.append(" AND kind = ?");
      args.add(filter.kind());
    }
    long total = jdbc.queryForObject("SELECT COUNT(*) FROM oic_escalation_log" + where, Long.class, args.toArray());
    var pageArgs = new ArrayList<>(args);
    pageArgs.add(size);
    pageArgs.add((long) page * size);
    var entries = jdbc.query("SELECT * FROM oic_escalation_log" + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        ENTRY, pageArgs.toArray());
    Map<Long, List<Step>> steps = entries.isEmpty() ? Map.of() : stepsOf(entries.stream().map(Entry::id).toList());
    return new Page<>(entries.stream().map(e -> e.withSteps(steps.getOrDefault(e.id(), List.of()))).toList(),
        page, size, total);
  }

  /**
   * The plan's open escalations, highest level first, then newest first, without their steps: one query on the
   * plan's index. Open as the dashboard means it: an escalation not yet closed.
   */
  List<Entry> openEscalations(String planId) {
    return jdbc.query("SELECT * FROM oic_escalation_log WHERE plan_id = ? AND status = ? AND kind = ? AND closed_at IS NULL"
        + " ORDER BY level DESC, created_at DESC, id DESC", ENTRY, planId, OPEN, ESCALATION);
  }

  /** Open escalations by plan: {@code [open, flagged for the PCC]}, in one query. */
  Map<String, int[]> openCountsByPlan() {
    var counts = new java.util.HashMap<String, int[]>();
    jdbc.query("SELECT plan_id, COUNT(*), SUM(CASE WHEN flagged_for_pcc THEN 1 ELSE 0 END) FROM oic_escalation_log"
        + " WHERE status = ? AND kind = ? AND closed_at IS NULL GROUP BY plan_id", rs -> {
          counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
        }, OPEN, ESCALATION);
    return counts;
  }

  /** The plan's area-deadline escalations whose due date was revised, open or closed, without their steps. */
  List<Entry> revisedAreaDeadlines(String planId) {
    return jdbc.query("SELECT * FROM oic_escalation_log WHERE plan_id = ? AND item_type = ?"
        + " AND current_due_date <> original_due_date ORDER BY id", ENTRY, planId, "AREA_DEADLINE");
  }

  private Map<Long, List<Step>> stepsOf(List<Long> ids) {
    var marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    var rows = new ArrayList<Map.Entry<Long, Step>>();
    jdbc.query("SELECT * FROM oic_escalation_step WHERE escalation_id IN (" + marks + ") ORDER BY id",
        rs -> {
          rows.add(Map.entry(rs.getLong("escalation_id"), STEP.mapRow(rs, 0)));
        }, ids.toArray());
    return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(
      rs.getLong("id"), rs.getString("item_key"), rs.getString("kind"), rs.getString("status"),
      rs.getString("plan_id"), rs.getString("item_name"), rs.getString("item_type"), rs.getString("owner_group"),
      rs.getString("source_process_instance_id"), rs.getString("source_activity_id"),
      time(rs, "original_due_date"), time(rs, "current_due_date"), rs.getInt("slips"), rs.getInt("level"),
      rs.getInt("level_count"), rs.getString("level_group"), rs.getBoolean("flagged_for_pcc"),
      rs.getString("process_instance_id"), time(rs, "created_at"), time(rs, "closed_at"), List.of());

  private static final RowMapper<Step> STEP = (rs, n) -> new Step(
      rs.getString("step"), rs.getInt("level"), rs.getString("group_id"), rs.getString("detail"),
      time(rs, "due_date"), rs.getString("recorded_by"), time(rs, "recorded_at"));

  static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.withOffsetSameInstant(java.time.ZoneOffset.UTC);
  }
}
