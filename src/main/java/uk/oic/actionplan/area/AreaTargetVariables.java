package uk.oic.actionplan.area;

import uk.oic.actionplan.kernel.PlanVariables;

/** Variables the target step reads and writes (areas 2, 7 and 8). */
final class AreaTargetVariables {

  private AreaTargetVariables() {}

  static final String PLAN_ID = PlanVariables.PLAN_ID;
  static final String AREA_NUMBER = PlanVariables.AREA_NUMBER;
  /** Integer: the plan's target for the area's measure, in percent. */
  static final String TARGET_PERCENT = "targetPercent";
  /** String: the measure, "compliance" or "completion". */
  static final String TARGET_MEASURE = "targetMeasure";
  /** String: the modules of a multi-module course, comma separated, for forms. */
  static final String TRAINING_MODULES = "trainingModules";

  /** String: the name of module n (1-based), for forms. */
  static String moduleName(int n) {
    return "module" + n + "Name";
  }
}
