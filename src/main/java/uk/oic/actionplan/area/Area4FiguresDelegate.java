package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.AreaFiguresVariables.APMIS_STAFF_TO_TRAIN;
import static uk.oic.actionplan.area.AreaFiguresVariables.APMIS_STAFF_TRAINED;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_AS_AT;
import static uk.oic.actionplan.area.AreaFiguresVariables.IMPROVEMENT_PLAN_REFERENCE;
import static uk.oic.actionplan.area.AreaFiguresVariables.TARGET_PERCENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Area 4: checks and rates APMIS training for the collection plan (form {@code oic-area-4-figures}). */
@Component("assessArea4Figures")
class Area4FiguresDelegate extends AreaFiguresDelegate {

  private final Area4Figures rules = new Area4Figures();

  Area4FiguresDelegate(ObjectMapper json) {
    super(json);
  }

  @Override
  AssessedFigures assess(VariableScope figures, List<JsonNode> previous) {
    return rules.assess(
        FigureValues.day(figures, FIGURES_AS_AT, "figures as at"),
        FigureValues.count(figures, APMIS_STAFF_TO_TRAIN, "APMIS staff to train"),
        FigureValues.count(figures, APMIS_STAFF_TRAINED, "APMIS staff trained"),
        FigureValues.text(figures, IMPROVEMENT_PLAN_REFERENCE),
        FigureValues.integer(figures, TARGET_PERCENT));
  }
}
