package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.ASSURANCE_STEP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets the due date of the step named by the input parameter {@code assuranceStep} (REVIEW,
 * SIGN_OFF, ...), counted from now, before its user task and timers are created.
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
    execution.setVariable(step.dueVariable(), schedule.dueAt(step, context.now()));
  }
}
