package uk.oic.actionplan.assurance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * The assurance loop's records: the PCC's discharges ({@code oic_discharge}), each
 * recommendation's latest OPCC decision ({@code oic_assurance_state}) and the OPCC's grade of every
 * review ({@code oic_assurance_grade}). They share the engine's
 * DataSource and transaction: a record and the loop step that wrote it commit or roll back together.
 */
@Repository
class AssuranceRecords {

  /** The loop's activities that record a decision about a recommendation, and the state each leaves. */
  static final Map<String, String> DECISIONS = Map.of(
      "Task_RecordAssured", "Assured",
      "Task_RecordChallenge", "Challenged",
      "Task_RecordChallengeAnswer", "Challenge answered",
      "Task_RecordReferral", "Referred to accountability meeting",
      "Task_RecordMeetingOutcome", "Accountability meeting held",
      "Task_RecordDischarge", "Discharged",
      "Task_RecordSignOffDeclined", "Sign-off declined by the PCC",
      "Task_RecordReopening", "Reopened");

  /** The decisions that complete a review, each of which records the review's grade. */
  static final Set<String> REVIEW_DECISIONS = Set.of(
      "Task_RecordAssured", "Task_RecordChallenge", "Task_RecordReferral");

  private final JdbcTemplate jdbc;

  AssuranceRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A discharge to record. */
  record NewDischarge(String planId, String recommendationId, String label, int cycle, Instant dischargedAt,
      String dischargedBy, String reasons, String processInstanceId) {}

  /** A row of {@code oic_discharge}: open while {@code reopenedAt} is null. */
  record DischargeRow(long id, String planId, String recommendationId, String label, int cycle, Instant dischargedAt,
      String dischargedBy, String reasons, String processInstanceId, Instant reopenedAt, String reopenedBy,
      String reopenReasons) {

    boolean open() {
      return reopenedAt == null;
    }

    DischargedRecommendations.Discharge discharge() {
      return new DischargedRecommendations.Discharge(recommendationId, label, cycle, dischargedAt, dischargedBy, reasons);
    }
  }

  /**
   * The OPCC's latest decision about a recommendation.
   *
   * @param state the words of {@link #DECISIONS} for {@code activityId}
   * @param evidenceSequence the decision record's place in the evidence register, null when the register does not hold it
   */
  record Decision(String planId, String recommendationId, String state, String activityId, String title,
      String description, Instant decidedAt, Long evidenceSequence, String processInstanceId) {}

  /**
   * The OPCC's grade of one review of a recommendation.
   *
   * @param evidenceSequence the review decision's place in the evidence register, null when the register does not hold it
   */
  record Grade(String planId, String recommendationId, int cycleNumber, AssuranceGrade grade, String rationale,
      String gradedBy, Instant gradedAt, Long evidenceSequence, String processInstanceId) {}

  /**
   * Records the discharge, unless the recommendation is discharged already (a retried step, or a
   * second sign-off racing the first): then nothing is written and the answer is false. Two writers
   * that both found none fail on the unique open key, and the later one's command rolls back.
   */
  boolean recordDischarge(NewDischarge discharge) {
    var openKey = openKey(discharge.planId(), discharge.recommendationId());
    if (count("SELECT COUNT(*) FROM oic_discharge WHERE open_key = ?", openKey) > 0) {
      return false;
    }
    jdbc.update("""
        INSERT INTO oic_discharge (plan_id, recommendation_id, label, cycle, discharged_at, discharged_by, reasons,
          process_instance_id, open_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        discharge.planId(), discharge.recommendationId(), discharge.label(), discharge.cycle(),
        utc(discharge.dischargedAt()), discharge.dischargedBy(), discharge.reasons(), discharge.processInstanceId(), openKey);
    return true;
  }

  /** Reopens the recommendation's open discharge, which is kept; false when it had none. */
  boolean reopen(String planId, String recommendationId, Instant reopenedAt, String reopenedBy, String reasons) {
    return jdbc.update("""
        UPDATE oic_discharge SET reopened_at = ?, reopened_by = ?, reopen_reasons = ?, open_key = NULL
        WHERE open_key = ?""",
        utc(reopenedAt), reopenedBy, reasons, openKey(planId, recommendationId)) > 0;
  }

  /** The plan's recommendations discharged and not reopened. */
  DischargedRecommendations openDischarges(String planId) {
    return new DischargedRecommendations(jdbc.query(
        "SELECT * FROM oic_discharge WHERE plan_id = ? AND open_key IS NOT NULL ORDER BY id", DISCHARGE, planId)
        .stream().map(DischargeRow::discharge).toList());
  }

  /** The ids of the plan's recommendations not discharged, in the plan's order. */
  List<String> notDischarged(PlanDefinition plan) {
    return openDischarges(plan.id()).open(plan.recommendations().stream().map(PlanDefinition.Recommendation::id).toList());
  }

  /** Every discharge of the plan, reopened ones too, oldest first. */
  List<DischargeRow> discharges(String planId) {
    return jdbc.query("SELECT * FROM oic_discharge WHERE plan_id = ? ORDER BY id", DISCHARGE, planId);
  }

  /** Makes {@code decision} the recommendation's latest. */
  void recordDecision(Decision decision, Instant now) {
    int updated = jdbc.update("""
        UPDATE oic_assurance_state SET state = ?, activity_id = ?, title = ?, description = ?, decided_at = ?,
          evidence_sequence = ?, process_instance_id = ?, updated_at = ?
        WHERE plan_id = ? AND recommendation_id = ?""",
        decision.state(), decision.activityId(), decision.title(), decision.description(), utc(decision.decidedAt()),
        decision.evidenceSequence(), decision.processInstanceId(), utc(now), decision.planId(), decision.recommendationId());
    if (updated == 0) {
      jdbc.update("""
          INSERT INTO oic_assurance_state (plan_id, recommendation_id, state, activity_id, title, description, decided_at,
            evidence_sequence, process_instance_id, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          decision.planId(), decision.recommendationId(), decision.state(), decision.activityId(), decision.title(),
          decision.description(), utc(decision.decidedAt()), decision.evidenceSequence(), decision.processInstanceId(),
          utc(now));
    }
  }

  /** The latest decision about each recommendation of the plan that has one, by recommendation id. */
  Map<String, Decision> states(String planId) {
    var states = new LinkedHashMap<String, Decision>();
    jdbc.query("SELECT * FROM oic_assurance_state WHERE plan_id = ? ORDER BY recommendation_id", DECISION, planId)
        .forEach(d -> states.put(d.recommendationId(), d));
    return states;
  }

  void recordGrade(Grade grade) {
    jdbc.update("""
        INSERT INTO oic_assurance_grade (plan_id, recommendation_id, cycle_number, grade, rationale, graded_by, graded_at,
          evidence_sequence, process_instance_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        grade.planId(), grade.recommendationId(), grade.cycleNumber(), grade.grade().name(), grade.rationale(),
        grade.gradedBy(), utc(grade.gradedAt()), grade.evidenceSequence(), grade.processInstanceId());
  }

  /** Each recommendation's grades, oldest first, by recommendation id; a recommendation never graded is absent. */
  Map<String, List<Grade>> grades(String planId) {
    var grades = new LinkedHashMap<String, List<Grade>>();
    jdbc.query("SELECT * FROM oic_assurance_grade WHERE plan_id = ? ORDER BY graded_at, id", GRADE, planId)
        .forEach(g -> grades.computeIfAbsent(g.recommendationId(), id -> new ArrayList<>()).add(g));
    return grades;
  }

  /** Removes the plan's records, before they are rebuilt. */
  void deletePlan(String planId) {
    jdbc.update("DELETE FROM oic_assurance_grade WHERE plan_id = ?", planId);
    jdbc.update("DELETE FROM oic_discharge WHERE plan_id = ?", planId);
    jdbc.update("DELETE FROM oic_assurance_state WHERE plan_id = ?", planId);
  }

  private long count(String sql, Object... args) {
    var n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  private static String openKey(String planId, String recommendationId) {
    return planId + "/" + recommendationId;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<DischargeRow> DISCHARGE = (rs, n) -> new DischargeRow(
      rs.getLong("id"), rs.getString("plan_id"), rs.getString("recommendation_id"), rs.getString("label"),
      rs.getInt("cycle"), instant(rs, "discharged_at"), rs.getString("discharged_by"), rs.getString("reasons"),
      rs.getString("process_instance_id"), instant(rs, "reopened_at"), rs.getString("reopened_by"),
      rs.getString("reopen_reasons"));

  private static final RowMapper<Grade> GRADE = (rs, n) -> new Grade(
      rs.getString("plan_id"), rs.getString("recommendation_id"), rs.getInt("cycle_number"),
      AssuranceGrade.valueOf(rs.getString("grade")), rs.getString("rationale"), rs.getString("graded_by"),
      instant(rs, "graded_at"), rs.getObject("evidence_sequence") == null ? null : rs.getLong("evidence_sequence"),
      rs.getString("process_instance_id"));

  private static final RowMapper<Decision> DECISION = (rs, n) -> new Decision(
      rs.getString("plan_id"), rs.getString("recommendation_id"), rs.getString("state"), rs.getString("activity_id"),
      rs.getString("title"), rs.getString("description"), instant(rs, "decided_at"),
      rs.getObject("evidence_sequence") == null ? null : rs.getLong("evidence_sequence"),
      rs.getString("process_instance_id"));
}
