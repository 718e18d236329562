package uk.oic.actionplan.escalation;

import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.Cover;

/**
 * {@code ${applyRevisedDueDate}}: the decider (the chief officers, or the
 * PCC for the oversight body's own item) approved a revised target date. The model runs
 * it asynchronously, so it changes the source process as the system rather than as the approver.
 */
@Component("applyRevisedDueDate")
class ApplyRevisedDueDateDelegate implements JavaDelegate {

  private final EscalationService escalations;
  private final Cover cover;

  ApplyRevisedDueDateDelegate(EscalationService escalations, Cover cover) {
    this.escalations = escalations;
    this.cover = cover;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = MissedDeadlineSteps.escalationId(execution);
    var newDue = escalations.revisedDue((String) execution.getVariable(PROPOSED_DUE_DATE));
    var level = execution.getVariable(LEVEL) instanceof Number n ? n.intValue() : 0;
    var comment = execution.getVariable(REVISION_COMMENT);
    var slips = escalations.applyRevision(id, level, MissedDeadlineSteps.decider(execution), newDue,
        comment == null ? null : comment.toString(), (String) execution.getVariable(DUE_DATE_VARIABLE),
        Actors.of(execution, cover));
    execution.setVariable(CURRENT_DUE_DATE, newDue);
    execution.setVariable(SLIPS, slips);
    execution.setVariable(DUE_SUMMARY,
        escalations.dueSummary(newDue, (java.util.Date) execution.getVariable(ORIGINAL_DUE_DATE), slips));
    execution.setVariable(HISTORY, escalations.history(id));
    MissedDeadlineSteps.clearForm(execution);
  }
}
