package uk.oic.actionplan.plan;

import uk.oic.actionplan.kernel.PlanVariables;

/** Variables of the {@code oic-action-plan} process; the areas get theirs from {@code area.AreaVariables}. */
public final class ActionPlanVariables {

  public static final String PROCESS_KEY = "oic-action-plan";
  public static final String ASSURANCE_PROCESS_KEY = "oic-pcc-assurance";
  /** Process key of the area frame: every area runs it, business key {@code <planId>/area-<n>}. */
  public static final String AREA_PROCESS_KEY = "oic-area";

  public static final String PLAN_ID = PlanVariables.PLAN_ID;
  public static final String PLAN_TITLE = PlanVariables.PLAN_TITLE;
  /** Integer: how many areas the plan starts. */
  public static final String AREA_COUNT = "areaCount";
  /** Boolean: whether the plan gives the report's publication date, so the PCC's response is started. */
  public static final String PCC_RESPONSE_DUE = "pccResponseDue";
  public static final String PCC_RESPONSE_PROCESS_KEY = uk.oic.actionplan.kernel.ProcessKeys.PCC_RESPONSE;

  /** Process key of an area's own work, which the frame calls: {@code oic-area-<n>-work}. */
  public static String ownWorkProcessKey(int areaNumber) {
    return AREA_PROCESS_KEY + "-" + areaNumber + "-work";
  }

  /** Business key of the plan's assurance loop: {@code <planId>/assurance}. */
  public static String assuranceBusinessKey(String planId) {
    return planId + "/assurance";
  }

  private ActionPlanVariables() {}
}
