package uk.oic.actionplan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/** {@code ${sendReminder}}: after a reminder timer, records the reminder and tells the owner group. */
@Component("sendReminder")
class SendReminderDelegate implements JavaDelegate {

  private final EscalationService escalations;
  private final DeadlineSchedule schedule;

  SendReminderDelegate(EscalationService escalations, DeadlineSchedule schedule) {
    this.escalations = escalations;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.remind(HandOffItems.from(execution, schedule));
  }
}
