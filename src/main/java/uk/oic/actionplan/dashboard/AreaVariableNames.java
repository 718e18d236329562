package uk.oic.actionplan.dashboard;

import uk.oic.actionplan.kernel.PlanVariables;

/**
 * The names of the area-instance variables the dashboard reads, as the action plan sets
 * them, and the training figures the area 7 and 8 models keep (read when present).
 */
final class AreaVariableNames {

  static final String PLAN_ID = PlanVariables.PLAN_ID;
  static final String AREA_NUMBER = PlanVariables.AREA_NUMBER;
  static final String LAST_RAG = "lastRag";
  static final String LAST_PROGRESS_PERCENT = "lastProgressPercent";
  static final String LAST_NARRATIVE = "lastNarrative";
  static final String LAST_UPDATE_BY = "lastUpdateBy";
  static final String LAST_UPDATE_AT = "lastUpdateAt";
  static final String LAST_REVIEW_COMMENT = "lastReviewComment";
  static final String AREA_STATUS = "areaStatus";

  // kept in the called progress-update instance, not mapped back to the area
  /** Date: when the owner submitted the update; the area's {@code lastUpdateAt} is a copy of it. */
  static final String SUBMITTED_AT = "submittedAt";
  static final String BLOCKERS = "blockers";
  static final String EVIDENCE_REFERENCE = "evidenceReference";

  /** Number, percent: the measured completion rate of a training area (the lowest module's for area 8). */
  static final String COMPLETION_RATE = "completionRate";
  /** The wait on an outside body, from the latest accepted progress update (see area.AreaVariables). */
  static final String WAITING_ON = "waitingOn";
  static final String WAITING_FOR = "waitingFor";
  static final String WAITING_SINCE = "waitingSince";
  static final String WAITING_CHASED_ON = "waitingChasedOn";
  /** Date or "yyyy-mm-dd": the day the completion figures describe. */
  static final String FIGURES_AS_AT = "figuresAsAt";

  /** Number, percent: completion of module n (1-based) of a multi-module course. */
  static String moduleRate(int n) {
    return "module" + n + "Rate";
  }

  private AreaVariableNames() {}
}
