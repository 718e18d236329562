package uk.oic.actionplan.plan;

import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.PlanOffsets;

/** The deadline schedule's offsets, read from the plan files: the escalation's and the cadence's. */
@Component
class PlanCatalogOffsets implements PlanOffsets {

  private final PlanCatalog plans;

  PlanCatalogOffsets(PlanCatalog plans) {
    this.plans = plans;
  }

  @Override
  public Offsets of(String planId) {
    var plan = plans.find(planId).orElseThrow(() -> new IllegalArgumentException("Unknown plan '" + planId + "'"));
    return new Offsets(plan.escalation().reminderWorkingDaysBefore(), plan.escalation().nextLevelAfterWorkingDays(),
        plan.cadence().progressUpdateWorkingDays());
  }
}
