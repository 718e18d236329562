package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.ASSURANCE_STEP;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets the due date of the step named by the input parameter {@code assuranceStep} (REVIEW,
 * SIGN_OFF, ...), counted from now, before its user task and timers are created. A REDRAFT (a
 * report sent back) keeps the report's current due date when that is later, so sending a report back
 * early never shortens the time the strategic lead had.
 */
@Component("scheduleAssuranceStep")
class ScheduleAssuranceStepDelegate implements JavaDelegate {

  private final LoopContext context;
  private final AssuranceSchedule schedule;

  ScheduleAssuranceStepDelegate(LoopContext context, AssuranceSchedule schedule) {
    this.context = context;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = AssuranceStep.valueOf(LoopContext.text(execution, ASSURANCE_STEP));
    var due = schedule.dueAt(step, context.now());
    if (step == AssuranceStep.REDRAFT && execution.getVariable(step.dueVariable()) instanceof Date current
        && current.after(due)) {
      due = current;
    }
    execution.setVariable(step.dueVariable(), due);
  }
}
