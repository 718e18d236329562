package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * The assessing services around the rules, without an engine: accepted figures write the same
 * outputs in every area; refused ones are the BPMN error FIGURES_REFUSED and write nothing.
 */
class AreaFiguresDelegateTest {

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Object> variables = new HashMap<>();
  private final DelegateExecution execution = execution(variables);

  static DelegateExecution execution(Map<String, Object> variables) {
    var execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
    return execution;
  }

  void enterArea3(String start, String end, int arrived, int debriefs, int reports) {
    variables.putAll(Map.of("figuresPeriodStart", start, "figuresPeriodEnd", end, "migrantsArrived", arrived,
        "debriefsCompleted", debriefs, "intelligenceReports", reports));
  }

  @Test
  void acceptedFiguresWriteEveryOutputAndAppendTheHistory() throws Exception {
    var delegate = new Area3FiguresDelegate(json);
    variables.put("targetPercent", 80);
    variables.put("figuresRefusedMessage", "an earlier refusal");
    enterArea3("2026-01-01", "2026-03-31", 60, 45, 30);

    delegate.execute(execution);

    assertThat(variables)
        .containsEntry("figuresRate", 75.0)
        .containsEntry("figuresRag", "AMBER")
        .containsEntry("targetMet", false)
        .containsEntry("recoveryNeeded", true)
        .containsEntry("figuresEvidenceTitle", "Area 3 debriefs 1 Jan - 31 Mar 2026: 45 of 60 arrivals debriefed (75.0%, AMBER)")
        .containsEntry("figuresRefusedMessage", null);
    assertThat((String) variables.get("figuresSummary")).startsWith("1 Jan - 31 Mar 2026: 45 of 60 (75.0%)");

    enterArea3("2026-04-01", "2026-06-30", 50, 48, 40);
    delegate.execute(execution);

    var history = json.readTree((String) variables.get("figuresHistory"));
    assertThat(history).hasSize(2);
    assertThat(history.findValuesAsText("periodStart")).containsExactly("2026-01-01", "2026-04-01");
    assertThat(history.findValuesAsText("rag")).containsExactly("AMBER", "GREEN");
    assertThat(variables).containsEntry("figuresRate", 96.0).containsEntry("targetMet", true)
        .containsEntry("recoveryNeeded", false);
  }

  @Test
  void refusedFiguresAreTheBpmnErrorWithTheReasonAndChangeNothing() throws Exception {
    var delegate = new Area3FiguresDelegate(json);
    variables.put("targetPercent", 80);
    enterArea3("2026-01-01", "2026-03-31", 60, 45, 30);
    delegate.execute(execution);
    var before = new HashMap<>(variables);

    enterArea3("2026-04-01", "2026-06-30", 50, 51, 0);

    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOfSatisfying(BpmnError.class, error -> {
          assertThat(error.getErrorCode()).isEqualTo("FIGURES_REFUSED");
          assertThat(error.getMessage()).isEqualTo("debriefs completed: 51 is more than the 50 migrants arrived");
        });
    before.keySet().stream().filter(k -> k.startsWith("figures") && !k.startsWith("figuresPeriod") || k.equals("targetMet"))
        .forEach(k -> assertThat(variables.get(k)).as(k).isEqualTo(before.get(k)));
  }

  @Test
  void area6ComparesWithThePreviousAcceptedPeriodAndRefusesAnOverlap() throws Exception {
    var delegate = new Area6FiguresDelegate(json);
    variables.putAll(Map.of("figuresPeriodStart", "2025-10-01", "figuresPeriodEnd", "2025-12-31", "ocgsMapped", 10,
        "investigationsOpened", 2, "disruptions", 6));
    delegate.execute(execution);
    assertThat(variables).containsEntry("figuresRag", "AMBER").containsEntry("figuresRate", null)
        .containsEntry("targetMet", false).containsEntry("recoveryNeeded", false);

    variables.putAll(Map.of("figuresPeriodStart", "2025-12-01", "figuresPeriodEnd", "2026-03-31", "disruptions", 9));
    assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BpmnError.class)
        .hasMessageStartingWith("figures period start: 1 Dec 2025 is not after the end of the last accepted period");

    variables.put("figuresPeriodStart", "2026-01-01");
    delegate.execute(execution);
    assertThat(variables).containsEntry("figuresRag", "GREEN").containsEntry("figuresRate", 50.0)
        .containsEntry("targetMet", true).containsEntry("recoveryNeeded", false);
    assertThat(json.readTree((String) variables.get("figuresHistory"))).hasSize(2);
  }

  @Test
  void eachNewAreaHasItsOwnService() throws Exception {
    variables.putAll(Map.of("targetPercent", 100, "figuresAsAt", "2026-03-31", "peerReviewFindings", 20L,
        "findingsCompleted", 20L));
    new Area1FiguresDelegate(json).execute(execution);
    assertThat(variables).containsEntry("figuresRag", "GREEN");

    variables.putAll(Map.of("apmisStaffToTrain", 40, "apmisStaffTrained", 30, "improvementPlanReference", "CIP-12"));
    new Area4FiguresDelegate(json).execute(execution);
    assertThat(variables).containsEntry("figuresRate", 75.0);

    variables.putAll(Map.of("accessHolder", "Border Force officers at Southampton", "pndAccessNeeded", 10,
        "pndAccessGranted", 10, "frAccessNeeded", 10, "frAccessGranted", 5));
    new Area5FiguresDelegate(json).execute(execution);
    assertThat(variables).containsEntry("figuresRate", 50.0).containsEntry("figuresRag", "RED");

    variables.putAll(Map.of("figuresPeriodStart", "2026-01-01", "figuresPeriodEnd", "2026-03-31",
        "victimsIdentified", 10, "victimsSafeguarded", 10, "agenciesInvolved", 5, "agenciesRolesAgreed", 5));
    new Area9FiguresDelegate(json).execute(execution);
    assertThat(variables).containsEntry("figuresRate", 100.0).containsEntry("targetMet", true);

    assertThat(json.readTree((String) variables.get("figuresHistory"))).hasSize(4);
  }

  @Test
  void aFractionalCountOrAnUnreadableDateIsRefused() {
    variables.putAll(Map.of("targetPercent", 100, "figuresAsAt", "2026-03-31", "peerReviewFindings", 20.5,
        "findingsCompleted", 20L));
    assertThatThrownBy(() -> new Area1FiguresDelegate(json).execute(execution))
        .isInstanceOf(BpmnError.class).hasMessage("peer review findings: must be a whole number");

    variables.putAll(Map.of("peerReviewFindings", 20L, "figuresAsAt", "31/03/2026"));
    assertThatThrownBy(() -> new Area1FiguresDelegate(json).execute(execution))
        .isInstanceOf(BpmnError.class).hasMessage("figures as at: must be a date written yyyy-mm-dd");
    assertThat(variables).doesNotContainKey("figuresRag");
  }
}
