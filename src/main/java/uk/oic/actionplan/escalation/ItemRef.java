package uk.oic.actionplan.escalation;

import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * A dated item handed over by a reminder or escalation timer: what it is, who owns it, when it is
 * due and where it lives (the calling process instance and activity, when known).
 *
 * @param dueDateVariable the source process variable that holds the due date, or null
 */
record ItemRef(String planId, String itemName, String itemType, String ownerGroup, Date dueDate,
    String sourceProcessInstanceId, String sourceActivityId, String dueDateVariable) {

  ItemRef {
    require(planId, "planId");
    require(itemName, "itemName");
    require(itemType, "itemType");
    require(ownerGroup, "itemOwnerGroup");
    if (dueDate == null) {
      throw new IllegalArgumentException("itemDueDate: is required");
    }
  }

  /**
   * The item's identity: source process instance, activity and due date. The same item missed on
   * the same date always gives the same key, whichever node or retry computes it.
   */
  String key() {
    return sourceProcessInstanceId + "/" + sourceActivityId + "/"
        + DateTimeFormatter.ISO_INSTANT.format(dueDate.toInstant());
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + ": is required");
    }
  }
}
