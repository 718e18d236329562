package uk.oic.actionplan.area;

import uk.oic.actionplan.kernel.AreaStateVariables;
import uk.oic.actionplan.kernel.PlanVariables;

/**
 * The variables every action area process carries: set by the action plan when it starts the area,
 * and the latest accepted progress update, which the progress-update call activity returns.
 */
public final class AreaVariables {

  public static final String PLAN_ID = PlanVariables.PLAN_ID;
  public static final String PLAN_TITLE = PlanVariables.PLAN_TITLE;
  /** Integer. */
  public static final String AREA_NUMBER = PlanVariables.AREA_NUMBER;
  public static final String AREA_NAME = "areaName";
  public static final String OWNER_GROUP = "ownerGroup";
  /** String, null for an area that delivers no recommendation. */
  public static final String RECOMMENDATION_ID = PlanVariables.RECOMMENDATION_ID;
  /** "Rec 8" or "No recommendation". */
  public static final String RECOMMENDATION_LABEL = PlanVariables.RECOMMENDATION_LABEL;
  /** java.util.Date: the moment the area is late (the end of the deadline day). */
  public static final String AREA_DEADLINE = "areaDeadline";

  /** A {@link uk.oic.actionplan.kernel.Rag} name: "GREEN", "AMBER" or "RED". */
  public static final String LAST_RAG = AreaStateVariables.LAST_RAG;
  /** Integer 0 to 100. */
  public static final String LAST_PROGRESS_PERCENT = AreaStateVariables.LAST_PROGRESS_PERCENT;
  public static final String LAST_NARRATIVE = AreaStateVariables.LAST_NARRATIVE;
  public static final String LAST_UPDATE_BY = AreaStateVariables.LAST_UPDATE_BY;
  /** java.util.Date. */
  public static final String LAST_UPDATE_AT = AreaStateVariables.LAST_UPDATE_AT;
  public static final String LAST_REVIEW_COMMENT = AreaStateVariables.LAST_REVIEW_COMMENT;
  /** Boolean: the latest accepted update says the area is ready for sign-off. */
  public static final String READY_FOR_SIGN_OFF = "readyForSignOff";
  /** See {@link uk.oic.actionplan.kernel.AreaStatus}. */
  public static final String AREA_STATUS = AreaStateVariables.AREA_STATUS;

  /** Returned by the delivery-plan call activity. */
  public static final String DELIVERY_PLAN_SUMMARY = "deliveryPlanSummary";
  /** java.util.Date: returned by the delivery-plan call activity; the area's own work falls due then. */
  public static final String DELIVERY_TARGET_DATE = "deliveryTargetDate";
  /** Boolean, returned by the sign-off call activity. */
  public static final String AREA_SIGNED_OFF = "areaSignedOff";
  public static final String SIGN_OFF_REASON = AreaStateVariables.SIGN_OFF_REASON;
  /** Boolean, local to the area's delivery: its own work is done, so it may be signed off. */
  public static final String OWN_WORK_COMPLETE = "ownWorkComplete";

  /** Boolean, from the progress update: delivery waits on a body outside the force. */
  public static final String WAITING_ON_OUTSIDE_BODY = "waitingOnOutsideBody";
  /** The outside body ("National MSOIC teams"); null when the area waits on nobody. */
  public static final String WAITING_ON = AreaStateVariables.WAITING_ON;
  /** What is awaited from it. */
  public static final String WAITING_FOR = AreaStateVariables.WAITING_FOR;
  /** The day the wait began, {@code yyyy-mm-dd}. */
  public static final String WAITING_SINCE = AreaStateVariables.WAITING_SINCE;
  /** The day the body was last chased, {@code yyyy-mm-dd}. */
  public static final String WAITING_CHASED_ON = AreaStateVariables.WAITING_CHASED_ON;
  /** The wait's details, set together by each accepted progress update and mapped back to the area. */
  public static final java.util.List<String> WAITING = java.util.List.of(WAITING_ON, WAITING_FOR, WAITING_SINCE, WAITING_CHASED_ON);

  /** Returned by the delivery-plan call activity: DELIVER, or ALREADY_ACHIEVED with its evidence. */
  public static final String DELIVERY_APPROACH = "deliveryApproach";
  public static final String ACHIEVED_EVIDENCE = "achievedEvidence";
  public static final String ACHIEVED_EVIDENCE_REFERENCE = "achievedEvidenceReference";

  /** Business key of an area instance: {@code <planId>/area-<n>}. */
  public static String businessKey(String planId, int areaNumber) {
    return planId + "/area-" + areaNumber;
  }

  private AreaVariables() {}
}
