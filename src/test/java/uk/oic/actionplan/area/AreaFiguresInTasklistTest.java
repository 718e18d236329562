package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures form as Tasklist uses it, with authorization on: the area owner, logged in, loads the
 * form's variables and completes the task with numbers as the form sends them (Integer here, not
 * Long). Another area's owner may not complete it.
 */
class AreaFiguresInTasklistTest extends AreaProcessTestSupport {

  static final String FIGURES = "Task_RecordHydraCompletion";

  @Autowired
  IdentityService identityService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  ProcessInstance start() {
    return startArea(7, "Hydra training", "rec-8", "Rec 8", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 3, 31));
  }

  void logIn(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
  }

  static Map<String, Object> figures(int relevant, int completed) {
    return Map.of("figuresAsAt", "2026-01-31", "figuresQuarter", "2026-Q1", "relevantPersonnel", relevant,
        "completedPersonnel", completed, "sessionsHeld", 3, "placesOffered", 45, "partnerPlaces", 5,
        "boardOversight", "Training Prioritisation Board, January 2026");
  }

  @Test
  void theOwnerSeesRefusedFiguresExplainedAndThenCompletesTheFigures() {
    var area = start();
    logIn("area7.owner", "area-7-owners");
    var task = taskService.createTaskQuery().taskCandidateGroup("area-7-owners").taskDefinitionKey(FIGURES)
        .processInstanceId(area.getId()).singleResult();
    assertThat(task).as("the owner finds the task in Tasklist").isNotNull();

    taskService.complete(task.getId(), figures(200, 210));

    var again = taskService.createTaskQuery().taskDefinitionKey(FIGURES).processInstanceId(area.getId())
        .singleResult();
    var shown = formService.getTaskFormVariables(again.getId(),
        List.of("figuresRefusedMessage", "relevantPersonnel", "targetPercent", "areaName"), true);
    assertThat(shown.get("figuresRefusedMessage"))
        .isEqualTo("completed: 210 is more than the 200 relevant personnel");
    assertThat(shown.get("relevantPersonnel")).as("the entry is kept for correcting").isEqualTo(200);
    assertThat(shown.get("targetPercent")).isEqualTo(90);
    assertThat(shown.get("areaName")).isEqualTo("Hydra training");
    assertThat(evidence).isEmpty();

    taskService.complete(again.getId(), figures(200, 190));
    identityService.clearAuthentication();

    assertThat(variable(area, Area7Variables.COMPLETION_RATE)).isEqualTo(95.0);
    assertThat(variable(area, Area7Variables.COMPLETION_RAG)).isEqualTo("GREEN");
    assertThat(variable(area, Area7Variables.FIGURES_REFUSED_MESSAGE)).isNull();
    assertThat(evidenceOf("TRAINING_FIGURES")).hasSize(1);
  }

  @Test
  void anotherAreasOwnerCannotCompleteTheFigures() {
    var area = start();
    var task = task(area, FIGURES);
    logIn("area8.owner", "area-8-owners");

    assertThatThrownBy(() -> taskService.complete(task.getId(), figures(200, 190)))
        .isInstanceOf(AuthorizationException.class);

    identityService.clearAuthentication();
    assertThat(variable(area, Area7Variables.COMPLETION_RATE)).isNull();
    assertThat(evidence).isEmpty();
  }
}
