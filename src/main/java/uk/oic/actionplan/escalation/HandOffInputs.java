package uk.oic.actionplan.escalation;

/**
 * Input parameters of the {@code sendReminder} and {@code raiseEscalation} service tasks that follow
 * a reminder or escalation boundary timer, as every model names them.
 */
public final class HandOffInputs {

  /** Human text naming the item, e.g. "Submit progress update: Hydra training (Rec 8)". */
  public static final String ITEM_NAME = "itemName";
  /** When the item is due (java.util.Date). */
  public static final String ITEM_DUE_DATE = "itemDueDate";
  /** The group that owns the item: level 1 of its escalation. */
  public static final String ITEM_OWNER_GROUP = "itemOwnerGroup";
  /** AREA_DEADLINE, DELIVERY_TARGET, PROGRESS_UPDATE, CHALLENGE_RESPONSE, ... */
  public static final String ITEM_TYPE = "itemType";
  /**
   * Optional: the activity (usually the user task) the item belongs to. Without it, the activity
   * the boundary timer in front of the service task is attached to.
   */
  public static final String ITEM_ACTIVITY_ID = "itemActivityId";
  /**
   * Optional: the process variable holding the item's due date, updated when a revised date is
   * approved. Without it, the variable named by the user task's {@code camunda:dueDate="${name}"}.
   */
  public static final String ITEM_DUE_DATE_VARIABLE = "itemDueDateVariable";
  /** Read from scope: the plan the item belongs to. */
  public static final String PLAN_ID = "planId";

  private HandOffInputs() {}
}
