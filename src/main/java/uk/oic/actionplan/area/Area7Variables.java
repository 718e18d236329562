package uk.oic.actionplan.area;

/** Variables of the area 7 process ({@code oic-area-7}), Hydra training. */
final class Area7Variables {

  private Area7Variables() {}

  // entered in the completion figures form
  static final String FIGURES_AS_AT = "figuresAsAt";
  static final String RELEVANT_PERSONNEL = "relevantPersonnel";
  static final String COMPLETED_PERSONNEL = "completedPersonnel";
  static final String BOARD_OVERSIGHT = "boardOversight";

  // written when figures are accepted
  /** Double: completion rate in percent, one decimal place. */
  static final String COMPLETION_RATE = "completionRate";
  static final String COMPLETION_RAG = "completionRag";
  static final String TARGET_MET = "targetMet";
  static final String FIGURES_REFUSED_MESSAGE = "figuresRefusedMessage";

  static final String TARGET_PERCENT = AreaTargetVariables.TARGET_PERCENT;
}
