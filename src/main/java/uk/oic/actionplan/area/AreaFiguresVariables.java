package uk.oic.actionplan.area;

/**
 * Variables of the figures every area's own work measures: what each area's figures form asks for,
 * and what the assessing service ({@code assessArea<n>Figures}, and the existing area 2, 7 and 8
 * services) writes when it accepts them. The outputs are the same for every area, so an area frame
 * can record evidence and decide on recovery without knowing which area it runs.
 */
public final class AreaFiguresVariables {

  private AreaFiguresVariables() {}

  // read by every assessment
  /** Integer: the plan's target in percent (absent for area 6, which is measured by its trend). */
  public static final String TARGET_PERCENT = AreaTargetVariables.TARGET_PERCENT;

  // written when figures are accepted
  /** Double: the area's rate in percent, one decimal place, half up; area 6: change against the previous period, or null. */
  public static final String FIGURES_RATE = "figuresRate";
  /** String: GREEN, AMBER or RED. */
  public static final String FIGURES_RAG = "figuresRag";
  /** Boolean. */
  public static final String TARGET_MET = "targetMet";
  /** Boolean: the target was missed and a recovery action is to be agreed (never for area 6's baseline). */
  public static final String RECOVERY_NEEDED = "recoveryNeeded";
  /** String: one readable line with every figure and derived rate; the forms show it as the last accepted figures. */
  public static final String FIGURES_SUMMARY = "figuresSummary";
  /** String: a title for the evidence register entry of the accepted figures. */
  public static final String FIGURES_EVIDENCE_TITLE = "figuresEvidenceTitle";
  /** String (JSON array): the last {@value FiguresHistory#SIZE} accepted sets of figures, oldest first. */
  public static final String FIGURES_HISTORY = "figuresHistory";
  /** String: why the last figures were refused; null once figures are accepted. */
  public static final String FIGURES_REFUSED_MESSAGE = "figuresRefusedMessage";

  // entered in the figures forms: periods and dates (a day, yyyy-mm-dd)
  public static final String FIGURES_AS_AT = "figuresAsAt";
  public static final String FIGURES_PERIOD_START = "figuresPeriodStart";
  public static final String FIGURES_PERIOD_END = "figuresPeriodEnd";

  // area 1: leadership and governance (oic-area-1-figures)
  public static final String PEER_REVIEW_FINDINGS = "peerReviewFindings";
  public static final String FINDINGS_COMPLETED = "findingsCompleted";
  public static final String GOVERNANCE_OVERSIGHT = "governanceOversight";

  // area 2: compliance audit (oic-area-2-compliance-audit), besides Area2Variables
  public static final String DOCUMENTS_ON_TIME = "documentsOnTime";
  public static final String DOCUMENTS_GOOD_QUALITY = "documentsGoodQuality";
  public static final String OFFICERS_TO_TRAIN = "officersToTrain";
  public static final String OFFICERS_TRAINED = "officersTrained";
  public static final String SUPERVISORY_OVERSIGHT = "supervisoryOversight";

  // area 3: debriefing (oic-area-3-figures)
  public static final String MIGRANTS_ARRIVED = "migrantsArrived";
  public static final String DEBRIEFS_COMPLETED = "debriefsCompleted";
  public static final String INTELLIGENCE_REPORTS = "intelligenceReports";

  // area 4: collection plan and APMIS (oic-area-4-figures)
  public static final String APMIS_STAFF_TO_TRAIN = "apmisStaffToTrain";
  public static final String APMIS_STAFF_TRAINED = "apmisStaffTrained";
  public static final String IMPROVEMENT_PLAN_REFERENCE = "improvementPlanReference";

  // area 5: systems access (oic-area-5-figures)
  public static final String ACCESS_HOLDER = "accessHolder";
  public static final String PND_ACCESS_NEEDED = "pndAccessNeeded";
  public static final String PND_ACCESS_GRANTED = "pndAccessGranted";
  public static final String FR_ACCESS_NEEDED = "frAccessNeeded";
  public static final String FR_ACCESS_GRANTED = "frAccessGranted";

  // area 6: targeting and disruption (oic-area-6-figures)
  public static final String OCGS_MAPPED = "ocgsMapped";
  public static final String INVESTIGATIONS_OPENED = "investigationsOpened";
  public static final String DISRUPTIONS = "disruptions";

  // area 7: Hydra (oic-area-7-hydra-figures), besides Area7Variables
  public static final String FIGURES_QUARTER = "figuresQuarter";
  public static final String SESSIONS_HELD = "sessionsHeld";
  public static final String PLACES_OFFERED = "placesOffered";
  public static final String PARTNER_PLACES = "partnerPlaces";

  // area 9: safeguarding and partnerships (oic-area-9-figures)
  public static final String VICTIMS_IDENTIFIED = "victimsIdentified";
  public static final String VICTIMS_SAFEGUARDED = "victimsSafeguarded";
  public static final String AGENCIES_INVOLVED = "agenciesInvolved";
  public static final String AGENCIES_ROLES_AGREED = "agenciesRolesAgreed";

  // the shared recovery form (oic-area-recovery-action)
  public static final String RECOVERY_ACTION = "recoveryAction";
  public static final String RECOVERY_OVERSIGHT = "recoveryOversight";
}
