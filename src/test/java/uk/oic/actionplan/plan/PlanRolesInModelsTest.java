package uk.oic.actionplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.oic.actionplan.support.ProcessTestSupport;

/**
 * The strategic lead's group comes from the plan file, not from the models: a second force whose
 * plan names another group gets its reviews in that group.
 */
@TestPropertySource(properties = "oic.plans.locations=classpath:plans/*.yaml,classpath:other-plans/*.yaml")
class PlanRolesInModelsTest extends ProcessTestSupport {

  static final String OTHER_PLAN = "other-oic-2026";

  @Autowired PlanAreas planAreas;

  @Test
  void aProgressUpdateIsReviewedByThePlansOwnStrategicLeadGroup() {
    var variables = areaOneVariables();
    variables.put("planId", OTHER_PLAN);
    variables.put("updateDueDate", deadlineSchedule.endOf(LocalDate.of(2026, 2, 27)));
    var instance = runtimeService.startProcessInstanceByKey("oic-progress-update", OTHER_PLAN + "/area-1", variables);

    complete(instance.getId(), "Task_SubmitProgressUpdate", vars("rag", "GREEN", "progressPercent", 40L,
        "narrative", "Governance board met", "readyForSignOff", false));

    assertThat(instance).isWaitingAt("Task_ReviewProgressUpdate");
    var review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(taskService.getIdentityLinksForTask(review.getId())).singleElement()
        .satisfies(link -> assertThat(link.getGroupId()).isEqualTo("other-strategic-lead"));
    // the default plan's reviews stay with its own group
    assertThat(planAreas.strategicLead(PLAN_ID)).isEqualTo("oic-strategic-lead");
  }

  @Test
  void aPlanWithoutTheReportsPublicationDateRunsNoPccResponse() {
    var standIns = java.util.List.of(uk.oic.actionplan.support.StandIns.deploy(repositoryService, "oic-area"),
        uk.oic.actionplan.support.StandIns.deploy(repositoryService, "oic-pcc-assurance"));
    try {
      var instance = runtimeService.startProcessInstanceByKey("oic-action-plan", OTHER_PLAN, vars("planId", OTHER_PLAN));
      assertThat(instance).hasPassed("Gateway_PccResponseDue", "Gateway_PccResponseSettled")
          .hasNotPassed("CallActivity_PccResponse").variables().containsEntry("pccResponseDue", false);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(OTHER_PLAN + "/pcc-response").count())
          .isZero();
    } finally {
      runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-action-plan").processInstanceBusinessKey(OTHER_PLAN)
          .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test finished", true, true));
      standIns.forEach(id -> repositoryService.deleteDeployment(id, true, true));
    }
  }
}
