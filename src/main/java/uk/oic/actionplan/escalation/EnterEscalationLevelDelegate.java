package uk.oic.actionplan.escalation;

import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.Cover;

/**
 * {@code ${enterEscalationLevel}}: puts the missed deadline at its next level; the first time, at the
 * level its lateness has reached ({@code pastTheTop} when it is beyond the whole chain).
 */
@Component("enterEscalationLevel")
class EnterEscalationLevelDelegate implements JavaDelegate {

  private final EscalationService escalations;
  private final Cover cover;

  EnterEscalationLevelDelegate(EscalationService escalations, Cover cover) {
    this.escalations = escalations;
    this.cover = cover;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = MissedDeadlineSteps.escalationId(execution);
    var level = escalations.enterNextLevel(id, Actors.of(execution, cover));
    execution.setVariable(LEVEL, level.level());
    execution.setVariable(LEVEL_COUNT, level.levelCount());
    execution.setVariable(LEVEL_GROUP, level.group());
    execution.setVariable(LEVEL_LABEL, level.label());
    execution.setVariable(LEVEL_STARTED_AT, level.startedAt());
    execution.setVariable(LEVEL_DUE_AT, level.dueAt());
    execution.setVariable(TOP_LEVEL, level.top());
    execution.setVariable(OVERSIGHT_LEVEL, level.oversight());
    execution.setVariable(OVERSIGHT_OWNED, level.oversightOwned());
    execution.setVariable(PAST_THE_TOP, level.pastTheTop());
    if (level.waiting() == null) {
      execution.removeVariable(WAITING_SUMMARY);
    } else {
      execution.setVariable(WAITING_SUMMARY, level.waiting());
    }
    execution.setVariable(LEVEL_DUE_TEXT, escalations.dueSummary(level.dueAt(), level.dueAt(), 0));
    // from the log, not from variables a form could have overwritten
    execution.setVariable(ORIGINAL_DUE_TEXT, escalations.originalDueText(id));
    execution.setVariable(DUE_SUMMARY, escalations.dueSummary(id));
    execution.setVariable(HISTORY, escalations.history(id));
    MissedDeadlineSteps.clearForm(execution);
  }
}
