package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.oic.actionplan.assurance.AssuranceVariables.LINKED_AREA_STATUS;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The strategic lead's report task shows the linked areas' latest status, read from the area
 * instances. Stand-in area processes play the action plan's areas here.
 */
class LinkedAreaStatusTest extends AssuranceProcessTestSupport {

  @Autowired RepositoryService repositoryService;
  private final java.util.List<String> deployments = new java.util.ArrayList<>();

  @AfterEach
  void removeStandInAreas() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void theReportTaskShowsEachLinkedAreasLatestStatus() {
    var hydra = startArea(7, Map.of("areaStatus", "IN_PROGRESS", "lastRag", "AMBER", "lastProgressPercent", 60,
        "lastUpdateAt", at("2026-02-20T10:00:00Z")));
    startArea(8, Map.of("areaStatus", "PLANNING"));
    var nccu = startArea(2, Map.of("areaStatus", "IN_PROGRESS", "lastRag", "AMBER", "lastProgressPercent", 80));
    // area 2 was signed off and its process finished: its history still tells
    var nccuTask = taskService.createTaskQuery().processInstanceId(nccu).singleResult();
    taskService.complete(nccuTask.getId(), Map.of("areaStatus", "SIGNED_OFF", "lastRag", "GREEN", "lastProgressPercent", 100,
        "lastUpdateAt", at("2026-01-02T12:00:00Z")));

    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    request("rec-8");
    request("rec-2");
    request("rec-4");
    request("rec-9");

    var report = task("rec-8", "Task_ProvideAssuranceReport");
    assertThat(report.getName()).isEqualTo("Provide assurance report: Rec 8 (cycle 1)");
    assertThat(report.getDueDate()).isEqualTo(at("2026-01-27T00:00:00Z"));
    assertThat(taskService.getIdentityLinksForTask(report.getId())).extracting(l -> l.getGroupId())
        .containsExactly("oic-strategic-lead");
    assertThat(taskVariable("rec-8", "Task_ProvideAssuranceReport", LINKED_AREA_STATUS))
        .isEqualTo("Area 7 (Hydra training): in progress, RAG AMBER, 60% done, last update 20 February 2026.");
    assertThat(taskVariable("rec-2", "Task_ProvideAssuranceReport", LINKED_AREA_STATUS))
        .isEqualTo("Area 2 (NCCU referrals and intelligence submissions): signed off, RAG GREEN, 100% done, last update 2 January 2026.");
    assertThat(taskVariable("rec-4", "Task_ProvideAssuranceReport", LINKED_AREA_STATUS))
        .isEqualTo("Area 4 (Intelligence collection, analysis and sharing plan): not started.");
    assertThat(taskVariable("rec-9", "Task_ProvideAssuranceReport", LINKED_AREA_STATUS))
        .isEqualTo("Area 8 (OIC e-learning (four modules)): planning, no accepted progress update yet.");
    assertThat(runtimeService.getVariable(hydra, "lastRag")).isEqualTo("AMBER");

    report("rec-8");
    assertThat(evidenceFor("rec-8").get(1).description()).endsWith(
        "Linked areas when the report was written:\nArea 7 (Hydra training): in progress, RAG AMBER, 60% done, last update 20 February 2026.");
  }

  private String startArea(int number, Map<String, Object> variables) {
    var key = "oic-area";
    var model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_AreaWork").name("Area work").endEvent().done();
    deployments.add(repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy().getId());
    return runtimeService.startProcessInstanceByKey(key, PLAN + "/area-" + number, variables).getId();
  }
}
