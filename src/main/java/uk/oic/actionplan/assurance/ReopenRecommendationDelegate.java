package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Reopens a discharged recommendation: its discharge in {@code oic_discharge} is marked reopened
 * (who, when, why) and kept, so the next cycle assures it again. Runs first in the reopening event
 * sub-process: the message's variables (which the engine puts on the process instance) become local
 * to the sub-process, where the evidence register finds {@code recommendationId}, and leave the
 * process instance, so that no later step of the loop mistakes them for its own.
 */
@Component("reopenRecommendation")
class ReopenRecommendationDelegate implements JavaDelegate {

  private final LoopContext context;
  private final AssuranceRecords records;

  ReopenRecommendationDelegate(LoopContext context, AssuranceRecords records) {
    this.context = context;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var plan = context.plan(execution);
    var recommendationId = LoopContext.text(execution, REOPEN_REQUESTED_FOR);
    execution.setVariableLocal(RECOMMENDATION_ID, recommendationId);
    execution.setVariableLocal(RECOMMENDATION_LABEL,
        plan.recommendation(recommendationId).map(PlanDefinition.Recommendation::label).orElse(recommendationId));
    var reason = LoopContext.text(execution, REOPEN_REQUEST_REASON);
    var reopenedBy = LoopContext.text(execution, REOPEN_REQUESTED_BY);
    execution.setVariableLocal(REOPEN_REASON, reason);
    execution.setVariableLocal(REOPENED_BY, reopenedBy);
    execution.getProcessInstance().removeVariablesLocal(List.of(REOPEN_REQUESTED_FOR, REOPEN_REQUEST_REASON, REOPEN_REQUESTED_BY));
    // a second request that raced the first finds nothing open: the reopening stands as the first wrote it
    records.reopen(plan.id(), recommendationId, context.now(), reopenedBy, reason);
  }
}
