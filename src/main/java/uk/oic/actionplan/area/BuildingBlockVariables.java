package uk.oic.actionplan.area;

/**
 * Variables inside the shared call activities {@code oic-progress-update}, {@code oic-delivery-plan}
 * and {@code oic-area-sign-off}: their inputs, the fields of their forms, and what the listeners set.
 * Callers map the results back with {@code camunda:out} (see {@code processes/README.md}).
 */
public final class BuildingBlockVariables {

  /** Input of oic-progress-update (Date): when the owner's update is due. */
  public static final String UPDATE_DUE_DATE = "updateDueDate";
  /** Input of oic-delivery-plan (Date): when the owner's delivery plan is due. */
  public static final String DELIVERY_PLAN_DUE_DATE = "deliveryPlanDueDate";
  /** Input of oic-area-sign-off (Date): when the strategic lead's sign-off is due. */
  public static final String SIGN_OFF_DUE_DATE = "signOffDueDate";

  // the owner's progress update form
  public static final String RAG = "rag";
  public static final String PROGRESS_PERCENT = "progressPercent";
  public static final String NARRATIVE = "narrative";
  public static final String BLOCKERS = "blockers";
  public static final String EVIDENCE_REFERENCE = "evidenceReference";
  public static final String READY_FOR_SIGN_OFF = AreaVariables.READY_FOR_SIGN_OFF;

  // the owner's delivery plan form
  public static final String DELIVERY_PLAN_SUMMARY = AreaVariables.DELIVERY_PLAN_SUMMARY;
  public static final String DELIVERY_MILESTONES = "deliveryMilestones";
  /** The form's date field, "yyyy-mm-dd"; the listener turns it into {@code deliveryTargetDate}. */
  public static final String TARGET_DATE = "targetDate";

  // set when an owner submits
  public static final String SUBMITTED_BY = "submittedBy";
  public static final String SUBMITTED_AT = "submittedAt";
  /** Date: when the reviewer's task falls due, set when the owner submits. */
  public static final String REVIEW_DUE_DATE = "reviewDueDate";

  // the reviewer's forms
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  /** Boolean set from the decision: accepted, approved or signed off. */
  public static final String REVIEW_ACCEPTED = "reviewAccepted";
  public static final String REVIEWED_BY = "reviewedBy";

  private BuildingBlockVariables() {}
}
