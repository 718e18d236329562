package uk.oic.actionplan.assurance;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import uk.oic.actionplan.kernel.PlanVariables;

/**
 * The names of the PCC assurance loop's process variables ({@code oic-pcc-assurance}), its
 * messages and its decision values, in one place for the model, the delegates, the API and tests.
 *
 * <p>Loop-level variables live on the process instance. Per-recommendation variables live on each
 * instance of the multi-instance sub-process, declared there by {@code prepareRecommendationAssurance}
 * so that form submissions of parallel recommendations never overwrite one another.
 */
public final class AssuranceVariables {

  public static final String PROCESS_KEY = "oic-pcc-assurance";

  /** Business key of a plan's loop: {@code <planId>/assurance}. */
  public static String businessKey(String planId) {
    return planId + "/assurance";
  }

  // --- messages (names, as correlated) ---
  /** Starts a cycle on demand while the loop waits between cycles. */
  public static final String MESSAGE_ASSURANCE_REQUESTED = "AssuranceRequested";
  /** Reopens a discharged recommendation (event sub-process). */
  public static final String MESSAGE_REOPEN_REQUESTED = "RecommendationReopenRequested";

  // --- given by the action plan ---
  public static final String PLAN_ID = PlanVariables.PLAN_ID;
  public static final String PLAN_TITLE = PlanVariables.PLAN_TITLE;

  // --- loop level ---
  public static final String OPCC_STAFF_GROUP = "opccStaffGroup";
  public static final String STRATEGIC_LEAD_GROUP = "strategicLeadGroup";
  /** The plan's chief officers, who endorse the force's assurance report before OPCC staff see it. */
  public static final String CHIEF_OFFICERS_GROUP = "chiefOfficersGroup";
  public static final String PCC_GROUP = "pccGroup";
  /** Integer: 0 before the first cycle, then the running or last cycle's number. */
  public static final String CYCLE_NUMBER = "cycleNumber";
  public static final String CYCLE_STARTED_AT = "cycleStartedAt";
  /** {@link #TRIGGER_CADENCE} or {@link #TRIGGER_ON_DEMAND}. */
  public static final String CYCLE_TRIGGER = "cycleTrigger";
  public static final String CYCLE_REQUESTED_BY = "cycleRequestedBy";
  public static final String CYCLE_REQUEST_REASON = "cycleRequestReason";
  /** Readable line for the evidence register, e.g. "Cycle 2, on demand by opcc.officer: ...". */
  public static final String CYCLE_SUMMARY = "cycleSummary";
  /** Date: when the next cycle starts on the plan's cadence. */
  public static final String NEXT_CYCLE_AT = "nextCycleAt";
  /** List of String: the recommendations the running cycle assures. */
  public static final String OPEN_RECOMMENDATION_IDS = "openRecommendationIds";
  /**
   * Boolean for the model's "all discharged?" gateway, set when a cycle closes from the discharges in
   * {@code oic_discharge} (see {@link AssuranceRecords}), which the loop keeps in no variable.
   */
  public static final String ALL_RECOMMENDATIONS_DISCHARGED = "allRecommendationsDischarged";

  public static final String TRIGGER_CADENCE = "CADENCE";
  public static final String TRIGGER_ON_DEMAND = "ON_DEMAND";

  // --- reopening ---
  /** Given with the reopening message; moved into the reopening's own scope, then removed. */
  public static final String REOPEN_REQUESTED_FOR = "reopenRequestedFor";
  public static final String REOPEN_REQUEST_REASON = "reopenRequestReason";
  public static final String REOPEN_REQUESTED_BY = "reopenRequestedBy";
  /** Local to the reopening event sub-process (with {@code recommendationId} and its label). */
  public static final String REOPEN_REASON = "reopenReason";
  public static final String REOPENED_BY = "reopenedBy";

  // --- per recommendation (local to one instance of the multi-instance sub-process) ---
  public static final String RECOMMENDATION_ID = PlanVariables.RECOMMENDATION_ID;
  public static final String RECOMMENDATION_LABEL = PlanVariables.RECOMMENDATION_LABEL;
  public static final String RECOMMENDATION_TITLE = "recommendationTitle";
  /** Readable text for forms: the recommendation, its deadline and its linked areas. */
  public static final String RECOMMENDATION_SUMMARY = "recommendationSummary";
  public static final String REQUEST_DUE_AT = "requestDueAt";
  public static final String ASSURANCE_REQUEST = "assuranceRequest";
  /** Readable summary of the linked areas' latest status, taken just before the report task. */
  public static final String LINKED_AREA_STATUS = "linkedAreaStatus";
  /** At most {@link #MAX_PCC_ASKS}: {@code pccAsk1}..: what the PCC asked of the force, from the plan file; "" when none. */
  public static final String PCC_ASK = "pccAsk";
  /** {@code askAnswer1}..: the force's answer to each of the PCC's asks, in the report. */
  public static final String ASK_ANSWER = "askAnswer";
  public static final int MAX_PCC_ASKS = 5;
  public static final String REPORT_DUE_AT = "reportDueAt";
  public static final String REPORT_NARRATIVE = "reportNarrative";
  /**
   * The force's own level of assurance, which the report form no longer asks for: the OPCC grades
   * ({@link #ASSURANCE_GRADE}). Kept so that instances and history that hold it still read.
   */
  public static final String REPORT_CONFIDENCE = "reportConfidence";
  public static final String REPORT_EVIDENCE_REFERENCES = "reportEvidenceReferences";
  /** Readable account of the answers to the PCC's asks, for the evidence register; "" when none was asked. */
  public static final String ASK_ANSWERS_SUMMARY = "askAnswersSummary";
  public static final String ENDORSEMENT_DUE_AT = "endorsementDueAt";
  /** {@link #ENDORSE} or {@link #SEND_BACK}: a chief officer's decision on the report. */
  public static final String ENDORSEMENT_DECISION = "endorsementDecision";
  /** Required when the report is sent back. */
  public static final String ENDORSEMENT_REASONS = "endorsementReasons";
  /** Boolean for the model's "endorsed?" gateway. */
  public static final String REPORT_ENDORSED = "reportEndorsed";
  /** Why the chief officer last sent the report back; shown in the report form; "" when it was not. */
  public static final String REPORT_SENT_BACK_REASONS = "reportSentBackReasons";
  /** Readable account of the endorsement decision for the evidence register. */
  public static final String ENDORSEMENT_SUMMARY = "endorsementSummary";
  /** Integer: how many times the report was sent back in this cycle. */
  public static final String SEND_BACK_COUNT = "sendBackCount";
  public static final String REVIEW_DUE_AT = "reviewDueAt";
  /** {@link #DECISION_ASSURED}, {@link #DECISION_CHALLENGE} or {@link #DECISION_REFER}. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_RATIONALE = "reviewRationale";
  /** The OPCC's grade of the assurance the report gives: see {@link AssuranceGrade}. */
  public static final String ASSURANCE_GRADE = "assuranceGrade";
  public static final String GRADE_RATIONALE = "gradeRationale";
  /** Input parameter of the review check: true where the review form grades the assurance. */
  public static final String GRADED_REVIEW = "gradedReview";
  public static final String RECOMMEND_DISCHARGE = "recommendDischarge";
  public static final String CHALLENGE_QUESTIONS = "challengeQuestions";
  /** yyyy-mm-dd, as the form's date field gives it. */
  public static final String CHALLENGE_RESPONSE_DATE = "challengeResponseDate";
  /** yyyy-mm-dd, as the form's date field gives it. */
  public static final String MEETING_DATE = "meetingDate";
  public static final String REVIEW_VALID = "reviewValid";
  /** Why the review was sent back; empty when it was complete. */
  public static final String REVIEW_PROBLEM = "reviewProblem";
  /** Readable account of the decision for the evidence register. */
  public static final String REVIEW_SUMMARY = "reviewSummary";
  /**
   * The review's grade as the decision record's reference ("Grade: Reasonable assurance"), written by
   * the application alone, so that a rebuild reads the grade from there and never from the free text.
   */
  public static final String REVIEW_GRADE_REFERENCE = "reviewGradeReference";
  public static final String RESPONSE_DUE_AT = "responseDueAt";
  public static final String CHALLENGE_ANSWER = "challengeAnswer";
  public static final String CHALLENGE_COUNT = "challengeCount";
  public static final String MEETING_ON = "meetingOn";
  public static final String MEETING_OUTCOME_DUE_AT = "meetingOutcomeDueAt";
  public static final String MEETING_OUTCOME = "meetingOutcome";
  public static final String SIGN_OFF_DUE_AT = "signOffDueAt";
  /** {@link #SIGN_OFF_DISCHARGE} or {@link #SIGN_OFF_DECLINE}. */
  public static final String SIGN_OFF_DECISION = "signOffDecision";
  public static final String SIGN_OFF_REASONS = "signOffReasons";

  public static final String DECISION_ASSURED = "ASSURED";
  public static final String DECISION_CHALLENGE = "CHALLENGE";
  public static final String DECISION_REFER = "REFER";
  public static final String ENDORSE = "ENDORSE";
  public static final String SEND_BACK = "SEND_BACK";
  public static final String SIGN_OFF_DISCHARGE = "DISCHARGE";
  public static final String SIGN_OFF_DECLINE = "DECLINE";

  /** The input parameter naming the step whose due date {@code scheduleAssuranceStep} sets. */
  public static final String ASSURANCE_STEP = "assuranceStep";

  /** Every variable declared on a recommendation's sub-process instance at each cycle. */
  static final List<String> PER_RECOMMENDATION = Stream.of(
      List.of(RECOMMENDATION_LABEL, RECOMMENDATION_TITLE, RECOMMENDATION_SUMMARY, REQUEST_DUE_AT,
          ASSURANCE_REQUEST, LINKED_AREA_STATUS, REPORT_DUE_AT, REPORT_NARRATIVE, REPORT_CONFIDENCE,
          REPORT_EVIDENCE_REFERENCES, ASK_ANSWERS_SUMMARY, ENDORSEMENT_DUE_AT, ENDORSEMENT_DECISION,
          ENDORSEMENT_REASONS, REPORT_ENDORSED, REPORT_SENT_BACK_REASONS, ENDORSEMENT_SUMMARY, SEND_BACK_COUNT,
          REVIEW_DUE_AT, REVIEW_DECISION, REVIEW_RATIONALE, ASSURANCE_GRADE, GRADE_RATIONALE, RECOMMEND_DISCHARGE,
          CHALLENGE_QUESTIONS, CHALLENGE_RESPONSE_DATE, MEETING_DATE, REVIEW_VALID, REVIEW_PROBLEM,
          REVIEW_SUMMARY, REVIEW_GRADE_REFERENCE, RESPONSE_DUE_AT, CHALLENGE_ANSWER, CHALLENGE_COUNT, MEETING_ON,
          MEETING_OUTCOME_DUE_AT, MEETING_OUTCOME, SIGN_OFF_DUE_AT, SIGN_OFF_DECISION, SIGN_OFF_REASONS),
      numbered(PCC_ASK), numbered(ASK_ANSWER)).flatMap(List::stream).toList();

  /** {@code pccAsk1}.. or {@code askAnswer1}..: the variable of the n-th ask (1-based). */
  public static String numbered(String prefix, int n) {
    return prefix + n;
  }

  private static List<String> numbered(String prefix) {
    return IntStream.rangeClosed(1, MAX_PCC_ASKS).mapToObj(n -> numbered(prefix, n)).toList();
  }

  private AssuranceVariables() {}
}
