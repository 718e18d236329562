package uk.oic.actionplan.readmodel;

import static uk.oic.actionplan.readmodel.JdbcStore.bool;
import static uk.oic.actionplan.readmodel.JdbcStore.decimal;
import static uk.oic.actionplan.readmodel.JdbcStore.instant;
import static uk.oic.actionplan.readmodel.JdbcStore.integer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each plan and area stands, as the engine's steps left it: what pages, the plans API, the
 * assurance loop and the exports read. One query per question, whatever the length of the history.
 */
@Component
public class ReadModel {

  private final JdbcTemplate jdbc;

  ReadModel(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The plan's latest action plan instance. */
  public record PlanState(String planId, String processInstanceId, Instant startedAt, Instant endedAt) {
    public boolean running() {
      return endedAt == null;
    }
  }

  /**
   * An area as its latest frame instance leaves it: the status, the last accepted update, a wait on an
   * outside body and the completion figures of its own work ({@code moduleRates} by module, 1-based
   * order, null where not recorded).
   */
  public record AreaState(String planId, int number, String processInstanceId, Instant startedAt, Instant endedAt,
      String status, String rag, Integer progressPercent, Instant lastUpdateAt, String lastUpdateBy,
      String lastNarrative, String lastReviewComment, String waitingOn, String waitingFor, String waitingSince,
      String waitingChasedOn, String signOffReason, Double completionRate, String figuresAsAt,
      List<Double> moduleRates) {}

  /** A progress update the strategic lead accepted, with what the owner submitted, in the frame instance it was accepted in. */
  public record AcceptedUpdate(String planId, int areaNumber, String areaInstanceId, Instant submittedAt, Instant recordedAt,
      String submittedBy, String rag, Integer progressPercent, String narrative, String reviewComment,
      String calledInstanceId, String blockers, String evidenceReference) {}

  /** A round of an area's figures. */
  public record FiguresRound(String planId, int areaNumber, Instant recordedAt, Double rate, String rag,
      Boolean targetMet, String summary) {}

  public record SignOff(String planId, int areaNumber, Instant signedOffAt, String reason) {}

  /** The open task of an area due first. */
  public record NextTask(String name, Instant dueAt) {}

  public Optional<PlanState> plan(String planId) {
    return jdbc.query("SELECT * FROM oic_plan_state WHERE plan_id = ?", (rs, n) -> planState(rs), planId).stream()
        .findFirst();
  }

  /** Every plan's latest action plan instance, by plan id. */
  public Map<String, PlanState> plans() {
    var plans = new LinkedHashMap<String, PlanState>();
    jdbc.query("SELECT * FROM oic_plan_state ORDER BY plan_id", rs -> {
      plans.put(rs.getString("plan_id"), planState(rs));
    });
    return plans;
  }

  /** The plan's areas that have started, by number. */
  public Map<Integer, AreaState> areas(String planId) {
    var areas = new LinkedHashMap<Integer, AreaState>();
    jdbc.query("SELECT * FROM oic_area_state WHERE plan_id = ? ORDER BY area_number", rs -> {
      var a = areaState(rs);
      areas.put(a.number(), a);
    }, planId);
    return areas;
  }

  /** Every plan's areas that have started, by plan id and number: one query for all plans. */
  public Map<String, Map<Integer, AreaState>> areasOfAllPlans() {
    var areas = new LinkedHashMap<String, Map<Integer, AreaState>>();
    jdbc.query("SELECT * FROM oic_area_state ORDER BY plan_id, area_number", rs -> {
      var a = areaState(rs);
      areas.computeIfAbsent(a.planId(), id -> new LinkedHashMap<>()).put(a.number(), a);
    });
    return areas;
  }

  private static PlanState planState(ResultSet rs) throws SQLException {
    return new PlanState(rs.getString("plan_id"), rs.getString("process_instance_id"), instant(rs, "started_at"),
        instant(rs, "ended_at"));
  }

  private static AreaState areaState(ResultSet rs) throws SQLException {
    var a = JdbcStore.area(rs);
    return new AreaState(a.planId, a.number, a.instanceId, a.startedAt, a.endedAt, a.status, a.rag,
        a.progressPercent, a.lastUpdateAt, a.lastUpdateBy, a.lastNarrative, a.lastReviewComment, a.waitingOn,
        a.waitingFor, a.waitingSince, a.waitingChasedOn, a.signOffReason, a.completionRate, a.figuresAsAt,
        Arrays.asList(a.moduleRates.clone()));
  }

  /** Every accepted update of the plan, oldest first. */
  public List<AcceptedUpdate> updates(String planId) {
    return jdbc.query("SELECT * FROM oic_area_update WHERE plan_id = ? ORDER BY submitted_at, id",
        (rs, n) -> new AcceptedUpdate(rs.getString("plan_id"), rs.getInt("area_number"),
            rs.getString("area_instance_id"), instant(rs, "submitted_at"),
            instant(rs, "recorded_at"), rs.getString("submitted_by"), rs.getString("rag"),
            integer(rs, "progress_percent"), rs.getString("narrative"), rs.getString("review_comment"),
            rs.getString("called_instance_id"), rs.getString("blockers"), rs.getString("evidence_reference")),
        planId);
  }

  /** Every round of figures of the plan's areas, oldest first. */
  public List<FiguresRound> figures(String planId) {
    return jdbc.query("SELECT * FROM oic_area_figures WHERE plan_id = ? ORDER BY recorded_at, id",
        (rs, n) -> new FiguresRound(rs.getString("plan_id"), rs.getInt("area_number"), instant(rs, "recorded_at"),
            decimal(rs, "rate"), rs.getString("rag"), bool(rs, "target_met"), rs.getString("summary")), planId);
  }

  /** Every sign-off of the plan's areas, oldest first. */
  public List<SignOff> signOffs(String planId) {
    return jdbc.query("SELECT * FROM oic_area_sign_off WHERE plan_id = ? ORDER BY signed_off_at, id",
        (rs, n) -> new SignOff(rs.getString("plan_id"), rs.getInt("area_number"), instant(rs, "signed_off_at"),
            rs.getString("reason")), planId);
  }

  /** Each area's open task with the earliest due date (tasks without one do not count), by area number. */
  public Map<Integer, NextTask> nextTasks(String planId) {
    var next = new LinkedHashMap<Integer, NextTask>();
    jdbc.query(NEXT_TASKS + "WHERE plan_id = ? AND due_at IS NOT NULL ORDER BY area_number, due_at, task_id",
        rs -> {
          next.putIfAbsent(rs.getInt("area_number"), nextTask(rs));
        }, planId);
    return next;
  }

  /** {@link #nextTasks} of every plan, by plan id: one query for all plans. */
  public Map<String, Map<Integer, NextTask>> nextTasksOfAllPlans() {
    var next = new LinkedHashMap<String, Map<Integer, NextTask>>();
    jdbc.query(NEXT_TASKS + "WHERE due_at IS NOT NULL ORDER BY plan_id, area_number, due_at, task_id", rs -> {
      next.computeIfAbsent(rs.getString("plan_id"), id -> new LinkedHashMap<>())
          .putIfAbsent(rs.getInt("area_number"), nextTask(rs));
    });
    return next;
  }

  private static final String NEXT_TASKS = "SELECT plan_id, area_number, name, due_at FROM oic_open_task ";

  private static NextTask nextTask(ResultSet rs) throws SQLException {
    return new NextTask(rs.getString("name"), instant(rs, "due_at"));
  }
}
