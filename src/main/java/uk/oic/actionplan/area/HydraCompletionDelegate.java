package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.Area7Variables.COMPLETED_PERSONNEL;
import static uk.oic.actionplan.area.Area7Variables.COMPLETION_RAG;
import static uk.oic.actionplan.area.Area7Variables.COMPLETION_RATE;
import static uk.oic.actionplan.area.Area7Variables.FIGURES_AS_AT;
import static uk.oic.actionplan.area.Area7Variables.RELEVANT_PERSONNEL;
import static uk.oic.actionplan.area.Area7Variables.TARGET_PERCENT;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_QUARTER;
import static uk.oic.actionplan.area.AreaFiguresVariables.PARTNER_PLACES;
import static uk.oic.actionplan.area.AreaFiguresVariables.PLACES_OFFERED;
import static uk.oic.actionplan.area.AreaFiguresVariables.SESSIONS_HELD;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Area 7: checks and rates Hydra completion figures and the quarter's provision; refused figures
 * change nothing. Besides its own variables it writes the outputs every area's figures have
 * ({@link AreaFiguresDelegate#write}).
 */
@Component("assessHydraCompletion")
class HydraCompletionDelegate implements JavaDelegate {

  private final CompletionRates rates = new CompletionRates();
  private final Area7Figures figures = new Area7Figures();
  private final FiguresHistory history;

  HydraCompletionDelegate(ObjectMapper json) {
    this.history = new FiguresHistory(json);
  }

  @Override
  public void execute(DelegateExecution execution) {
    CompletionRates.Result result;
    AssessedFigures assessed;
    try {
      result = rates.single("Hydra",
          FigureValues.count(execution, RELEVANT_PERSONNEL, "relevant personnel"),
          FigureValues.count(execution, COMPLETED_PERSONNEL, "completed"),
          FigureValues.integer(execution, TARGET_PERCENT));
      assessed = figures.generic(
          FigureValues.day(execution, FIGURES_AS_AT, "figures as at"),
          FigureValues.text(execution, FIGURES_QUARTER),
          result,
          FigureValues.count(execution, SESSIONS_HELD, "sessions held"),
          FigureValues.count(execution, PLACES_OFFERED, "places offered"),
          FigureValues.count(execution, PARTNER_PLACES, "partner places"));
    } catch (FiguresRefusedException refused) {
      throw new BpmnError(ComplianceAuditDelegate.FIGURES_REFUSED, refused.getMessage());
    }
    AreaFiguresDelegate.write(execution, assessed, history, AreaFiguresDelegate.previous(execution, history));
    execution.setVariable(COMPLETION_RATE, result.overall().ratePercent().doubleValue());
    execution.setVariable(COMPLETION_RAG, result.rag().name());
  }
}
