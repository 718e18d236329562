package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Starts one recommendation's assurance in a cycle. Declares every per-recommendation variable on
 * this sub-process instance, so that what the forms submit stays with its recommendation and
 * recommendations assured in parallel never overwrite one another; then gives the forms their
 * context (with what the PCC asked, from the plan file) and the request its due date.
 */
@Component("prepareRecommendationAssurance")
class PrepareRecommendationAssuranceDelegate implements JavaDelegate {

  private final LoopContext context;
  private final AssuranceSchedule schedule;

  PrepareRecommendationAssuranceDelegate(LoopContext context, AssuranceSchedule schedule) {
    this.context = context;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var plan = context.plan(execution);
    var recommendationId = LoopContext.text(execution, RECOMMENDATION_ID);
    var recommendation = plan.recommendation(recommendationId).orElseThrow(() -> new IllegalStateException(
        "Recommendation '" + recommendationId + "' is not in plan " + plan.id()));
    PER_RECOMMENDATION.forEach(name -> execution.setVariableLocal(name, null));
    execution.setVariableLocal(RECOMMENDATION_LABEL, recommendation.label());
    execution.setVariableLocal(RECOMMENDATION_TITLE, recommendation.title());
    execution.setVariableLocal(RECOMMENDATION_SUMMARY, summary(plan, recommendation));
    execution.setVariableLocal(RECOMMEND_DISCHARGE, false);
    execution.setVariableLocal(REVIEW_VALID, false);
    execution.setVariableLocal(REVIEW_PROBLEM, "");
    execution.setVariableLocal(CHALLENGE_COUNT, 0);
    execution.setVariableLocal(SEND_BACK_COUNT, 0);
    execution.setVariableLocal(REPORT_SENT_BACK_REASONS, "");
    PccAsks.prepare(execution, recommendation.pccAsks());
    Date due = schedule.dueAt(AssuranceStep.REQUEST, context.now());
    execution.setVariableLocal(REQUEST_DUE_AT, due);
  }

  /** What the people in the forms need to know about the recommendation. */
  static String summary(PlanDefinition plan, PlanDefinition.Recommendation recommendation) {
    var areas = plan.areasFor(recommendation.id()).stream()
        .map(a -> "Area " + a.number() + " (" + a.name() + ")")
        .collect(Collectors.joining(", "));
    return recommendation.label() + ": " + recommendation.title() + ". Deadline "
        + ReviewCheck.READABLE.format(recommendation.deadline()) + ".\n" + recommendation.text()
        + "\nDelivered by: " + (areas.isEmpty() ? "no single action area" : areas) + ".";
  }
}
