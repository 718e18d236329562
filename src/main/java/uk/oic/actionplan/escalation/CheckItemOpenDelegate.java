package uk.oic.actionplan.escalation;

import static uk.oic.actionplan.escalation.MissedDeadlineVariables.ITEM_STILL_OPEN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${checkItemOpen}}: whether the missed item still waits in its source process. */
@Component("checkItemOpen")
class CheckItemOpenDelegate implements JavaDelegate {

  private final EscalationService escalations;

  CheckItemOpenDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ITEM_STILL_OPEN, escalations.itemStillOpen(MissedDeadlineSteps.escalationId(execution)));
  }
}
