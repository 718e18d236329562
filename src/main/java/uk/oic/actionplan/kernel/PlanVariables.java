package uk.oic.actionplan.kernel;

/**
 * The names of the variables that say which plan, area and recommendation a process instance
 * belongs to. Every process of a plan carries them under these names, and every feature reads them:
 * each feature's own list of the variables it uses refers to them here.
 */
public final class PlanVariables {

  /** String: the plan's id, e.g. {@code hiow-oic-2025}. */
  public static final String PLAN_ID = "planId";
  /** String: the plan's title. */
  public static final String PLAN_TITLE = "planTitle";
  /** Integer: the action area's number. */
  public static final String AREA_NUMBER = "areaNumber";
  /** String, null for an area that delivers no recommendation. */
  public static final String RECOMMENDATION_ID = "recommendationId";
  /** "Rec 8" or "No recommendation". */
  public static final String RECOMMENDATION_LABEL = "recommendationLabel";

  private PlanVariables() {}
}
