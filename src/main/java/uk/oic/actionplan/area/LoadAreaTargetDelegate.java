package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.AreaTargetVariables.AREA_NUMBER;
import static uk.oic.actionplan.area.AreaTargetVariables.PLAN_ID;
import static uk.oic.actionplan.area.AreaTargetVariables.TARGET_MEASURE;
import static uk.oic.actionplan.area.AreaTargetVariables.TARGET_PERCENT;
import static uk.oic.actionplan.area.AreaTargetVariables.TRAINING_MODULES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * Copies the area's measured target from the plan into the process, so forms can show it and the
 * rate services compare against the figure the plan had when the area's work began.
 */
@Component("loadAreaTarget")
class LoadAreaTargetDelegate implements JavaDelegate {

  private final PlanCatalog plans;

  LoadAreaTargetDelegate(PlanCatalog plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var planId = (String) execution.getVariable(PLAN_ID);
    var areaNumber = FigureValues.integer(execution, AREA_NUMBER);
    var plan = plans.find(planId).orElseThrow(() -> new IllegalStateException("unknown plan '" + planId + "'"));
    var area = plan.area(areaNumber)
        .orElseThrow(() -> new IllegalStateException("plan " + planId + " has no area " + areaNumber));
    var target = area.target();
    if (target == null) {
      throw new IllegalStateException("plan " + planId + " gives area " + areaNumber + " no target");
    }
    // a trend target (an increase period on period) has no percent to compare against
    if (target.percent() != null) {
      execution.setVariable(TARGET_PERCENT, target.percent());
    }
    execution.setVariable(TARGET_MEASURE, target.measure());
    if (!target.modules().isEmpty()) {
      execution.setVariable(TRAINING_MODULES, String.join(", ", target.modules()));
      for (int i = 0; i < target.modules().size(); i++) {
        execution.setVariable(AreaTargetVariables.moduleName(i + 1), target.modules().get(i));
      }
    }
  }
}
