package uk.oic.actionplan.absence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code oic-absence-cover}: the last day away has passed; the delegate's cover links are taken back. */
@Component("endCover")
class EndCoverDelegate implements JavaDelegate {

  private final Absences absences;

  EndCoverDelegate(Absences absences) {
    this.absences = absences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    absences.expire(((Number) execution.getVariable(Absences.ABSENCE_ID)).longValue());
  }
}
