package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Adds the PCC's sign-off to the loop's {@code dischargedRecommendations}: who, when, why, in which cycle. */
@Component("markRecommendationDischarged")
class MarkRecommendationDischargedDelegate implements JavaDelegate {

  private final LoopContext context;

  MarkRecommendationDischargedDelegate(LoopContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var discharged = DischargedRecommendations.fromJson(LoopContext.text(execution, DISCHARGED_RECOMMENDATIONS));
    var discharge = new DischargedRecommendations.Discharge(
        LoopContext.text(execution, RECOMMENDATION_ID),
        LoopContext.text(execution, RECOMMENDATION_LABEL),
        LoopContext.number(execution, CYCLE_NUMBER),
        context.now(),
        LoopContext.actingUser(execution),
        LoopContext.text(execution, SIGN_OFF_REASONS));
    execution.setVariable(DISCHARGED_RECOMMENDATIONS, discharged.with(discharge).toJson());
  }
}
