package uk.oic.actionplan.dashboard;

import java.util.Comparator;
import java.util.List;

/** The escalation log as the dashboard reads it; present once the escalation feature is installed. */
public interface EscalationSource {

  /** Every reminder and escalation of the plan, open and closed. */
  List<EscalationRow> escalations(String planId);

  /**
   * The plan's open escalations ({@link EscalationRow#open()}), highest level first, without their steps: what
   * a page that shows every plan counts ({@code DashboardController.byLevel}).
   */
  default List<EscalationRow> openEscalations(String planId) {
    return escalations(planId).stream().filter(EscalationRow::open)
        .map(e -> new EscalationRow(e.id(), e.kind(), e.itemName(), e.itemType(), e.ownerGroup(), e.level(),
            e.levelGroup(), e.originalDueDate(), e.currentDueDate(), e.slips(), e.flaggedForPcc(), e.status(),
            e.raisedAt(), e.closedAt(), List.of()))
        .sorted(Comparator.comparingInt(EscalationRow::level).reversed()).toList();
  }

  /**
   * The plan's area-deadline escalations with a revised due date ({@link EscalationRow#revised()}), open or
   * closed, without their steps: what a recommendation's revised deadline is read from.
   */
  default List<EscalationRow> revisedAreaDeadlines(String planId) {
    return escalations(planId).stream().filter(e -> "AREA_DEADLINE".equals(e.itemType()) && e.revised()).toList();
  }

  /** How many escalations are open in each plan, and how many of those are flagged for the PCC. */
  record OpenCount(int open, int flaggedForPcc) {}

  /** The open escalations of each of the plans counted, in one go; a plan with none is not in the map. */
  default java.util.Map<String, OpenCount> openCounts(List<String> planIds) {
    var counts = new java.util.HashMap<String, OpenCount>();
    for (var id : planIds) {
      var open = openEscalations(id);
      if (!open.isEmpty()) {
        counts.put(id, new OpenCount(open.size(), (int) open.stream().filter(EscalationRow::flaggedForPcc).count()));
      }
    }
    return counts;
  }
}
