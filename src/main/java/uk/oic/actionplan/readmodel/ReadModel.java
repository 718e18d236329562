package uk.oic.actionplan.readmodel;

import static uk.oic.actionplan.readmodel.JdbcStore.bool;
import static uk.oic.actionplan.readmodel.JdbcStore.decimal;
import static uk.oic.actionplan.readmodel.JdbcStore.instant;
import static uk.oic.actionplan.readmodel.JdbcStore.integer;

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
    return jdbc.query("SELECT * FROM oic_plan_state WHERE plan_id = ?", (rs, n) -> new PlanState(
        rs.getString("plan_id"), rs.getString("process_instance_id"), instant(rs, "started_at"),
        instant(rs, "ended_at")), planId).stream().findFirst();
  }

  /** The plan's areas that have started, by number. */
  public Map<Integer, AreaState> areas(String planId) {
    var areas = new LinkedHashMap<Integer, AreaState>();
    jdbc.query("SELECT * FROM oic_area_state WHERE plan_id = ? ORDER BY area_number", rs -> {
      var a = JdbcStore.area(rs);
      areas.put(a.number, new AreaState(a.planId, a.number, a.instanceId, a.startedAt, a.endedAt, a.status, a.rag,
          a.progressPercent, a.lastUpdateAt, a.lastUpdateBy, a.lastNarrative, a.lastReviewComment, a.waitingOn,
          a.waitingFor, a.waitingSince, a.waitingChasedOn, a.signOffReason, a.completionRate, a.figuresAsAt,
          Arrays.asList(a.moduleRates.clone())));
    }, planId);
    return areas;
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
    jdbc.query("SELECT area_number, name, due_at FROM oic_open_task WHERE plan_id = ? AND due_at IS NOT NULL "
        + "ORDER BY area_number, due_at, task_id", rs -> {
          next.putIfAbsent(rs.getInt("area_number"), new NextTask(rs.getString("name"), instant(rs, "due_at")));
        }, planId);
    return next;
  }
}
