package uk.oic.actionplan.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of the action plan: checks the plan exists and names it, so each area and the
 * assurance loop start with the plan's title, and says whether the PCC's response is due (the plan
 * gives the report's publication date). The areas themselves come from {@link PlanAreas}.
 */
@Component("prepareAreas")
class PrepareAreasDelegate implements JavaDelegate {

  private final PlanCatalog plans;

  PrepareAreasDelegate(PlanCatalog plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var planId = (String) execution.getVariable(ActionPlanVariables.PLAN_ID);
    var plan = plans.find(planId)
        .orElseThrow(() -> new IllegalArgumentException("The action plan was started for an unknown plan '" + planId + "'"));
    execution.setVariable(ActionPlanVariables.PLAN_TITLE, plan.title());
    execution.setVariable(ActionPlanVariables.AREA_COUNT, plan.areas().size());
    execution.setVariable(ActionPlanVariables.PCC_RESPONSE_DUE, plan.reportPublishedOn() != null);
  }
}
