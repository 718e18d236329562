package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks an OPCC review decision (see {@link ReviewCheck}). Complete: the dates the decision needs
 * are set and the decision is summarised for the evidence register. Incomplete: the problem is set
 * and the model sends the review back to OPCC staff, who see it in the form.
 */
@Component("checkAssuranceReview")
class CheckAssuranceReviewDelegate implements JavaDelegate {

  private final LoopContext context;
  private final AssuranceSchedule schedule;

  CheckAssuranceReviewDelegate(LoopContext context, AssuranceSchedule schedule) {
    this.context = context;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var review = new ReviewCheck.Review(
        LoopContext.text(execution, REVIEW_DECISION),
        LoopContext.text(execution, REVIEW_RATIONALE),
        execution.getVariable(RECOMMEND_DISCHARGE) instanceof Boolean b ? b : null,
        LoopContext.text(execution, CHALLENGE_QUESTIONS),
        LoopContext.text(execution, CHALLENGE_RESPONSE_DATE),
        LoopContext.text(execution, MEETING_DATE),
        LoopContext.text(execution, ASSURANCE_GRADE),
        LoopContext.text(execution, GRADE_RATIONALE));
    // the model's input parameter: a loop on an earlier model version has no grade in its review form
    var graded = Boolean.TRUE.equals(execution.getVariableLocal(GRADED_REVIEW));
    var outcome = ReviewCheck.check(review, schedule.today(context.now()), graded);
    execution.setVariable(REVIEW_VALID, outcome.valid());
    execution.setVariable(REVIEW_PROBLEM, outcome.problem());
    if (!outcome.valid()) {
      return;
    }
    execution.setVariable(REVIEW_SUMMARY, outcome.summary());
    execution.setVariable(REVIEW_GRADE_REFERENCE,
        outcome.grade() == null ? null : ReviewCheck.gradeReference(outcome.grade()));
    execution.setVariable(RECOMMEND_DISCHARGE, outcome.recommendDischarge());
    if (outcome.responseDate() != null) {
      execution.setVariable(RESPONSE_DUE_AT, schedule.endOf(outcome.responseDate()));
      execution.setVariable(CHALLENGE_COUNT, LoopContext.number(execution, CHALLENGE_COUNT) + 1);
      execution.setVariable(CHALLENGE_ANSWER, null);
    }
    if (outcome.meetingDate() != null) {
      execution.setVariable(MEETING_ON, schedule.startOf(outcome.meetingDate()));
      execution.setVariable(MEETING_OUTCOME_DUE_AT, schedule.meetingOutcomeDueAt(outcome.meetingDate()));
    }
  }
}
