package uk.oic.actionplan.area;

/** Variables of the area 8 process ({@code oic-area-8}), the four-module OIC e-learning. */
final class Area8Variables {

  private Area8Variables() {}

  /** The model's form has a completed field for each of this many modules (Rec 9). */
  static final int MODULES = 4;

  // entered in the completion figures form
  static final String FIGURES_AS_AT = "figuresAsAt";
  static final String RELEVANT_PERSONNEL = "relevantPersonnel";

  /** Long: personnel who completed module n (1-based). */
  static String moduleCompleted(int n) {
    return "module" + n + "Completed";
  }

  // written when figures are accepted
  /** Double: module n's completion rate in percent. */
  static String moduleRate(int n) {
    return "module" + n + "Rate";
  }

  /** Double: the lowest module rate, which is what counts against the target. */
  static final String COMPLETION_RATE = "completionRate";
  static final String COMPLETION_RAG = "completionRag";
  static final String LOWEST_MODULE = "lowestModule";
  static final String MODULE_RATES_SUMMARY = "moduleRatesSummary";
  static final String TARGET_MET = "targetMet";
  static final String FIGURES_REFUSED_MESSAGE = "figuresRefusedMessage";

  static final String PLAN_ID = AreaTargetVariables.PLAN_ID;
  static final String AREA_NUMBER = AreaTargetVariables.AREA_NUMBER;
  static final String TARGET_PERCENT = AreaTargetVariables.TARGET_PERCENT;
}
