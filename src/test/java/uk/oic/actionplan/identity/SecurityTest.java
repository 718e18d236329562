package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.support.ProcessTestSupport;
import uk.oic.actionplan.support.WebSession;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityTest {

  private static final String PROCESS = "test-two-areas";

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @BeforeEach
  void oneTaskForAreaOneAndOneForAreaTwo() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      var model = ProcessTestSupport.areaOneAndAreaTwoTasks(PROCESS);
      repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
    }
    runtimeService.startProcessInstanceByKey(PROCESS);
  }

  @Test
  void anonymousRestCallsAreRefusedWithoutData() {
    var response = WebSession.anonymous(port).get("/engine-rest/task");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("Task_Area");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
  }

  @Test
  void theAdministratorReadsEveryTask() {
    var response = WebSession.basic(port, "demo", "demo").get("/engine-rest/task?processDefinitionKey=" + PROCESS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Task_AreaOne", "Task_AreaTwo");
  }

  @Test
  void restCallsThatChangeStateNeedBasicAuthenticationButNoCsrfToken() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();

    var anonymous = WebSession.anonymous(port).postJson("/engine-rest/process-definition/key/" + PROCESS + "/start", "{}");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);

    var started = WebSession.basic(port, "demo", "demo").postJson("/engine-rest/process-definition/key/" + PROCESS + "/start", "{}");
    assertThat(started.statusCode()).isEqualTo(200);
    assertThat(started.body()).contains("\"definitionId\":\"" + PROCESS + ":");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before + 1);
  }

  // wrong passwords use accounts no other test logs in with: the engine delays a user's next login after a failure
  @Test
  void aWrongPasswordIsRefused() {
    assertThat(WebSession.basic(port, "chief.officer", "not-the-password").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void anAreaOwnerSeesOnlyTheirOwnAreasTasks() {
    var response = WebSession.basic(port, "area1.owner", "demo").get("/engine-rest/task?processDefinitionKey=" + PROCESS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Task_AreaOne").doesNotContain("Task_AreaTwo");

    var other = WebSession.basic(port, "area2.owner", "demo").get("/engine-rest/task?processDefinitionKey=" + PROCESS);
    assertThat(other.body()).contains("Task_AreaTwo").doesNotContain("Task_AreaOne");
  }

  @Test
  void anAreaOwnerReachesTasklistButNotAdminOrCockpit() {
    var owner = WebSession.login(port, "area1.owner", "demo");
    assertThat(owner.get("/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(200);
    // what the webapps ask once a page has loaded: who is logged in, and which apps they may use
    assertThat(owner.get("/camunda/api/admin/auth/user/default").body())
        .contains("\"userId\":\"area1.owner\"", "tasklist")
        .doesNotContain("admin\"", "cockpit");
    assertThat(owner.get("/camunda/app/admin/default/", "text/html").statusCode()).isEqualTo(403);
    assertThat(owner.get("/camunda/app/cockpit/default/", "text/html").statusCode()).isEqualTo(403);
  }

  @Test
  void opccStaffReachCockpitAndReadEveryInstanceButNotAdmin() {
    var opcc = WebSession.login(port, "opcc.officer", "demo");
    assertThat(opcc.get("/camunda/app/cockpit/default/", "text/html").statusCode()).isEqualTo(200);
    assertThat(opcc.get("/camunda/app/admin/default/", "text/html").statusCode()).isEqualTo(403);
    var instances = WebSession.basic(port, "opcc.officer", "demo")
        .get("/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS);
    assertThat(instances.body()).doesNotContain("\"count\":0");
  }

  @Test
  void opccStaffReadInstancesButCannotChangeOrCancelThem() {
    var instance = runtimeService.startProcessInstanceByKey(PROCESS, java.util.Map.of("areaStatus", "PLANNING"));
    var opcc = WebSession.basic(port, "opcc.officer", "demo");
    assertThat(opcc.get("/engine-rest/process-instance/" + instance.getId() + "/variables/areaStatus").statusCode())
        .isEqualTo(200);

    // what Cockpit's edit and delete buttons send: the engine refuses both
    assertThat(opcc.putJson("/engine-rest/process-instance/" + instance.getId() + "/variables/areaStatus",
        "{\"value\": \"SIGNED_OFF\", \"type\": \"String\"}").statusCode()).isEqualTo(403);
    assertThat(opcc.delete("/engine-rest/process-instance/" + instance.getId()).statusCode()).isEqualTo(403);

    assertThat(runtimeService.getVariable(instance.getId(), "areaStatus")).isEqualTo("PLANNING");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  @Test
  void programsChangeStateThroughTheApplicationsApiWithBasicAndNoCsrfToken() {
    var cycles = "/api/plans/hiow-oic-2025/assurance-cycles";
    var program = WebSession.basic(port, "opcc.officer", "demo").postJson(cycles, "{\"reason\":\"Called by a program\"}");
    // the assurance controller answered (a cycle started, or the loop's own reason why not): no CSRF refusal
    assertThat(program.statusCode()).isIn(202, 409);
    assertThat(program.body()).containsAnyOf("\"cycleNumber\"", "Assurance loop not running", "Assurance cycle already running");

    var notOpcc = WebSession.basic(port, "strategic.lead", "demo").postJson(cycles, "{}");
    assertThat(notOpcc.statusCode()).isEqualTo(403);
    assertThat(notOpcc.body()).contains("OPCC staff only");
  }

  @Test
  void browserSessionsStillNeedTheCsrfTokenToChangeState() {
    var browser = WebSession.login(port, "opcc.officer", "demo");
    var forged = browser.postJson("/api/plans/hiow-oic-2025/assurance-cycles", "{\"reason\":\"Forged by another site\"}");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).doesNotContain("cycleNumber", "Assurance");
  }

  @Test
  void theAdministratorReachesAdmin() {
    var admin = WebSession.login(port, "demo", "demo");
    assertThat(admin.get("/camunda/app/admin/default/", "text/html").statusCode()).isEqualTo(200);
  }

  @Test
  void pagesNeedLoginButHealthAndTheLoginPageDoNot() {
    var anonymous = WebSession.anonymous(port);
    assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/login", "text/html").statusCode()).isEqualTo(200);
    var home = anonymous.get("/", "text/html");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(anonymous.get("/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/plans").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/actuator/env").statusCode()).isIn(401, 302);
  }

  @Test
  void aWrongPasswordOnTheLoginPageIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebSession.login(port, "area9.owner", "wrong"))
        .hasMessageContaining("refused");
  }
}
