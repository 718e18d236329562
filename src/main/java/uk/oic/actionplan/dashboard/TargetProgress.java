package uk.oic.actionplan.dashboard;

import java.util.List;

/**
 * A measured target and how far the area has come, such as training completion against 90%.
 *
 * @param measure "completion" or "compliance"
 * @param actualPercent the latest measured rate, or null when no figures are recorded yet
 * @param basis where the rate comes from, for the reader: "completion figures", "reported progress"
 * @param modules rates per module (e-learning), empty when the target has none
 */
public record TargetProgress(String measure, int targetPercent, Integer actualPercent, String basis,
    List<ModuleProgress> modules) {

  public TargetProgress {
    modules = modules == null ? List.of() : List.copyOf(modules);
  }

  public boolean met() {
    return actualPercent != null && actualPercent >= targetPercent;
  }

  /** One module of a training package and its completion rate (null when not measured). */
  public record ModuleProgress(String name, Integer percent) {}
}
