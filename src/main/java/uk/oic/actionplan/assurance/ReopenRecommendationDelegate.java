package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Reopens a discharged recommendation: it leaves {@code dischargedRecommendations}, so the next
 * cycle assures it again. Runs in the reopening event sub-process, where {@code recommendationId},
 * {@code reopenReason} and {@code reopenedBy} are local.
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
    var recommendationId = LoopContext.text(execution, RECOMMENDATION_ID);
    var discharged = DischargedRecommendations.fromJson(LoopContext.text(execution, DISCHARGED_RECOMMENDATIONS));
    execution.setVariable(DISCHARGED_RECOMMENDATIONS, discharged.without(recommendationId).toJson());
    execution.setVariableLocal(RECOMMENDATION_LABEL,
        plan.recommendation(recommendationId).map(PlanDefinition.Recommendation::label).orElse(recommendationId));
  }
}
