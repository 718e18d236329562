package uk.oic.actionplan.escalation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.dashboard.EscalationRow;
import uk.oic.actionplan.dashboard.EscalationSource;
import uk.oic.actionplan.kernel.CalendarProperties;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/**
 * The escalation log as the dashboard shows it: every reminder and escalation of a plan, with its steps, or the open
 * escalations alone, without them.
 */
@Component
class DashboardEscalations implements EscalationSource {

  private static final int PAGE = 200;

  private final EscalationLog log;
  private final DeadlineSchedule schedule;
  private final CalendarProperties calendar;

  DashboardEscalations(EscalationLog log, DeadlineSchedule schedule, CalendarProperties calendar) {
    this.log = log;
    this.schedule = schedule;
    this.calendar = calendar;
  }

  @Override
  public List<EscalationRow> escalations(String planId) {
    var rows = new ArrayList<EscalationRow>();
    for (int page = 0; ; page++) {
      var found = log.search(new EscalationLog.Filter(planId, null, null, null), page, PAGE);
      found.content().forEach(e -> rows.add(row(e)));
      if (page + 1 >= found.totalPages()) {
        return rows;
      }
    }
  }

  /** One query on the plan's index, steps left out. */
  @Override
  public List<EscalationRow> openEscalations(String planId) {
    return log.openEscalations(planId).stream().map(this::row).toList();
  }

  @Override
  public Map<String, OpenCount> openCounts(List<String> planIds) {
    var counts = new java.util.HashMap<String, OpenCount>();
    log.openCountsByPlan().forEach((plan, c) -> {
      if (planIds.contains(plan)) {
        counts.put(plan, new OpenCount(c[0], c[1]));
      }
    });
    return counts;
  }

  @Override
  public List<EscalationRow> revisedAreaDeadlines(String planId) {
    return log.revisedAreaDeadlines(planId).stream().map(this::row).toList();
  }

  private EscalationRow row(EscalationLog.Entry e) {
    var steps = e.steps().stream().map(s -> new EscalationRow.Step(s.step(), s.level(), s.groupId(), s.detail(),
        s.recordedBy(), local(s.recordedAt()))).toList();
    return new EscalationRow(e.id(), e.kind(), e.itemName(), e.itemType(), e.ownerGroup(), e.level(), e.levelGroup(),
        day(e.originalDueDate()), day(e.currentDueDate()), e.slips(), e.flaggedForPcc(), e.status(),
        local(e.createdAt()), local(e.closedAt()), steps);
  }

  private java.time.LocalDate day(OffsetDateTime due) {
    return due == null ? null : schedule.dayOf(Date.from(due.toInstant()));
  }

  private LocalDateTime local(OffsetDateTime time) {
    return time == null ? null : time.atZoneSameInstant(calendar.zone()).toLocalDateTime();
  }
}
