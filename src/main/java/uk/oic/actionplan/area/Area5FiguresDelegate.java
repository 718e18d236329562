package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.AreaFiguresVariables.ACCESS_HOLDER;
import static uk.oic.actionplan.area.AreaFiguresVariables.FIGURES_AS_AT;
import static uk.oic.actionplan.area.AreaFiguresVariables.FR_ACCESS_GRANTED;
import static uk.oic.actionplan.area.AreaFiguresVariables.FR_ACCESS_NEEDED;
import static uk.oic.actionplan.area.AreaFiguresVariables.PND_ACCESS_GRANTED;
import static uk.oic.actionplan.area.AreaFiguresVariables.PND_ACCESS_NEEDED;
import static uk.oic.actionplan.area.AreaFiguresVariables.TARGET_PERCENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Area 5: checks and rates PND and facial recognition access (form {@code oic-area-5-figures}). */
@Component("assessArea5Figures")
class Area5FiguresDelegate extends AreaFiguresDelegate {

  private final Area5Figures rules = new Area5Figures();

  Area5FiguresDelegate(ObjectMapper json) {
    super(json);
  }

  @Override
  AssessedFigures assess(VariableScope figures, List<JsonNode> previous) {
    return rules.assess(
        FigureValues.day(figures, FIGURES_AS_AT, "figures as at"),
        FigureValues.text(figures, ACCESS_HOLDER),
        FigureValues.count(figures, PND_ACCESS_NEEDED, Area5Figures.PND + " needed"),
        FigureValues.count(figures, PND_ACCESS_GRANTED, Area5Figures.PND + " granted"),
        FigureValues.count(figures, FR_ACCESS_NEEDED, Area5Figures.FACIAL_RECOGNITION + " needed"),
        FigureValues.count(figures, FR_ACCESS_GRANTED, Area5Figures.FACIAL_RECOGNITION + " granted"),
        FigureValues.integer(figures, TARGET_PERCENT));
  }
}
