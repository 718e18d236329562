package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Reopens a discharged recommendation: it leaves {@code dischargedRecommendations}, so the next
 * cycle assures it again. Runs first in the reopening event sub-process: the message's variables
 * (which the engine puts on the process instance) become local to the sub-process, where the
 * evidence register finds {@code recommendationId}, and leave the process instance, so that no
 * later step of the loop mistakes them for its own.
 */
@Component("reopenRecommendation")
class ReopenRecommendationDelegate implements JavaDelegate {

  private final LoopContext context;

  ReopenRecommendationDelegate(LoopContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var plan = context.plan(execution);
    var recommendationId = LoopContext.text(execution, REOPEN_REQUESTED_FOR);
    execution.setVariableLocal(RECOMMENDATION_ID, recommendationId);
    execution.setVariableLocal(RECOMMENDATION_LABEL,
        plan.recommendation(recommendationId).map(PlanDefinition.Recommendation::label).orElse(recommendationId));
    execution.setVariableLocal(REOPEN_REASON, LoopContext.text(execution, REOPEN_REQUEST_REASON));
    execution.setVariableLocal(REOPENED_BY, LoopContext.text(execution, REOPEN_REQUESTED_BY));
    execution.getProcessInstance().removeVariablesLocal(List.of(REOPEN_REQUESTED_FOR, REOPEN_REQUEST_REASON, REOPEN_REQUESTED_BY));
    var discharged = DischargedRecommendations.fromJson(LoopContext.text(execution, DISCHARGED_RECOMMENDATIONS));
    execution.setVariable(DISCHARGED_RECOMMENDATIONS, discharged.without(recommendationId).toJson());
  }
}
