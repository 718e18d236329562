package uk.oic.actionplan.escalation;

import uk.oic.actionplan.kernel.PlanVariables;

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
   * The activity (a user task, or the call of an area's own work) the item belongs to: it is open
   * while the source instance waits there. Left out by a watch over the whole instance (the area
   * deadline), which is open for as long as the instance runs.
   */
  public static final String ITEM_ACTIVITY_ID = "itemActivityId";
  /**
   * The process variable holding the item's due date, which an approved revised date moves. Left out
   * where the date cannot be revised (a date set by law, such as the PCC's statutory response): the
   * escalation then refuses a proposed revised date.
   */
  public static final String ITEM_DUE_DATE_VARIABLE = "itemDueDateVariable";
  /** Read from scope: the plan the item belongs to. */
  public static final String PLAN_ID = PlanVariables.PLAN_ID;

  private HandOffInputs() {}
}
