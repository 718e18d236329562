package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.PLAN_ID;
import static uk.oic.actionplan.assurance.AssuranceVariables.RECOMMENDATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.evidence.EvidenceVariables;

/**
 * {@code <camunda:executionListener event="end" delegateExpression="${recordAssuranceDecision}"/>} on
 * each step that records a decision about a recommendation ({@link AssuranceRecords#DECISIONS}):
 * makes it the recommendation's latest in {@code oic_assurance_state}, in the step's transaction.
 * The decision's title, text and time are the evidence entry's the step has just written, so that a
 * rebuild from the register gives the same row; without an entry, the step's own inputs. A decision
 * that completes a review ({@link AssuranceRecords#REVIEW_DECISIONS}) also records the review's grade
 * in {@code oic_assurance_grade}: who reviewed, when, in which cycle, and the decision record's place.
 */
@Component("recordAssuranceDecision")
class RecordAssuranceDecisionListener implements ExecutionListener {

  private final AssuranceRecords records;
  private final EvidenceRegister register;
  private final LoopContext context;

  RecordAssuranceDecisionListener(AssuranceRecords records, EvidenceRegister register, LoopContext context) {
    this.records = records;
    this.register = register;
    this.context = context;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var activityId = execution.getCurrentActivityId();
    var state = AssuranceRecords.DECISIONS.get(activityId);
    if (state == null) {
      throw new IllegalStateException(activityId + " records no decision about a recommendation; known: "
          + AssuranceRecords.DECISIONS.keySet());
    }
    var planId = LoopContext.text(execution, PLAN_ID);
    var recommendationId = LoopContext.text(execution, RECOMMENDATION_ID);
    // set by recordEvidence on the step's own scope
    var entryId = execution.getVariableLocal(EvidenceVariables.ENTRY_ID);
    var entry = entryId == null ? null : register.find(entryId.toString())
        .filter(e -> activityId.equals(e.activityId()) && execution.getProcessInstanceId().equals(e.processInstanceId()))
        .orElse(null);
    var decision = entry != null
        ? new AssuranceRecords.Decision(planId, recommendationId, state, activityId, entry.title(), entry.description(),
            entry.recordedAt(), entry.sequence(), execution.getProcessInstanceId())
        : new AssuranceRecords.Decision(planId, recommendationId, state, activityId,
            LoopContext.text(execution, EvidenceVariables.TITLE), LoopContext.text(execution, EvidenceVariables.DESCRIPTION),
            context.now(), null, execution.getProcessInstanceId());
    records.recordDecision(decision, context.now());
    // a loop started on a model version before reviews were graded completes its reviews without one
    var grade = AssuranceRecords.REVIEW_DECISIONS.contains(activityId)
        ? AssuranceGrade.of(LoopContext.text(execution, AssuranceVariables.ASSURANCE_GRADE)).orElse(null) : null;
    if (grade != null) {
      var rationale = LoopContext.text(execution, AssuranceVariables.GRADE_RATIONALE);
      records.recordGrade(new AssuranceRecords.Grade(planId, recommendationId,
          LoopContext.number(execution, AssuranceVariables.CYCLE_NUMBER), grade, rationale == null ? "" : rationale.trim(),
          entry != null ? entry.recordedBy() : LoopContext.actingUser(execution), decision.decidedAt(),
          decision.evidenceSequence(), execution.getProcessInstanceId()));
    }
  }
}
