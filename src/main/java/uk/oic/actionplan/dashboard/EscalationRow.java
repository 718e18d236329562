package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A reminder or escalation of a dated item, from the escalation log.
 *
 * @param kind "REMINDER" or "ESCALATION"
 * @param level 0 for the owner group, then each higher level of the plan's chain
 * @param slips how often a revised date was approved
 * @param steps what was done about it, oldest first
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
    LocalDateTime closedAt,
    List<Step> steps) {

  public EscalationRow {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /** A reminder is done once sent; an escalation is open until it is resolved. */
  public boolean open() {
    return "ESCALATION".equals(kind) && closedAt == null;
  }

  public boolean revised() {
    return currentDueDate != null && originalDueDate != null && !currentDueDate.equals(originalDueDate);
  }

  /** One step: raised, level entered, cause recorded, revised date proposed or approved, resolved. */
  public record Step(String step, int level, String group, String detail, String recordedBy, LocalDateTime at) {}
}
