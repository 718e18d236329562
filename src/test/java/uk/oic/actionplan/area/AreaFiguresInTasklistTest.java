package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.oic.actionplan.evidence.EvidenceKind;

/**
 * The figures form as Tasklist uses it, with authorization on: the area owner, logged in, loads the
 * form's variables and completes the task with numbers as the form sends them (Integer here, not
 * Long). Another area's owner may not complete it.
 */
class AreaFiguresInTasklistTest extends AreaJourneySupport {

  static final String FIGURES = "Task_RecordHydraCompletion";

  @Autowired
  FormService formService;

  ProcessInstance start() {
    var area = startArea(7);
    agreePlan(7, LocalDate.of(2026, 3, 31));
    return area;
  }

  static Map<String, Object> figures(int relevant, int completed) {
    return Map.of("figuresAsAt", "2026-01-31", "figuresQuarter", "2026-Q1", "relevantPersonnel", relevant,
        "completedPersonnel", completed, "sessionsHeld", 3, "placesOffered", 45, "partnerPlaces", 5,
        "boardOversight", "Training Prioritisation Board, January 2026");
  }

  @Test
  void theOwnerSeesRefusedFiguresExplainedAndThenCompletesTheFigures() {
    var area = start();
    var work = ownWork(area);
    identityService.setAuthentication("area7.owner", List.of("area-7-owners"));
    var task = taskService.createTaskQuery().taskCandidateGroup("area-7-owners").taskDefinitionKey(FIGURES)
        .processInstanceBusinessKey(businessKey(7)).singleResult();
    assertThat(task).as("the owner finds the task in Tasklist").isNotNull();

    taskService.complete(task.getId(), figures(200, 210));

    var again = task(7, FIGURES);
    var shown = formService.getTaskFormVariables(again.getId(),
        List.of("figuresRefusedMessage", "relevantPersonnel", "targetPercent", "areaName"), true);
    assertThat(shown.get("figuresRefusedMessage"))
        .isEqualTo("completed: 210 is more than the 200 relevant personnel");
    assertThat(shown.get("relevantPersonnel")).as("the entry is kept for correcting").isEqualTo(200);
    assertThat(shown.get("targetPercent")).isEqualTo(90);
    assertThat(shown.get("areaName")).isEqualTo("Hydra training");
    assertThat(evidence(7, EvidenceKind.TRAINING_FIGURES)).isEmpty();

    taskService.complete(again.getId(), figures(200, 190));
    identityService.clearAuthentication();

    var rate = historyService.createHistoricVariableInstanceQuery().processInstanceId(work.getId())
        .variableName(Area7Variables.COMPLETION_RATE).singleResult();
    assertThat(rate.getValue()).isEqualTo(95.0);
    assertThat(variable(area.getId(), "targetMet")).isEqualTo(true);
    assertThat(evidence(7, EvidenceKind.TRAINING_FIGURES)).singleElement()
        .satisfies(e -> assertThat(e.title()).contains("95.0%", "GREEN"));
  }

  @Test
  void anotherAreasOwnerCannotCompleteTheFigures() {
    start();
    var task = task(7, FIGURES);
    identityService.setAuthentication("area8.owner", List.of("area-8-owners"));

    assertThatThrownBy(() -> taskService.complete(task.getId(), figures(200, 190)))
        .isInstanceOf(AuthorizationException.class);

    identityService.clearAuthentication();
    assertThat(task(7, FIGURES)).isNotNull();
    assertThat(evidence(7, EvidenceKind.TRAINING_FIGURES)).isEmpty();
  }
}
