package uk.oic.actionplan.absence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code oic-absence-cover}: the first day away has come; the delegate gets the absent user's tasks. */
@Component("beginCover")
class BeginCoverDelegate implements JavaDelegate {

  private final Absences absences;

  BeginCoverDelegate(Absences absences) {
    this.absences = absences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    absences.begin(((Number) execution.getVariable(Absences.ABSENCE_ID)).longValue());
  }
}
