package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_AS_AT;
import static uk.oic.actionplan.area.AreaFiguresVariables.FINDINGS_COMPLETED;
import static uk.oic.actionplan.area.AreaFiguresVariables.PEER_REVIEW_FINDINGS;
import static uk.oic.actionplan.area.AreaFiguresVariables.TARGET_PERCENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Area 1: checks and rates progress on the peer review findings (form {@code oic-area-1-figures}). */
@Component("assessArea1Figures")
class Area1FiguresDelegate extends AreaFiguresDelegate {

  private final Area1Figures rules = new Area1Figures();

  Area1FiguresDelegate(ObjectMapper json) {
    super(json);
  }

  @Override
  AssessedFigures assess(VariableScope figures, List<JsonNode> previous) {
    return rules.assess(
        FigureValues.day(figures, FIGURES_AS_AT, "figures as at"),
        FigureValues.count(figures, PEER_REVIEW_FINDINGS, "peer review findings"),
        FigureValues.count(figures, FINDINGS_COMPLETED, "findings completed"),
        FigureValues.integer(figures, TARGET_PERCENT));
  }
}
