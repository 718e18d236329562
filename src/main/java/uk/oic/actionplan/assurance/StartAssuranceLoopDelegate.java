package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the loop up from the plan: its groups, no cycle yet, and the first cycle's date. */
@Component("startAssuranceLoop")
class StartAssuranceLoopDelegate implements JavaDelegate {

  private final LoopContext context;
  private final AssuranceSchedule schedule;

  StartAssuranceLoopDelegate(LoopContext context, AssuranceSchedule schedule) {
    this.context = context;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var plan = context.plan(execution);
    var now = context.now();
    execution.setVariable(OPCC_STAFF_GROUP, plan.roles().opccStaff());
    execution.setVariable(STRATEGIC_LEAD_GROUP, plan.roles().strategicLead());
    execution.setVariable(CHIEF_OFFICERS_GROUP, plan.roles().chiefOfficers());
    execution.setVariable(PCC_GROUP, plan.roles().pcc());
    execution.setVariable(CYCLE_NUMBER, 0);
    execution.setVariable(ALL_RECOMMENDATIONS_DISCHARGED, false);
    execution.setVariable(NEXT_CYCLE_AT, schedule.nextCycleAt(now, plan.cadence().assuranceCycleWeeks(), now));
    CloseAssuranceCycleDelegate.awaitCadence(execution);
  }
}
