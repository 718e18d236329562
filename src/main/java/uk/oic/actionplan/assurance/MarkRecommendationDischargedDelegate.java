package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the PCC's sign-off in {@code oic_discharge}: who, when, why, in which cycle. A
 * recommendation already discharged (the step retried) keeps its one open discharge.
 */
@Component("markRecommendationDischarged")
class MarkRecommendationDischargedDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MarkRecommendationDischargedDelegate.class);

  private final LoopContext context;
  private final AssuranceRecords records;

  MarkRecommendationDischargedDelegate(LoopContext context, AssuranceRecords records) {
    this.context = context;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var discharge = new AssuranceRecords.NewDischarge(
        LoopContext.text(execution, PLAN_ID),
        LoopContext.text(execution, RECOMMENDATION_ID),
        LoopContext.text(execution, RECOMMENDATION_LABEL),
        LoopContext.number(execution, CYCLE_NUMBER),
        context.now(),
        LoopContext.actingUser(execution),
        LoopContext.text(execution, SIGN_OFF_REASONS),
        execution.getProcessInstanceId());
    if (!records.recordDischarge(discharge)) {
      LOG.info("{} of plan {} is discharged already; its discharge stays as it was", discharge.recommendationId(),
          discharge.planId());
    }
  }
}
