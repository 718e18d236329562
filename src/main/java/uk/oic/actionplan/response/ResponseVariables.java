package uk.oic.actionplan.response;

import java.util.List;
import java.util.stream.IntStream;
import uk.oic.actionplan.kernel.PlanVariables;

/** Variables of the {@code oic-pcc-response} process (processes/README.md, "PCC response"). */
public final class ResponseVariables {

  public static final String PLAN_ID = PlanVariables.PLAN_ID;
  public static final String PLAN_TITLE = PlanVariables.PLAN_TITLE;

  /** Input of the preparing step: RESPONSE or PROGRESS_STATEMENT ({@link StatementKind}). */
  public static final String KIND_TO_PREPARE = "kindToPrepare";
  /** What the instance drafts: RESPONSE or PROGRESS_STATEMENT, set by the preparing step. */
  public static final String STATEMENT_KIND = "statementKind";
  /** "the PCC's response to the inspection report", "progress statement 2": in task names. */
  public static final String STATEMENT_NAME = "statementName";
  /** The form's heading line: what is drafted, for which inspection. */
  public static final String STATEMENT_HEADING = "statementHeading";
  /** Date: when the statement must be published (end of the day, London); every user task's due date. */
  public static final String STATEMENT_DUE_AT = "statementDueAt";
  public static final String STATEMENT_DUE_TEXT = "statementDueText";
  public static final String REPORT_PUBLISHED_ON_TEXT = "reportPublishedOnText";
  /** Boolean: whether the force contributes its part (the response: yes; a progress statement: no). */
  public static final String FORCE_PART_NEEDED = "forcePartNeeded";
  /** Who asked for a progress statement, and why. */
  public static final String REQUESTED_BY = "statementRequestedBy";
  public static final String REQUEST_REASON = "statementRequestReason";

  public static final String OPCC_STAFF_GROUP = "opccStaffGroup";
  public static final String STRATEGIC_LEAD_GROUP = "strategicLeadGroup";
  public static final String PCC_GROUP = "pccGroup";

  /** The PCC's general comments on the report. */
  public static final String PCC_COMMENTS = "pccComments";
  /** The PCC's decision: APPROVE or RETURN, and the reasons for returning. */
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_REASONS = "approvalReasons";
  public static final String DECISION_APPROVE = "APPROVE";
  public static final String DECISION_RETURN = "RETURN";
  /** Boolean for the gateway, set from the decision when the PCC completes the task. */
  public static final String STATEMENT_APPROVED = "statementApproved";
  public static final String APPROVED_BY = "approvedBy";

  /** Set by the publishing step: the version published. */
  public static final String PUBLISHED_VERSION = "publishedVersion";

  /** Recommendation slots of the forms: rec1 .. rec6. */
  public static final int SLOTS = uk.oic.actionplan.plan.PlanDefinition.PCC_RESPONSE_MAX_RECOMMENDATIONS;

  /** The recommendation's id in slot n (not a form field). */
  public static String recId(int slot) {
    return "rec" + slot + "Id";
  }

  /** The recommendation as the forms show it: label, deadline and text; empty for an unused slot (hides it). */
  public static String recLabel(int slot) {
    return "rec" + slot + "Label";
  }

  /** The PCC's response to the recommendation: the steps to be taken, or why none will be. */
  public static String recPcc(int slot) {
    return "rec" + slot + "Pcc";
  }

  /** The force's steps. */
  public static String recForce(int slot) {
    return "rec" + slot + "Force";
  }

  public static List<Integer> slots() {
    return IntStream.rangeClosed(1, SLOTS).boxed().toList();
  }

  private ResponseVariables() {}
}
