package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.oic.actionplan.support.ProcessTestSupport;
import uk.oic.actionplan.support.WebSession;

/**
 * Input the rules behind a form refuse is a bad request, as Tasklist and programs see it: 400 with
 * the reasons, and the task still waiting with nothing saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormRefusalOverRestTest extends ProcessTestSupport {

  @LocalServerPort int port;

  @Test
  void aRefusedProgressUpdateIsABadRequestAndChangesNothing() {
    var variables = areaOneVariables();
    variables.put("updateDueDate", deadlineSchedule.endOf(java.time.LocalDate.of(2026, 2, 27)));
    var instance = runtimeService.startProcessInstanceByKey("oic-progress-update", "hiow-oic-2025/area-1", variables);
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    var response = WebSession.basic(port, "area1.owner", "demo").postJson("/engine-rest/task/" + task.getId() + "/submit-form", """
        {"variables": {
          "rag": {"value": "PURPLE"},
          "progressPercent": {"value": 150, "type": "Long"},
          "narrative": {"value": "Board met"},
          "readyForSignOff": {"value": false}}}
        """);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"title\":\"Form refused\"")
        .contains("was not saved")
        .contains("rag: must be one of GREEN, AMBER, RED")
        .contains("\"errors\":{")
        .contains("\"progressPercent\":\"must be at most 100\"");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("rag", "progressPercent", "narrative");
  }
}
