package uk.oic.actionplan.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import uk.oic.actionplan.kernel.AreaStatus;
import uk.oic.actionplan.kernel.Rag;

/**
 * Engine-free rules behind the plan overview: a RAG from progress against time, and a
 * recommendation's status from its areas.
 */
final class ProgressRules {

  /** Points of progress an area may be behind the straight line from start to deadline and still be GREEN. */
  static final int GREEN_TOLERANCE = 10;
  /** ... and still be AMBER; further behind is RED. */
  static final int AMBER_TOLERANCE = 25;

  private ProgressRules() {}

  /**
   * RAG from reported progress against the time gone: GREEN within 10 points of where a steady pace
   * from start to deadline would be, AMBER within 25, RED beyond, and RED once the deadline has passed
   * unfinished. A signed-off area is GREEN; without any progress reported there is no RAG (null).
   */
  static Rag scheduleRag(Integer progressPercent, LocalDate start, LocalDate deadline, LocalDate today, boolean signedOff) {
    if (signedOff) {
      return Rag.GREEN;
    }
    if (today.isAfter(deadline)) {
      return Rag.RED;
    }
    if (progressPercent == null) {
      return null;
    }
    long total = Math.max(1, ChronoUnit.DAYS.between(start, deadline));
    long gone = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
    double expected = 100.0 * gone / total;
    if (progressPercent >= expected - GREEN_TOLERANCE) {
      return Rag.GREEN;
    }
    return progressPercent >= expected - AMBER_TOLERANCE ? Rag.AMBER : Rag.RED;
  }

  /**
   * A recommendation's status from its areas' statuses: SIGNED_OFF when all are, OVERDUE after the
   * deadline, IN_PROGRESS when any has started, NOT_STARTED otherwise; NOT_VISIBLE when the caller
   * may not read one of the areas. SIGNED_OFF and IN_PROGRESS are the {@link AreaStatus} names.
   */
  static String recommendationStatus(Collection<String> areaStatuses, LocalDate deadline, LocalDate today) {
    if (areaStatuses.contains(PlanStatus.NOT_VISIBLE)) {
      return PlanStatus.NOT_VISIBLE;
    }
    if (!areaStatuses.isEmpty() && areaStatuses.stream().allMatch(AreaStatus.SIGNED_OFF::is)) {
      return AreaStatus.SIGNED_OFF.name();
    }
    if (today.isAfter(deadline)) {
      return PlanStatus.OVERDUE;
    }
    return areaStatuses.stream().anyMatch(s -> !PlanStatus.NOT_STARTED.equals(s))
        ? AreaStatus.IN_PROGRESS.name() : PlanStatus.NOT_STARTED;
  }
}
