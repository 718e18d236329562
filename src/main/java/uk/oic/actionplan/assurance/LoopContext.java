package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.PLAN_ID;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/** Typed access to what every assurance delegate needs: the plan, the engine clock, the acting user. */
@Component
class LoopContext {

  static final String SYSTEM = "system";

  private final PlanCatalog plans;

  LoopContext(PlanCatalog plans) {
    this.plans = plans;
  }

  PlanDefinition plan(DelegateExecution execution) {
    var planId = (String) execution.getVariable(PLAN_ID);
    return plans.find(planId)
        .orElseThrow(() -> new IllegalStateException("The assurance loop names plan '" + planId + "', which no plan file defines"));
  }

  /** The engine's clock, which tests move. */
  Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Who completed the step that led here: the engine's authenticated user, else "system". */
  static String actingUser(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }

  static String text(DelegateExecution execution, String name) {
    var value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  static int number(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof Number n ? n.intValue() : 0;
  }
}
