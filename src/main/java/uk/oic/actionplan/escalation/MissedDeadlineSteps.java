package uk.oic.actionplan.escalation;

import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.Cover;

/**
 * {@code ${recordEscalationStep}}: records what the person at the current level did, or what the
 * process decided, by the service task's input {@code escalationStep}:
 * CAUSE_RECORDED, REVISION_PROPOSED, REVISION_REJECTED, RESOLVED, ITEM_COMPLETED, FLAGGED_FOR_PCC,
 * DISCUSSED_AT_MEETING; at the oversight body's level OVERSIGHT_NOTE, CHALLENGED, CHALLENGE_ANSWERED and
 * REFERRED_TO_MEETING.
 */
@Component("recordEscalationStep")
class MissedDeadlineSteps implements JavaDelegate {

  /** The form fields, cleared after each step so the next task starts empty. */
  private static final List<String> FORM_FIELDS = List.of(ACTION, CAUSE, RECOVERY_ACTION, PROPOSED_DUE_DATE,
      REVISION_REASON, RESOLUTION_NOTE, REVISION_APPROVED, REVISION_COMMENT, MEETING_OUTCOME, OVERSIGHT_ACTION,
      OVERSIGHT_NOTE, CHALLENGE_QUESTION, CHALLENGE_ANSWER_BY, CHALLENGE_ANSWER, REFERRAL_REASON, CHALLENGE_ANSWER_BY_TEXT);

  /** Steps whose form values the next task still shows: the proposal to decide, the question to answer. */
  private static final Set<String> KEEP_FORM = Set.of("REVISION_PROPOSED", "CHALLENGED");

  private final EscalationService escalations;
  private final Cover cover;

  MissedDeadlineSteps(EscalationService escalations, Cover cover) {
    this.escalations = escalations;
    this.cover = cover;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = escalationId(execution);
    int level = integer(execution, LEVEL);
    var group = text(execution, LEVEL_GROUP);
    var by = Actors.of(execution, cover);
    var step = text(execution, STEP);
    switch (step == null ? "" : step) {
      case "CAUSE_RECORDED" -> escalations.recordStep(id, step, level, group,
          "Cause: " + required(execution, CAUSE) + " | Recovery action: " + required(execution, RECOVERY_ACTION), by);
      case "REVISION_PROPOSED" -> {
        if (text(execution, DUE_DATE_VARIABLE) == null) {
          throw new IllegalArgumentException(ACTION + ": " + MissedDeadlineFormRules.FIXED_DATE);
        }
        var decisionDue = escalations.proposeRevision(id, level, group, text(execution, PROPOSED_DUE_DATE),
            text(execution, REVISION_REASON), by);
        execution.setVariable(DECISION_DUE_AT, decisionDue);
      }
      case "REVISION_REJECTED" -> escalations.recordStep(id, step, level, decider(execution),
          "Revised target date " + text(execution, PROPOSED_DUE_DATE) + " rejected: "
              + required(execution, REVISION_COMMENT), by);
      case "RESOLVED" -> escalations.close(id, EscalationService.STATUS_RESOLVED, step, level, group,
          "Marked resolved" + suffix(text(execution, RESOLUTION_NOTE)), by);
      case "ITEM_COMPLETED" -> escalations.close(id, EscalationService.STATUS_COMPLETED, step, level, group,
          "The item is no longer open in its process", by);
      case "FLAGGED_FOR_PCC" -> execution.setVariable(MEETING_DUE_AT, escalations.flagForAccountabilityMeeting(id, level, by,
          Boolean.TRUE.equals(execution.getVariable(REFERRED_TO_MEETING)) ? EscalationService.FlagReason.REFERRED
              : Boolean.TRUE.equals(execution.getVariable(PAST_THE_TOP)) ? EscalationService.FlagReason.PAST_THE_TOP_WHEN_RAISED
              : EscalationService.FlagReason.UNRESOLVED_AT_THE_TOP));
      case "OVERSIGHT_NOTE" -> escalations.recordStep(id, step, level, group, "Note: " + required(execution, OVERSIGHT_NOTE), by);
      case "CHALLENGED" -> {
        var answerDue = escalations.challenge(id, level, group, text(execution, STRATEGIC_LEAD_GROUP),
            text(execution, CHALLENGE_QUESTION), text(execution, CHALLENGE_ANSWER_BY), by);
        execution.setVariable(CHALLENGE_ANSWER_DUE_AT, answerDue);
        execution.setVariable(CHALLENGE_ANSWER_BY_TEXT, escalations.dueSummary(answerDue, answerDue, 0));
      }
      case "CHALLENGE_ANSWERED" -> escalations.answerChallenge(id, level, text(execution, STRATEGIC_LEAD_GROUP), group,
          required(execution, CHALLENGE_ANSWER), by);
      case "REFERRED_TO_MEETING" -> {
        escalations.recordStep(id, step, level, group, "Referred to the PCC's accountability meeting: "
            + required(execution, REFERRAL_REASON), by);
        execution.setVariable(REFERRED_TO_MEETING, true);
      }
      case "DISCUSSED_AT_MEETING" -> escalations.close(id, EscalationService.STATUS_RESOLVED, step, level,
          text(execution, ACCOUNTABILITY_GROUPS), "Discussed at the accountability meeting"
              + suffix(text(execution, MEETING_OUTCOME)), by);
      default -> throw new IllegalArgumentException(STEP + ": unknown step '" + step + "'");
    }
    execution.setVariable(HISTORY, escalations.history(id));
    if (!KEEP_FORM.contains(step)) {
      clearForm(execution);
    }
  }

  static long escalationId(DelegateExecution execution) {
    var value = execution.getVariable(ESCALATION_ID);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException(ESCALATION_ID + ": missing in process instance " + execution.getProcessInstanceId());
    }
    return number.longValue();
  }

  /** Who decides a revised date; an instance started before the decider was recorded has the chief officers. */
  static String decider(DelegateExecution execution) {
    var decider = text(execution, REVISION_DECIDER_GROUP);
    return decider != null ? decider : text(execution, CHIEF_OFFICERS_GROUP);
  }

  static void clearForm(DelegateExecution execution) {
    FORM_FIELDS.forEach(execution::removeVariable);
  }

  private static int integer(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof Number number ? number.intValue() : 0;
  }

  private static String text(DelegateExecution execution, String name) {
    var value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static String required(DelegateExecution execution, String name) {
    var value = text(execution, name);
    if (value == null) {
      throw new IllegalArgumentException(name + ": is required");
    }
    return value;
  }

  private static String suffix(String comment) {
    return comment == null ? "" : ": " + comment;
  }
}
