package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A reminder or escalation of a dated item, from the escalation log.
 *
 * @param level 0 for the owner group, then each higher level of the plan's chain
 * @param slips how often a revised date was approved
 */
public record EscalationRow(
    long id,
    String kind,
    String itemName,
    String itemType,
    String ownerGroup,
    int level,
    String levelGroup,
    LocalDate originalDueDate,
    LocalDate currentDueDate,
    int slips,
    boolean flaggedForPcc,
    String status,
    LocalDateTime raisedAt,
    LocalDateTime closedAt) {

  public boolean open() {
    return closedAt == null;
  }

  public boolean revised() {
    return currentDueDate != null && originalDueDate != null && !currentDueDate.equals(originalDueDate);
  }
}
