package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes a cycle: are all recommendations discharged ({@code oic_discharge}, given to the model's
 * gateway as {@code allRecommendationsDischarged}), and if not, when the next cycle starts.
 */
@Component("closeAssuranceCycle")
class CloseAssuranceCycleDelegate implements JavaDelegate {

  private final LoopContext context;
  private final AssuranceSchedule schedule;
  private final AssuranceRecords records;

  CloseAssuranceCycleDelegate(LoopContext context, AssuranceSchedule schedule, AssuranceRecords records) {
    this.context = context;
    this.schedule = schedule;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var plan = context.plan(execution);
    var open = records.notDischarged(plan);
    execution.setVariable(ALL_RECOMMENDATIONS_DISCHARGED, open.isEmpty());
    var startedAt = (Date) execution.getVariable(CYCLE_STARTED_AT);
    execution.setVariable(NEXT_CYCLE_AT,
        schedule.nextCycleAt(startedAt.toInstant(), plan.cadence().assuranceCycleWeeks(), context.now()));
    awaitCadence(execution);
  }

  /** Until someone asks for a cycle on demand, the next one comes from the cadence. */
  static void awaitCadence(DelegateExecution execution) {
    execution.setVariable(CYCLE_TRIGGER, TRIGGER_CADENCE);
    execution.setVariable(CYCLE_REQUESTED_BY, null);
    execution.setVariable(CYCLE_REQUEST_REASON, null);
  }
}
