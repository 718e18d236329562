package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.AreaFiguresVariables.DEBRIEFS_COMPLETED;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_PERIOD_END;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_PERIOD_START;
import static uk.oic.actionplan.area.AreaFiguresVariables.INTELLIGENCE_REPORTS;
import static uk.oic.actionplan.area.AreaFiguresVariables.MIGRANTS_ARRIVED;
import static uk.oic.actionplan.area.AreaFiguresVariables.TARGET_PERCENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Area 3: checks and rates the debriefing of arrivals in a period (form {@code oic-area-3-figures}). */
@Component("assessArea3Figures")
class Area3FiguresDelegate extends AreaFiguresDelegate {

  private final Area3Figures rules = new Area3Figures();

  Area3FiguresDelegate(ObjectMapper json) {
    super(json);
  }

  @Override
  AssessedFigures assess(VariableScope figures, List<JsonNode> previous) {
    return rules.assess(
        FigureValues.day(figures, FIGURES_PERIOD_START, "figures period start"),
        FigureValues.day(figures, FIGURES_PERIOD_END, "figures period end"),
        FigureValues.count(figures, MIGRANTS_ARRIVED, "migrants arrived"),
        FigureValues.count(figures, DEBRIEFS_COMPLETED, "debriefs completed"),
        FigureValues.count(figures, INTELLIGENCE_REPORTS, "intelligence reports"),
        FigureValues.integer(figures, TARGET_PERCENT));
  }
}
