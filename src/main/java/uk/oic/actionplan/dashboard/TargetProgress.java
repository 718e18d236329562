package uk.oic.actionplan.dashboard;

import java.util.List;

/**
 * A measured target, set by the force, and how far the area has come, such as training completion
 * against 90%.
 *
 * @param measure the plan's measure: "completion", "compliance", "debrief-rate", "disruptions-trend"...
 * @param targetPercent the target in percent; null for a trend (an increase period on period)
 * @param actualPercent the latest measured rate, or null when no figures are recorded yet
 * @param basis where the rate comes from, for the reader: "completion figures", "reported progress"
 * @param modules rates per module (e-learning), empty when the target has none
 * @param description what is counted, in the plan's words, or null
 * @param modulesNote why the module names may not be the real ones, or null
 */
public record TargetProgress(String measure, Integer targetPercent, Integer actualPercent, String basis,
    List<ModuleProgress> modules, String description, String modulesNote) {

  public TargetProgress {
    modules = modules == null ? List.of() : List.copyOf(modules);
  }

  /** A target with no notes: the measure, target and figures only. */
  public TargetProgress(String measure, Integer targetPercent, Integer actualPercent, String basis,
      List<ModuleProgress> modules) {
    this(measure, targetPercent, actualPercent, basis, modules, null, null);
  }

  public boolean met() {
    return targetPercent != null && actualPercent != null && actualPercent >= targetPercent;
  }

  /** Whether the target is an increase period on period rather than a percent. */
  public boolean trend() {
    return targetPercent == null;
  }

  /** "90% completion", or for a trend "an increase period on period (disruptions-trend)". */
  public String summary() {
    return targetPercent != null ? targetPercent + "% " + measure : "an increase period on period (" + measure + ")";
  }

  /** One module of a training package and its completion rate (null when not measured). */
  public record ModuleProgress(String name, Integer percent) {}
}
