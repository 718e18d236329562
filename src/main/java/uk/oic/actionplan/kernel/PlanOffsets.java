package uk.oic.actionplan.kernel;

/**
 * A plan's offsets in working days, which {@link DeadlineSchedule} applies to due dates. The plan
 * feature provides them, so that the kernel does not depend on a feature.
 */
public interface PlanOffsets {

  /**
   * The offsets of a plan.
   *
   * @throws IllegalArgumentException naming the plan when there is no such plan
   */
  Offsets of(String planId);

  /**
   * @param reminderWorkingDaysBefore how long before a due date its owner is reminded
   * @param nextLevelAfterWorkingDays how long an escalation level lasts before it climbs
   * @param progressUpdateWorkingDays how often a progress update is due
   */
  record Offsets(int reminderWorkingDaysBefore, int nextLevelAfterWorkingDays, int progressUpdateWorkingDays) {}
}
