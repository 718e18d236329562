package uk.oic.actionplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.oic.actionplan.support.ProcessTestSupport;
import uk.oic.actionplan.support.StandIns;

/** The action plan: nine areas and the assurance loop in parallel, and the plan's first start. */
class ActionPlanTest extends ProcessTestSupport {

  @Autowired PlanStarter planStarter;
  @Autowired PlanCatalog plans;

  final List<String> standInDeployments = new ArrayList<>();

  @BeforeEach
  void noEarlierPlan() {
    var earlier = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("oic-action-plan").list().stream()
        .map(instance -> instance.getId()).toList();
    if (!earlier.isEmpty()) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-action-plan").list()
          .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test set-up", true, true));
      historyService.deleteHistoricProcessInstances(earlier);
    }
  }

  @AfterEach
  void removeNewestStandIns() {
    standInDeployments.forEach(id -> repositoryService.deleteDeployment(id, true, true));
  }

  @Test
  void theFirstStartStartsThePlanWithNineAreasAndTheAssuranceLoopOnce() {
    var plan = plans.find(PLAN_ID).orElseThrow();
    var started = planStarter.startIfNeverStarted(plan);
    assertThat(started).isPresent();
    var instance = runtimeService.createProcessInstanceQuery().processInstanceId(started.get()).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(PLAN_ID);
    assertThat(instance).hasPassed("Task_PrepareAreas")
        .isWaitingAt("CallActivity_ActionAreas", "CallActivity_PccAssurance", "CallActivity_PccResponse")
        .variables().containsEntry("planTitle", "Organised immigration crime action plan").containsEntry("areaCount", 9)
        .containsEntry("pccResponseDue", true);
    // the plan gives the report's publication date: the PCC's response is due 56 days later
    var response = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processInstanceBusinessKey(PLAN_ID + "/pcc-response").singleResult();
    assertThat(response.getProcessDefinitionId()).startsWith("oic-pcc-response:");
    assertThat(runtimeService.getVariable(response.getId(), "statementDueAt")).isEqualTo(endOf(LocalDate.of(2025, 7, 17)));

    var areas = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list().stream()
        .filter(sub -> sub.getBusinessKey().contains("/area-")).toList();
    assertThat(areas).extracting(sub -> sub.getBusinessKey()).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, 9).mapToObj(n -> PLAN_ID + "/area-" + n).toList());
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processInstanceBusinessKey(PLAN_ID + "/assurance").singleResult().getProcessDefinitionId()).startsWith("oic-pcc-assurance:");

    // the variables each area gets, e.g. area 7 (Rec 8) and area 1 (own target date)
    var area7 = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(PLAN_ID + "/area-7").processDefinitionKey("oic-area").singleResult();
    assertThat(runtimeService.getVariables(area7.getId()))
        .containsEntry("planId", PLAN_ID)
        .containsEntry("planTitle", "Organised immigration crime action plan")
        .containsEntry("areaNumber", 7)
        .containsEntry("areaName", "Hydra training")
        .containsEntry("ownerGroup", "area-7-owners")
        .containsEntry("recommendationId", "rec-8")
        .containsEntry("recommendationLabel", "Rec 8")
        .containsEntry("areaDeadline", endOf(LocalDate.of(2026, 4, 30)));
    var area1 = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(PLAN_ID + "/area-1").processDefinitionKey("oic-area").singleResult();
    assertThat(runtimeService.getVariables(area1.getId()))
        .containsEntry("recommendationId", null)
        .containsEntry("recommendationLabel", "No recommendation")
        .containsEntry("areaDeadline", endOf(LocalDate.of(2026, 4, 30)))
        .containsEntry("areaStatus", "PLANNING");
    // and the owners find work waiting
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(PLAN_ID + "/area-1").taskCandidateGroup("area-1-owners")
        .singleResult().getName()).isEqualTo("Agree delivery plan: Leadership, governance and prioritisation (No recommendation)");

    // a second call, as on a restart, starts nothing
    assertThat(planStarter.startIfNeverStarted(plan)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-action-plan").count()).isEqualTo(1);
    planStarter.startPlansOnFirstStart();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-action-plan").count()).isEqualTo(1);

    // not even once it is gone from the runtime (cancelled in Cockpit): history remembers it
    runtimeService.deleteProcessInstance(instance.getId(), "cancelled by an administrator");
    assertThat(planStarter.startIfNeverStarted(plan)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-action-plan").count()).isZero();
  }

  @Test
  void nothingStartsWhenSwitchedOff() {
    new PlanStarter(plans, runtimeService, historyService, repositoryService, false).startPlansOnFirstStart();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-action-plan").count()).isZero();

    new PlanStarter(plans, runtimeService, historyService, repositoryService, true).startPlansOnFirstStart();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-action-plan")
        .processInstanceBusinessKey(PLAN_ID).count()).isEqualTo(1);
  }

  @Test
  void thePlanEndsOnlyWhenEveryAreaTheAssuranceLoopAndThePccResponseHaveEnded() {
    // stand-ins as the newest version of every called process, so each can be ended with one task
    standInDeployments.add(StandIns.deploy(repositoryService, "oic-area"));
    standInDeployments.add(StandIns.deploy(repositoryService, "oic-pcc-assurance"));
    standInDeployments.add(StandIns.deploy(repositoryService, "oic-pcc-response"));
    var instance = runtimeService.startProcessInstanceByKey("oic-action-plan", PLAN_ID, vars("planId", PLAN_ID));

    for (int n = 1; n <= 9; n++) {
      finishStandIn(PLAN_ID + "/area-" + n);
    }
    assertThat(instance).isWaitingAt("CallActivity_PccAssurance").isNotEnded();

    finishStandIn(PLAN_ID + "/assurance");
    assertThat(instance).isWaitingAt("CallActivity_PccResponse").isNotEnded();
    finishStandIn(PLAN_ID + "/pcc-response");
    assertThat(instance).hasPassed("Gateway_PlanComplete", "Event_PlanDelivered").isEnded();
  }

  @Test
  void theAreasWaitForTheAssuranceLoopToo() {
    standInDeployments.add(StandIns.deploy(repositoryService, "oic-area"));
    standInDeployments.add(StandIns.deploy(repositoryService, "oic-pcc-assurance"));
    standInDeployments.add(StandIns.deploy(repositoryService, "oic-pcc-response"));
    var instance = runtimeService.startProcessInstanceByKey("oic-action-plan", PLAN_ID, vars("planId", PLAN_ID));

    finishStandIn(PLAN_ID + "/assurance");
    finishStandIn(PLAN_ID + "/pcc-response");
    assertThat(instance).isWaitingAt("CallActivity_ActionAreas").isNotEnded();
    for (int n = 1; n <= 9; n++) {
      finishStandIn(PLAN_ID + "/area-" + n);
    }
    assertThat(instance).isEnded();
  }

  private void finishStandIn(String businessKey) {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(StandIns.TASK).singleResult();
    assertThat(task).as("stand-in task of " + businessKey).isNotNull();
    taskService.complete(task.getId());
  }
}
