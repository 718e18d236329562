package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.oic.actionplan.assurance.AssuranceVariables.PLAN_ID;
import static uk.oic.actionplan.assurance.AssuranceVariables.PLAN_TITLE;
import static uk.oic.actionplan.assurance.AssuranceVariables.PROCESS_KEY;
import static uk.oic.actionplan.assurance.AssuranceVariables.businessKey;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.support.WebSession;

/** OPCC staff start an assurance cycle from the dashboard's plan page; nobody else can. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssurancePagesTest {

  static final String PLAN = "hiow-oic-2025";
  static final String PAGE = "/plans/" + PLAN;
  static final String ACTION = PAGE + "/assurance-cycles";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  ProcessInstance loop;

  @BeforeEach
  void loopWaitingBetweenCycles() {
    loop = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(PLAN),
        Map.of(PLAN_ID, PLAN, PLAN_TITLE, "Organised immigration crime action plan"));
  }

  @AfterEach
  void removeLoop() {
    runtimeService.createProcessInstanceQuery().processInstanceId(loop.getId()).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test finished"));
  }

  @Test
  void opccStaffStartACycleFromThePlanPageAndAreToldWhenOneIsRunning() {
    var opcc = WebSession.login(port, "opcc.officer", "demo");
    assertThat(opcc.get(PAGE, "text/html").body())
        .contains("Assurance by the OPCC", "No assurance cycle has run yet.", "Start an assurance cycle now");

    var started = opcc.submitForm(PAGE, ACTION, Map.of("reason", "Before the accountability meeting on 12 March"));
    assertThat(started.statusCode()).isEqualTo(302);
    assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(PAGE + "#assurance"));
    assertThat(opcc.get(PAGE, "text/html").body())
        .contains("Assurance cycle 1 started for Rec 2, Rec 4, Rec 8, Rec 9. The requests are waiting for OPCC staff in Tasklist.",
            "Assurance cycle 1 is running.");
    assertThat(taskService.createTaskQuery().processInstanceId(loop.getId()).taskDefinitionKey("Task_RequestAssurance").count())
        .isEqualTo(4);
    assertThat(runtimeService.getVariable(loop.getId(), AssuranceVariables.CYCLE_REQUEST_REASON))
        .isEqualTo("Before the accountability meeting on 12 March");

    // a second request while the cycle runs is refused with the reason, and starts nothing
    opcc.submitForm(PAGE, ACTION, Map.of("reason", ""));
    assertThat(opcc.get(PAGE, "text/html").body())
        .contains("There is a problem", "Assurance cycle 1 of plan &#39;hiow-oic-2025&#39; is still running");
    assertThat(runtimeService.getVariable(loop.getId(), AssuranceVariables.CYCLE_NUMBER)).isEqualTo(1);
  }

  @Test
  void anAreaOwnerIsNotOfferedTheActionAndIsRefusedIt() {
    var owner = WebSession.login(port, "area1.owner", "demo");
    assertThat(owner.get(PAGE, "text/html").body()).doesNotContain("Start an assurance cycle now");

    // with a valid token of the owner's session (the plan page has no form for them)
    assertThat(owner.submitForm("/login", ACTION, Map.of()).statusCode()).isEqualTo(403);
    assertThat(runtimeService.getVariable(loop.getId(), AssuranceVariables.CYCLE_NUMBER)).isEqualTo(0);
  }
}
