package uk.oic.actionplan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/**
 * {@code ${raiseEscalation}}: after an escalation timer, starts the item's {@code oic-missed-deadline}
 * instance, once per item and due date however often it runs.
 */
@Component("raiseEscalation")
class RaiseEscalationDelegate implements JavaDelegate {

  private final EscalationService escalations;
  private final DeadlineSchedule schedule;

  RaiseEscalationDelegate(EscalationService escalations, DeadlineSchedule schedule) {
    this.escalations = escalations;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.raise(HandOffItems.from(execution, schedule));
  }
}
