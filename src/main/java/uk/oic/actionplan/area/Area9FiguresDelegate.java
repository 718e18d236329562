package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.AreaFiguresVariables.AGENCIES_INVOLVED;
import static uk.oic.actionplan.area.AreaFiguresVariables.AGENCIES_ROLES_AGREED;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_PERIOD_END;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_PERIOD_START;
import static uk.oic.actionplan.area.AreaFiguresVariables.TARGET_PERCENT;
import static uk.oic.actionplan.area.AreaFiguresVariables.VICTIMS_IDENTIFIED;
import static uk.oic.actionplan.area.AreaFiguresVariables.VICTIMS_SAFEGUARDED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Area 9: checks and rates safeguarding of victims and agreed partner roles (form {@code oic-area-9-figures}). */
@Component("assessArea9Figures")
class Area9FiguresDelegate extends AreaFiguresDelegate {

  private final Area9Figures rules = new Area9Figures();

  Area9FiguresDelegate(ObjectMapper json) {
    super(json);
  }

  @Override
  AssessedFigures assess(VariableScope figures, List<JsonNode> previous) {
    return rules.assess(
        FigureValues.day(figures, FIGURES_PERIOD_START, "figures period start"),
        FigureValues.day(figures, FIGURES_PERIOD_END, "figures period end"),
        FigureValues.count(figures, VICTIMS_IDENTIFIED, "victims identified"),
        FigureValues.count(figures, VICTIMS_SAFEGUARDED, "victims safeguarded"),
        FigureValues.count(figures, AGENCIES_INVOLVED, "agencies involved"),
        FigureValues.count(figures, AGENCIES_ROLES_AGREED, "agencies with roles agreed"),
        FigureValues.integer(figures, TARGET_PERCENT));
  }
}
