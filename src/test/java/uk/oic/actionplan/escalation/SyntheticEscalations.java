package uk.oic.actionplan.escalation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Writes reminders and escalations with their steps straight into the {@link EscalationLog} of a
 * running application, dated as given: past activity for benchmarks, without running the timers and
 * the missed-deadline process that write them in the application.
 */
public final class SyntheticEscalations {

  private final EscalationLog log;

  public SyntheticEscalations(ApplicationContext application) {
    this.log = application.getBean(EscalationLog.class);
  }

  /** A dated item of a plan: what it is, who owns it, where it waits and when it is due. */
  public record Item(String planId, String name, String type, String ownerGroup, String sourceProcessInstanceId,
      String sourceActivityId, Instant due) {

    ItemRef ref() {
      return new ItemRef(planId, name, type, ownerGroup, Date.from(due), sourceProcessInstanceId, sourceActivityId, null);
    }
  }

  /** A reminder sent {@code at}, before the item's due date. */
  public void reminder(Item item, Instant at) {
    var ref = item.ref();
    log.insert(new EscalationLog.NewEntry(EscalationLog.REMINDER + ":" + ref.key(), EscalationLog.REMINDER,
        EscalationService.STATUS_SENT, ref, 0, utc(at)));
  }

  /**
   * An escalation raised {@code at} to the first group of {@code chain}, climbing one level every
   * {@code stepDays} days up to {@code reachedLevel}; resolved {@code closedAt}, or still open at that
   * level when {@code closedAt} is null. Reaching the top of the chain flags it for the PCC.
   *
   * @return how many steps were written
   */
  public int escalation(Item item, Instant at, List<String> chain, int reachedLevel, long stepDays, Instant closedAt) {
    var ref = item.ref();
    long id = log.insert(new EscalationLog.NewEntry(EscalationLog.ESCALATION + ":" + ref.key(), EscalationLog.ESCALATION,
        EscalationLog.OPEN, ref, chain.size(), utc(at)));
    var due = utc(item.due());
    log.addStep(id, "ESCALATED", 1, chain.get(0), "Missed: " + item.name() + " was due " + due.toLocalDate(), null,
        "system", utc(at));
    int steps = 1;
    var when = at;
    for (int level = 2; level <= reachedLevel; level++) {
      when = when.plusSeconds(stepDays * 86_400);
      log.addStep(id, "LEVEL_RAISED", level, chain.get(level - 1), "Unresolved at level " + (level - 1)
          + ": escalated to " + chain.get(level - 1), null, "system", utc(when));
      steps++;
    }
    log.setLevel(id, reachedLevel, chain.size(), chain.get(reachedLevel - 1));
    if (reachedLevel == chain.size()) {
      log.flagForPcc(id);
      log.addStep(id, "FLAGGED_FOR_PCC", reachedLevel, chain.get(reachedLevel - 1),
          "Unresolved at the top of the chain: flagged for the PCC's accountability meeting", null, "system", utc(when));
      steps++;
    }
    if (closedAt != null) {
      log.addStep(id, "RESOLVED", reachedLevel, chain.get(reachedLevel - 1), "Done late; cause recorded", null,
          item.ownerGroup(), utc(closedAt));
      log.close(id, EscalationService.STATUS_RESOLVED, utc(closedAt));
      steps++;
    }
    return steps;
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
