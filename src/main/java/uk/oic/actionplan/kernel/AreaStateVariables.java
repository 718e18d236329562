package uk.oic.actionplan.kernel;

import java.util.List;

/**
 * The variables that say where an area stands, as its frame ({@code oic-area}) and its own work
 * ({@code oic-area-<n>-work}) write them on their process instances. The read model projects them;
 * the models write them under these names.
 */
public final class AreaStateVariables {

  /** An {@link AreaStatus} name, set by the frame's milestone events. */
  public static final String AREA_STATUS = "areaStatus";

  // the last accepted progress update, mapped back together by the frame's progress-update call
  public static final String LAST_RAG = "lastRag";
  public static final String LAST_PROGRESS_PERCENT = "lastProgressPercent";
  public static final String LAST_NARRATIVE = "lastNarrative";
  public static final String LAST_UPDATE_BY = "lastUpdateBy";
  /** Date: when the owner submitted the accepted update (the called instance's {@link #SUBMITTED_AT}). */
  public static final String LAST_UPDATE_AT = "lastUpdateAt";
  public static final String LAST_REVIEW_COMMENT = "lastReviewComment";
  /** Written together, once per accepted update. */
  public static final List<String> LAST_UPDATE = List.of(LAST_RAG, LAST_PROGRESS_PERCENT, LAST_NARRATIVE,
      LAST_UPDATE_BY, LAST_UPDATE_AT, LAST_REVIEW_COMMENT);

  // what the owner submitted in the progress-update instance the frame called
  public static final String SUBMITTED_AT = "submittedAt";
  public static final String BLOCKERS = "blockers";
  public static final String EVIDENCE_REFERENCE = "evidenceReference";

  // a wait on an outside body, as the last accepted update recorded it
  public static final String WAITING_ON = "waitingOn";
  public static final String WAITING_FOR = "waitingFor";
  public static final String WAITING_SINCE = "waitingSince";
  public static final String WAITING_CHASED_ON = "waitingChasedOn";

  /** Why the strategic lead signed the area off (or declined to). */
  public static final String SIGN_OFF_REASON = "signOffReason";

  // the own work's figures: each round's assessment, written together by the assessing bean
  public static final String FIGURES_RATE = "figuresRate";
  public static final String FIGURES_RAG = "figuresRag";
  public static final String TARGET_MET = "targetMet";
  public static final String FIGURES_SUMMARY = "figuresSummary";
  public static final List<String> FIGURES = List.of(FIGURES_RATE, FIGURES_RAG, TARGET_MET, FIGURES_SUMMARY);

  // completion figures of a training area (percent)
  public static final String COMPLETION_RATE = "completionRate";
  public static final String FIGURES_AS_AT = "figuresAsAt";
  public static final int MODULES = 6;

  private AreaStateVariables() {}

  /** The completion rate of module {@code n} (1-based), e.g. {@code module1Rate}. */
  public static String moduleRate(int n) {
    return "module" + n + "Rate";
  }
}
