package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The new areas' assessing services in the engine, as an own-work model calls them: a service task
 * whose refusals a boundary error event catches as {@code FIGURES_REFUSED}, keeping the message in
 * {@code figuresRefusedMessage}. The models here are test-only and removed afterwards.
 */
class AreaFiguresServicesTest extends AreaProcessTestSupport {

  private static final String DEPLOYMENT = "area-figures-services-test";
  private static final int[] AREAS = {1, 3, 4, 5, 6, 9};

  @BeforeEach
  void deployOneModelPerService() {
    var deployment = repositoryService.createDeployment().name(DEPLOYMENT);
    for (var n : AREAS) {
      var key = "test-assess-area-" + n + "-figures";
      deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
          .camundaHistoryTimeToLive(1)
          .startEvent("Event_FiguresEntered")
          .serviceTask("Task_AssessFigures").camundaDelegateExpression("${assessArea" + n + "Figures}")
          .endEvent("Event_FiguresAccepted")
          .moveToActivity("Task_AssessFigures")
          .boundaryEvent("Event_FiguresRefused").errorEventDefinition().error("FIGURES_REFUSED")
          .errorMessageVariable("figuresRefusedMessage").errorEventDefinitionDone()
          .endEvent("Event_FiguresSentBack")
          .done());
    }
    deployment.deploy();
  }

  @AfterEach
  void removeModels() {
    repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  ProcessInstance assess(int area, Map<String, Object> figures) {
    var variables = new HashMap<>(figures);
    if (area != 6) {
      variables.put("targetPercent", 90);
    }
    return runtimeService.startProcessInstanceByKey("test-assess-area-" + area + "-figures", variables);
  }

  static Map<String, Object> figuresOf(int area) {
    return switch (area) {
      case 1 -> Map.of("figuresAsAt", "2026-03-31", "peerReviewFindings", 20, "findingsCompleted", 18,
          "governanceOversight", "Regional 9-point plan board");
      case 3 -> Map.of("figuresPeriodStart", "2026-01-01", "figuresPeriodEnd", "2026-03-31", "migrantsArrived", 60,
          "debriefsCompleted", 54, "intelligenceReports", 20);
      case 4 -> Map.of("figuresAsAt", "2026-03-31", "apmisStaffToTrain", 40, "apmisStaffTrained", 36,
          "improvementPlanReference", "CIP-12");
      case 5 -> Map.of("figuresAsAt", "2026-03-31", "accessHolder", "Border Force officers at Southampton",
          "pndAccessNeeded", 10, "pndAccessGranted", 9, "frAccessNeeded", 10, "frAccessGranted", 9);
      case 6 -> Map.of("figuresPeriodStart", "2026-01-01", "figuresPeriodEnd", "2026-03-31", "ocgsMapped", 12,
          "investigationsOpened", 4, "disruptions", 9);
      default -> Map.of("figuresPeriodStart", "2026-01-01", "figuresPeriodEnd", "2026-03-31", "victimsIdentified", 20,
          "victimsSafeguarded", 18, "agenciesInvolved", 6, "agenciesRolesAgreed", 4);
    };
  }

  @Test
  void eachServiceAcceptsItsAreasFiguresAndWritesTheSharedOutputs() {
    for (var area : AREAS) {
      var instance = assess(area, figuresOf(area));

      assertThat(instance).isEnded().hasPassed("Event_FiguresAccepted");
      var written = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list();
      var values = new HashMap<String, Object>();
      written.forEach(v -> values.put(v.getName(), v.getValue()));
      assertThat(values).as("area %s", area)
          .containsEntry("figuresRag", area == 6 ? "AMBER" : "GREEN")
          .containsEntry("targetMet", area != 6)
          .containsEntry("recoveryNeeded", false)
          .containsEntry("figuresRefusedMessage", null)
          .containsKeys("figuresSummary", "figuresHistory", "figuresRate");
      assertThat((String) values.get("figuresEvidenceTitle")).startsWith("Area " + area + " ");
      if (area != 6) {
        assertThat(values.get("figuresRate")).as("area %s", area).isEqualTo(90.0);
      } else {
        assertThat(values.get("figuresRate")).isNull();
      }
    }
  }

  @Test
  void refusedFiguresEndInTheBoundaryErrorWithTheReasonAndNothingRated() {
    var figures = new HashMap<>(figuresOf(9));
    figures.put("victimsSafeguarded", 21);

    var instance = assess(9, figures);

    assertThat(instance).isEnded().hasPassed("Event_FiguresRefused").hasNotPassed("Event_FiguresAccepted");
    var written = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId());
    assertThat(written.variableName("figuresRefusedMessage").singleResult().getValue())
        .isEqualTo("victims safeguarded: 21 is more than the 20 victims identified");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("figuresRag").count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("figuresHistory").count()).isZero();
  }
}
