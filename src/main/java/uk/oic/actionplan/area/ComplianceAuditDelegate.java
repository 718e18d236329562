package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.Area2Variables.AUDIT_PERIOD;
import static uk.oic.actionplan.area.Area2Variables.COMPLIANCE_AUDIT_HISTORY;
import static uk.oic.actionplan.area.Area2Variables.COMPLIANCE_RAG;
import static uk.oic.actionplan.area.Area2Variables.COMPLIANCE_RATE;
import static uk.oic.actionplan.area.Area2Variables.INTELLIGENCE_DOCUMENTS_FOUND;
import static uk.oic.actionplan.area.Area2Variables.REFERRALS_CHECKED;
import static uk.oic.actionplan.area.Area2Variables.TARGET_PERCENT;
import static uk.oic.actionplan.area.AreaFiguresVariables.DOCUMENTS_GOOD_QUALITY;
import static uk.oic.actionplan.area.AreaFiguresVariables.DOCUMENTS_ON_TIME;
import static uk.oic.actionplan.area.AreaFiguresVariables.OFFICERS_TO_TRAIN;
import static uk.oic.actionplan.area.AreaFiguresVariables.OFFICERS_TRAINED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Area 2: checks and rates a compliance audit of NCCU referrals. Refused figures become the BPMN
 * error {@value #FIGURES_REFUSED} before anything is written; the model returns to the form. Besides
 * its own variables it writes the outputs every area's figures have ({@link AreaFiguresDelegate#write}).
 */
@Component("assessComplianceAudit")
class ComplianceAuditDelegate implements JavaDelegate {

  static final String FIGURES_REFUSED = "FIGURES_REFUSED";
  private static final TypeReference<List<ComplianceAudit.Result>> HISTORY = new TypeReference<>() {};

  private final ComplianceAudit audits = new ComplianceAudit();
  private final Area2Figures figures = new Area2Figures();
  private final ObjectMapper json;
  private final FiguresHistory figuresHistory;

  ComplianceAuditDelegate(ObjectMapper json) {
    this.json = json;
    this.figuresHistory = new FiguresHistory(json);
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    ComplianceAudit.Result result;
    AssessedFigures assessed;
    try {
      result = audits.assess(
          FigureValues.text(execution, AUDIT_PERIOD),
          FigureValues.count(execution, REFERRALS_CHECKED, "referrals checked"),
          FigureValues.count(execution, INTELLIGENCE_DOCUMENTS_FOUND, "intelligence documents found"),
          FigureValues.integer(execution, TARGET_PERCENT));
      assessed = figures.generic(result,
          FigureValues.count(execution, DOCUMENTS_ON_TIME, "documents on time"),
          FigureValues.count(execution, DOCUMENTS_GOOD_QUALITY, "documents of good quality"),
          FigureValues.count(execution, OFFICERS_TO_TRAIN, "officers to train"),
          FigureValues.count(execution, OFFICERS_TRAINED, "officers trained"));
    } catch (FiguresRefusedException refused) {
      throw new BpmnError(FIGURES_REFUSED, refused.getMessage());
    }
    AreaFiguresDelegate.write(execution, assessed, figuresHistory,
        AreaFiguresDelegate.previous(execution, figuresHistory));
    var previous = (String) execution.getVariable(COMPLIANCE_AUDIT_HISTORY);
    var history = previous == null ? List.<ComplianceAudit.Result>of() : json.readValue(previous, HISTORY);
    execution.setVariable(COMPLIANCE_AUDIT_HISTORY, json.writeValueAsString(audits.append(history, result)));
    execution.setVariable(COMPLIANCE_RATE, result.ratePercent().doubleValue());
    execution.setVariable(COMPLIANCE_RAG, result.rag().name());
  }
}
