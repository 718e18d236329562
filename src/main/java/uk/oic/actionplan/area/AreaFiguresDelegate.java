package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_EVIDENCE_TITLE;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_HISTORY;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_RAG;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_RATE;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_REFUSED_MESSAGE;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_SUMMARY;
import static uk.oic.actionplan.area.AreaFiguresVariables.RECOVERY_NEEDED;
import static uk.oic.actionplan.area.AreaFiguresVariables.TARGET_MET;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What every area's assessing service does around its own rules: reads the history, lets the area
 * check and rate the figures, and either refuses them as the BPMN error {@code FIGURES_REFUSED}
 * before anything is written, or writes the same outputs for every area.
 */
abstract class AreaFiguresDelegate implements JavaDelegate {

  private final FiguresHistory history;

  AreaFiguresDelegate(ObjectMapper json) {
    this.history = new FiguresHistory(json);
  }

  /** Checks and rates the figures of the form; {@code previous} is the accepted history, oldest first. */
  abstract AssessedFigures assess(VariableScope figures, List<JsonNode> previous);

  @Override
  public void execute(DelegateExecution execution) {
    var previous = history.read((String) execution.getVariable(FIGURES_HISTORY));
    AssessedFigures assessed;
    try {
      assessed = assess(execution, previous);
    } catch (FiguresRefusedException refused) {
      throw new BpmnError(ComplianceAuditDelegate.FIGURES_REFUSED, refused.getMessage());
    }
    write(execution, assessed, history, previous);
  }

  /** The outputs of accepted figures, also written by the area 2, 7 and 8 services besides their own. */
  static void write(VariableScope execution, AssessedFigures assessed, FiguresHistory history,
      List<JsonNode> previous) {
    execution.setVariable(FIGURES_RATE, assessed.ratePercent() == null ? null : assessed.ratePercent().doubleValue());
    execution.setVariable(FIGURES_RAG, assessed.rag().name());
    execution.setVariable(TARGET_MET, assessed.targetMet());
    execution.setVariable(RECOVERY_NEEDED, assessed.recoveryNeeded());
    execution.setVariable(FIGURES_SUMMARY, assessed.summary());
    execution.setVariable(FIGURES_EVIDENCE_TITLE, assessed.evidenceTitle());
    execution.setVariable(FIGURES_HISTORY, history.append(previous, assessed.historyEntry()));
    execution.setVariable(FIGURES_REFUSED_MESSAGE, null);
  }

  /** For the area 2, 7 and 8 services: the history as it stands before these figures. */
  static List<JsonNode> previous(VariableScope execution, FiguresHistory history) {
    return history.read((String) execution.getVariable(FIGURES_HISTORY));
  }
}
