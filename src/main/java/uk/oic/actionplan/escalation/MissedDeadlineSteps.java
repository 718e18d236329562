package uk.oic.actionplan.escalation;

import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordEscalationStep}}: records what the person at the current level did, or what the
 * process decided, by the service task's input {@code escalationStep}:
 * CAUSE_RECORDED, REVISION_PROPOSED, REVISION_REJECTED, RESOLVED, ITEM_COMPLETED, FLAGGED_FOR_PCC,
 * DISCUSSED_AT_MEETING.
 */
@Component("recordEscalationStep")
class MissedDeadlineSteps implements JavaDelegate {

  /** The form fields, cleared after each step so the next task starts empty. */
  private static final List<String> FORM_FIELDS = List.of(ACTION, CAUSE, RECOVERY_ACTION, PROPOSED_DUE_DATE,
      REVISION_REASON, RESOLUTION_NOTE, REVISION_APPROVED, REVISION_COMMENT, MEETING_OUTCOME);

  private final EscalationService escalations;

  MissedDeadlineSteps(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = escalationId(execution);
    int level = integer(execution, LEVEL);
    var group = text(execution, LEVEL_GROUP);
    var by = Actors.of(execution);
    var step = text(execution, STEP);
    switch (step == null ? "" : step) {
      case "CAUSE_RECORDED" -> escalations.recordStep(id, step, level, group,
          "Cause: " + required(execution, CAUSE) + " | Recovery action: " + required(execution, RECOVERY_ACTION), by);
      case "REVISION_PROPOSED" -> {
        var decisionDue = escalations.proposeRevision(id, level, group, text(execution, PROPOSED_DUE_DATE),
            text(execution, REVISION_REASON), by);
        execution.setVariable(DECISION_DUE_AT, decisionDue);
      }
      case "REVISION_REJECTED" -> escalations.recordStep(id, step, level, text(execution, CHIEF_OFFICERS_GROUP),
          "Revised target date " + text(execution, PROPOSED_DUE_DATE) + " rejected: "
              + required(execution, REVISION_COMMENT), by);
      case "RESOLVED" -> escalations.close(id, EscalationService.STATUS_RESOLVED, step, level, group,
          "Marked resolved" + suffix(text(execution, RESOLUTION_NOTE)), by);
      case "ITEM_COMPLETED" -> escalations.close(id, EscalationService.STATUS_COMPLETED, step, level, group,
          "The item is no longer open in its process", by);
      case "FLAGGED_FOR_PCC" -> execution.setVariable(MEETING_DUE_AT, escalations.flagForAccountabilityMeeting(id, level, by,
          Boolean.TRUE.equals(execution.getVariable(PAST_THE_TOP))));
      case "DISCUSSED_AT_MEETING" -> escalations.close(id, EscalationService.STATUS_RESOLVED, step, level,
          text(execution, ACCOUNTABILITY_GROUPS), "Discussed at the accountability meeting"
              + suffix(text(execution, MEETING_OUTCOME)), by);
      default -> throw new IllegalArgumentException(STEP + ": unknown step '" + step + "'");
    }
    execution.setVariable(HISTORY, escalations.history(id));
    if (!"REVISION_PROPOSED".equals(step)) {
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
