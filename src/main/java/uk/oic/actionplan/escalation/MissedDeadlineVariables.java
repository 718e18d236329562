package uk.oic.actionplan.escalation;

import uk.oic.actionplan.kernel.PlanVariables;

/** The variables of the {@code oic-missed-deadline} process. */
public final class MissedDeadlineVariables {

  public static final String PROCESS_KEY = "oic-missed-deadline";

  public static final String PLAN_ID = PlanVariables.PLAN_ID;
  public static final String ESCALATION_ID = "escalationId";
  public static final String ITEM_NAME = "itemName";
  public static final String ITEM_TYPE = "itemType";
  public static final String ITEM_OWNER_GROUP = "itemOwnerGroup";
  public static final String SOURCE_PROCESS_INSTANCE_ID = "sourceProcessInstanceId";
  public static final String SOURCE_ACTIVITY_ID = "sourceActivityId";
  public static final String DUE_DATE_VARIABLE = "dueDateVariable";
  public static final String ORIGINAL_DUE_DATE = "originalDueDate";
  public static final String CURRENT_DUE_DATE = "currentDueDate";
  public static final String SLIPS = "slips";

  /** The current level, 1 = the owner group. */
  public static final String LEVEL = "level";
  public static final String LEVEL_COUNT = "levelCount";
  public static final String LEVEL_GROUP = "levelGroup";
  /** "Level 2 of 4: oic-strategic-lead", for the form. */
  public static final String LEVEL_LABEL = "levelLabel";
  public static final String LEVEL_STARTED_AT = "levelStartedAt";
  /** When the current level climbs unless resolved: the due date of the level's task. */
  public static final String LEVEL_DUE_AT = "levelDueAt";
  public static final String TOP_LEVEL = "topLevel";
  /**
   * The level is the oversight body's (the plan's OPCC staff, above the item's owner): its task records,
   * challenges and refers instead of deciding for the force.
   */
  public static final String OVERSIGHT_LEVEL = "oversightLevel";
  /** Raised so late that the whole chain would already have passed: flagged for the PCC at once. */
  public static final String PAST_THE_TOP = "pastTheTop";
  /** The steps so far, one per line, for the form. */
  public static final String HISTORY = "escalationHistory";
  public static final String CHIEF_OFFICERS_GROUP = "chiefOfficersGroup";
  /**
   * Who decides a proposed revised date: the plan's chief officers, or the plan's PCC for an item the
   * oversight body owns.
   */
  public static final String REVISION_DECIDER_GROUP = "revisionDeciderGroup";
  /**
   * The item is the oversight body's own (its owner is the plan's OPCC staff or PCC): it climbs within
   * the oversight body only and, unresolved at its top, stays open there instead of going to the
   * accountability meeting.
   */
  public static final String OVERSIGHT_OWNED = "oversightOwned";
  /** Who answers the oversight body's challenge: the plan's strategic lead. */
  public static final String STRATEGIC_LEAD_GROUP = "strategicLeadGroup";
  /** Comma-separated candidate groups of the accountability meeting task. */
  public static final String ACCOUNTABILITY_GROUPS = "accountabilityGroups";
  public static final String DECISION_DUE_AT = "decisionDueAt";
  public static final String ITEM_STILL_OPEN = "itemStillOpen";
  public static final String MEETING_DUE_AT = "meetingDueAt";
  /** When the answer to the oversight body's challenge is due: the end of the day it set. */
  public static final String CHALLENGE_ANSWER_DUE_AT = "challengeAnswerDueAt";
  /** That day as text, for the answer form. */
  public static final String CHALLENGE_ANSWER_BY_TEXT = "challengeAnswerByText";
  /** The oversight body referred the item to the accountability meeting. */
  public static final String REFERRED_TO_MEETING = "referredToMeeting";
  /** The current due date as text, with the original date and the slips once revised, for the forms. */
  public static final String DUE_SUMMARY = "dueSummary";
  /** The original due date as text, for the forms. */
  public static final String ORIGINAL_DUE_TEXT = "originalDueText";
  /** What the item waits for outside the force, and that it is not the owner's delay; absent when not waiting. */
  public static final String WAITING_SUMMARY = "waitingSummary";
  /** When the current level climbs, as text, for the forms. */
  public static final String LEVEL_DUE_TEXT = "levelDueText";

  // form fields of "Resolve missed deadline"
  /** CAUSE, REVISE or RESOLVED. */
  public static final String ACTION = "action";
  public static final String CAUSE = "cause";
  public static final String RECOVERY_ACTION = "recoveryAction";
  /** yyyy-mm-dd, as the date picker submits it. */
  public static final String PROPOSED_DUE_DATE = "proposedDueDate";
  public static final String REVISION_REASON = "revisionReason";
  public static final String RESOLUTION_NOTE = "resolutionNote";
  // form fields of "Decide revised target date"
  public static final String REVISION_APPROVED = "revisionApproved";
  public static final String REVISION_COMMENT = "revisionComment";
  // form field of "Discuss at accountability meeting"
  public static final String MEETING_OUTCOME = "meetingOutcome";
  // form fields of "Oversee missed deadline", the oversight body's level
  /** NOTE, CHALLENGE or REFER. */
  public static final String OVERSIGHT_ACTION = "oversightAction";
  public static final String OVERSIGHT_NOTE = "oversightNote";
  public static final String CHALLENGE_QUESTION = "challengeQuestion";
  /** yyyy-mm-dd, as the date picker submits it. */
  public static final String CHALLENGE_ANSWER_BY = "challengeAnswerBy";
  public static final String REFERRAL_REASON = "referralReason";
  // form field of "Answer oversight challenge"
  public static final String CHALLENGE_ANSWER = "challengeAnswer";

  /** Input parameter of the {@code recordEscalationStep} service tasks. */
  public static final String STEP = "escalationStep";

  private MissedDeadlineVariables() {}
}
