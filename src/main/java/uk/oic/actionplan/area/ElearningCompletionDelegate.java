package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.Area8Variables.COMPLETION_RAG;
import static uk.oic.actionplan.area.Area8Variables.COMPLETION_RATE;
import static uk.oic.actionplan.area.Area8Variables.FIGURES_AS_AT;
import static uk.oic.actionplan.area.Area8Variables.LOWEST_MODULE;
import static uk.oic.actionplan.area.Area8Variables.MODULES;
import static uk.oic.actionplan.area.Area8Variables.MODULE_RATES_SUMMARY;
import static uk.oic.actionplan.area.Area8Variables.RELEVANT_PERSONNEL;
import static uk.oic.actionplan.area.Area8Variables.TARGET_PERCENT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Area 8: checks and rates the completion figures of the four e-learning modules. The lowest
 * module's rate counts against the target; refused figures change nothing. Besides its own
 * variables it writes the outputs every area's figures have ({@link AreaFiguresDelegate#write}).
 */
@Component("assessElearningCompletion")
class ElearningCompletionDelegate implements JavaDelegate {

  private final CompletionRates rates = new CompletionRates();
  private final Area8Figures generic = new Area8Figures();
  private final FiguresHistory history;

  ElearningCompletionDelegate(ObjectMapper json) {
    this.history = new FiguresHistory(json);
  }

  @Override
  public void execute(DelegateExecution execution) {
    CompletionRates.Result result;
    AssessedFigures assessed;
    try {
      var figures = new ArrayList<CompletionRates.Figure>();
      for (int n = 1; n <= MODULES; n++) {
        var name = moduleName(execution, n);
        figures.add(new CompletionRates.Figure(name,
            FigureValues.count(execution, Area8Variables.moduleCompleted(n), "completed (" + name + ")")));
      }
      result = rates.modules(FigureValues.count(execution, RELEVANT_PERSONNEL, "relevant personnel"), figures,
          FigureValues.integer(execution, TARGET_PERCENT));
      assessed = generic.generic(FigureValues.day(execution, FIGURES_AS_AT, "figures as at"), result);
    } catch (FiguresRefusedException refused) {
      throw new BpmnError(ComplianceAuditDelegate.FIGURES_REFUSED, refused.getMessage());
    }
    AreaFiguresDelegate.write(execution, assessed, history, AreaFiguresDelegate.previous(execution, history));
    for (int n = 1; n <= MODULES; n++) {
      execution.setVariable(Area8Variables.moduleRate(n), result.completions().get(n - 1).ratePercent().doubleValue());
    }
    execution.setVariable(COMPLETION_RATE, result.overall().ratePercent().doubleValue());
    execution.setVariable(LOWEST_MODULE, result.overall().name());
    execution.setVariable(COMPLETION_RAG, result.rag().name());
    execution.setVariable(MODULE_RATES_SUMMARY, result.completions().stream()
        .map(c -> c.name() + " " + c.completed() + " (" + c.ratePercent().toPlainString() + "%)")
        .collect(Collectors.joining(", ")));
  }

  private static String moduleName(DelegateExecution execution, int n) {
    var name = execution.getVariable(AreaTargetVariables.moduleName(n));
    return name == null ? "Module " + n : name.toString();
  }
}
