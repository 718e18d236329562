package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.Area7Variables.COMPLETED_PERSONNEL;
import static uk.oic.actionplan.area.Area7Variables.COMPLETION_RAG;
import static uk.oic.actionplan.area.Area7Variables.COMPLETION_RATE;
import static uk.oic.actionplan.area.Area7Variables.FIGURES_REFUSED_MESSAGE;
import static uk.oic.actionplan.area.Area7Variables.RELEVANT_PERSONNEL;
import static uk.oic.actionplan.area.Area7Variables.TARGET_MET;
import static uk.oic.actionplan.area.Area7Variables.TARGET_PERCENT;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Area 7: checks and rates Hydra completion figures; refused figures change nothing. */
@Component("assessHydraCompletion")
class HydraCompletionDelegate implements JavaDelegate {

  private final CompletionRates rates = new CompletionRates();

  @Override
  public void execute(DelegateExecution execution) {
    CompletionRates.Result result;
    try {
      result = rates.single("Hydra",
          FigureValues.count(execution, RELEVANT_PERSONNEL, "relevant personnel"),
          FigureValues.count(execution, COMPLETED_PERSONNEL, "completed"),
          FigureValues.integer(execution, TARGET_PERCENT));
    } catch (FiguresRefusedException refused) {
      throw new BpmnError(ComplianceAuditDelegate.FIGURES_REFUSED, refused.getMessage());
    }
    execution.setVariable(COMPLETION_RATE, result.overall().ratePercent().doubleValue());
    execution.setVariable(COMPLETION_RAG, result.rag().name());
    execution.setVariable(TARGET_MET, result.targetMet());
    execution.setVariable(FIGURES_REFUSED_MESSAGE, null);
  }
}
