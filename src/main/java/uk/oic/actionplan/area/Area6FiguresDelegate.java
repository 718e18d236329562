package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.AreaFiguresVariables.DISRUPTIONS;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_PERIOD_END;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_PERIOD_START;
import static uk.oic.actionplan.area.AreaFiguresVariables.INVESTIGATIONS_OPENED;
import static uk.oic.actionplan.area.AreaFiguresVariables.OCGS_MAPPED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Area 6: checks a period's targeting and disruption figures and rates their trend against the
 * previous accepted period (form {@code oic-area-6-figures}); there is no target to read.
 */
@Component("assessArea6Figures")
class Area6FiguresDelegate extends AreaFiguresDelegate {

  private final Area6Figures rules = new Area6Figures();

  Area6FiguresDelegate(ObjectMapper json) {
    super(json);
  }

  @Override
  AssessedFigures assess(VariableScope figures, List<JsonNode> previous) {
    return rules.assess(
        FigureValues.day(figures, FIGURES_PERIOD_START, "figures period start"),
        FigureValues.day(figures, FIGURES_PERIOD_END, "figures period end"),
        FigureValues.count(figures, OCGS_MAPPED, "OCGs mapped"),
        FigureValues.count(figures, INVESTIGATIONS_OPENED, "investigations opened"),
        FigureValues.count(figures, DISRUPTIONS, "disruptions"),
        Area6Figures.previous(previous));
  }
}
