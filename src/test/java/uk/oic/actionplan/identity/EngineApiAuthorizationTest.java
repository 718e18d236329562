package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's API tried by each role as a hostile insider, at both doors (/engine-rest with HTTP
 * Basic, and the webapps' engine API with a logged-in session and its CSRF token): every call the
 * role has no business making is refused with a body that names nothing, and the engine's tables are
 * exactly as they were (job retries, incidents, comments, variables, assignees, grants, users...).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineApiAuthorizationTest {

  private static final String PROCESS = "test-guarded-work";

  /** The demo people of every role but the administrator's. */
  private static final List<String> ROLES =
      List.of("area1.owner", "area2.owner", "strategic.lead", "chief.officer", "opcc.officer", "pcc");

  /** Engine tables a refused call must leave as they were (columns that a login or a read never touches). */
  private static final Map<String, String> STATE = new LinkedHashMap<>();

  static {
    STATE.put("jobs", "SELECT ID_, REV_, RETRIES_, DUEDATE_, SUSPENSION_STATE_, PRIORITY_, EXCEPTION_MSG_, LOCK_OWNER_ FROM ACT_RU_JOB ORDER BY ID_");
    STATE.put("job definitions", "SELECT * FROM ACT_RU_JOBDEF ORDER BY ID_");
    STATE.put("incidents", "SELECT * FROM ACT_RU_INCIDENT ORDER BY ID_");
    STATE.put("incident history", "SELECT * FROM ACT_HI_INCIDENT ORDER BY ID_");
    STATE.put("comments", "SELECT ID_, TASK_ID_, MESSAGE_ FROM ACT_HI_COMMENT ORDER BY ID_");
    STATE.put("attachments", "SELECT * FROM ACT_HI_ATTACHMENT ORDER BY ID_");
    STATE.put("variables", "SELECT ID_, REV_, NAME_, TEXT_, LONG_, DOUBLE_, BYTEARRAY_ID_ FROM ACT_RU_VARIABLE ORDER BY ID_");
    STATE.put("variable history", "SELECT COUNT(*) FROM ACT_HI_DETAIL");
    STATE.put("tasks", "SELECT ID_, REV_, NAME_, ASSIGNEE_, OWNER_, DELEGATION_, DUE_DATE_, PRIORITY_, SUSPENSION_STATE_ FROM ACT_RU_TASK ORDER BY ID_");
    STATE.put("candidates", "SELECT ID_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_ FROM ACT_RU_IDENTITYLINK ORDER BY ID_");
    STATE.put("executions", "SELECT ID_, REV_, ACT_ID_, IS_ACTIVE_, SUSPENSION_STATE_ FROM ACT_RU_EXECUTION ORDER BY ID_");
    STATE.put("external tasks", "SELECT ID_, REV_, WORKER_ID_, LOCK_EXP_TIME_, RETRIES_, SUSPENSION_STATE_ FROM ACT_RU_EXT_TASK ORDER BY ID_");
    STATE.put("event subscriptions", "SELECT COUNT(*) FROM ACT_RU_EVENT_SUBSCR");
    STATE.put("definitions", "SELECT ID_, REV_, SUSPENSION_STATE_ FROM ACT_RE_PROCDEF ORDER BY ID_");
    STATE.put("deployments", "SELECT ID_ FROM ACT_RE_DEPLOYMENT ORDER BY ID_");
    STATE.put("grants", "SELECT ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM ACT_RU_AUTHORIZATION ORDER BY ID_");
    STATE.put("users", "SELECT ID_, REV_, FIRST_, LAST_, EMAIL_, PWD_ FROM ACT_ID_USER ORDER BY ID_");
    STATE.put("groups", "SELECT * FROM ACT_ID_GROUP ORDER BY ID_");
    STATE.put("memberships", "SELECT * FROM ACT_ID_MEMBERSHIP ORDER BY USER_ID_, GROUP_ID_");
    STATE.put("filters", "SELECT ID_, REV_, NAME_, OWNER_ FROM ACT_RU_FILTER ORDER BY ID_");
    STATE.put("batches", "SELECT COUNT(*) FROM ACT_RU_BATCH");
    STATE.put("instances in history", "SELECT ID_, END_TIME_, STATE_ FROM ACT_HI_PROCINST ORDER BY ID_");
    STATE.put("tasks in history", "SELECT ID_, ASSIGNEE_, END_TIME_ FROM ACT_HI_TASKINST ORDER BY ID_");
    STATE.put("job log", "SELECT COUNT(*) FROM ACT_HI_JOB_LOG");
    STATE.put("operation log", "SELECT COUNT(*) FROM ACT_HI_OP_LOG");
  }

  /** Operations none of these roles may perform: method, path (relative to the engine) and body. */
  private static final List<Operation> FORBIDDEN = List.of(
      op("POST", "/job/{job}/execute", null),
      op("PUT", "/job/{job}/retries", "{\"retries\":0}"),
      op("PUT", "/job/{job}/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"),
      op("PUT", "/job/{job}/suspended", "{\"suspended\":true}"),
      op("PUT", "/job/{job}/priority", "{\"priority\":99}"),
      op("DELETE", "/job/{job}", null),
      op("POST", "/job/retries", "{\"jobIds\":[\"{job}\"],\"retries\":0}"),
      op("PUT", "/job-definition/{jobDefinition}/retries", "{\"retries\":0}"),
      op("PUT", "/job-definition/{jobDefinition}/suspended", "{\"suspended\":true,\"includeJobs\":true}"),
      op("DELETE", "/incident/{incident}", null),
      op("PUT", "/incident/{incident}/annotation", "{\"annotation\":\"nothing to see\"}"),
      op("POST", "/process-instance/{instance}/variables", "{\"modifications\":{\"areaStatus\":{\"value\":\"SIGNED_OFF\"}}}"),
      op("PUT", "/process-instance/{instance}/variables/areaStatus", "{\"value\":\"SIGNED_OFF\",\"type\":\"String\"}"),
      op("DELETE", "/process-instance/{instance}/variables/areaStatus", null),
      op("PUT", "/execution/{execution}/localVariables/areaStatus", "{\"value\":\"SIGNED_OFF\",\"type\":\"String\"}"),
      op("DELETE", "/process-instance/{instance}", null),
      op("PUT", "/process-instance/{instance}/suspended", "{\"suspended\":true}"),
      op("POST", "/process-instance/{instance}/modification",
          "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_AreaOne\"}]}"),
      op("POST", "/process-instance/delete", "{\"processInstanceIds\":[\"{instance}\"],\"deleteReason\":\"gone\"}"),
      op("POST", "/message", "{\"messageName\":\"Message_Anything\",\"processInstanceId\":\"{instance}\"}"),
      op("POST", "/signal", "{\"name\":\"Signal_Anything\"}"),
      op("POST", "/process-definition/key/" + PROCESS + "/start", "{}"),
      op("PUT", "/process-definition/{definition}/suspended", "{\"suspended\":true,\"includeProcessInstances\":true}"),
      op("DELETE", "/process-definition/{definition}", null),
      op("DELETE", "/deployment/{deployment}", null),
      op("POST", "/migration/execute",
          "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"{definition}\",\"targetProcessDefinitionId\":\"{definition}\","
              + "\"instructions\":[]},\"processInstanceIds\":[\"{instance}\"]}"),
      op("POST", "/authorization/create",
          "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"{me}\",\"resourceType\":0,\"resourceId\":\"*\"}"),
      op("POST", "/user/create", "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder\"}}"),
      op("PUT", "/group/camunda-admin/members/{me}", null),
      op("PUT", "/user/area9.owner/credentials", "{\"password\":\"taken-over\",\"authenticatedUserPassword\":\"demo\"}"),
      op("POST", "/external-task/fetchAndLock",
          "{\"workerId\":\"intruder\",\"maxTasks\":5,\"topics\":[{\"topicName\":\"test-guarded-topic\",\"lockDuration\":60000}]}"),
      op("PUT", "/external-task/{externalTask}/retries", "{\"retries\":0}"),
      op("POST", "/filter/create", "{\"resourceType\":\"Task\",\"name\":\"Everything\",\"query\":{}}"),
      op("POST", "/history/process-instance/delete", "{\"historicProcessInstanceIds\":[\"{instance}\"],\"deleteReason\":\"gone\"}"),
      op("POST", "/task/create", "{\"name\":\"Planted task\"}"),
      op("POST", "/task/{foreignTask}/comment/create", "{\"message\":\"Written by someone with no part in this task\"}"),
      op("POST", "/task/{foreignTask}/complete", "{\"variables\":{}}"),
      op("POST", "/task/{foreignTask}/submit-form", "{\"variables\":{}}"),
      op("POST", "/task/{foreignTask}/claim", "{\"userId\":\"{me}\"}"),
      op("POST", "/task/{foreignTask}/assignee", "{\"userId\":\"{me}\"}"),
      op("POST", "/task/{foreignTask}/delegate", "{\"userId\":\"{me}\"}"),
      op("PUT", "/task/{foreignTask}/variables/areaStatus", "{\"value\":\"SIGNED_OFF\",\"type\":\"String\"}"),
      op("POST", "/task/{foreignTask}/variables", "{\"modifications\":{\"areaStatus\":{\"value\":\"SIGNED_OFF\"}}}"),
      op("DELETE", "/task/{foreignTask}/variables/areaStatus", null),
      op("POST", "/task/{foreignTask}/localVariables", "{\"modifications\":{\"note\":{\"value\":\"planted\"}}}"),
      op("POST", "/task/{foreignTask}/attachment/create", "{}"),
      op("POST", "/task/{foreignTask}/identity-links", "{\"groupId\":\"area-9-owners\",\"type\":\"candidate\"}"),
      op("PUT", "/task/{foreignTask}", "{\"name\":\"Renamed\",\"due\":\"2030-01-01T00:00:00.000+0000\"}"),
      op("DELETE", "/task/{foreignTask}", null),
      // even on one's own task: its /variables are the instance's, its due date and candidates come from the plan
      op("PUT", "/task/{ownTask}/variables/areaStatus", "{\"value\":\"SIGNED_OFF\",\"type\":\"String\"}"),
      op("POST", "/task/{ownTask}/variables", "{\"modifications\":{\"areaStatus\":{\"value\":\"SIGNED_OFF\"}}}"),
      op("DELETE", "/task/{ownTask}/variables/areaStatus", null),
      op("PUT", "/task/{ownTask}", "{\"name\":\"Renamed\",\"due\":\"2030-01-01T00:00:00.000+0000\"}"),
      op("POST", "/task/{ownTask}/identity-links", "{\"groupId\":\"area-9-owners\",\"type\":\"candidate\"}"),
      op("POST", "/task/{ownTask}/delegate", "{\"userId\":\"area9.owner\"}"));

  /** The task each role does in the fixture. */
  private static final Map<String, String> OWN_TASK = Map.of("area1.owner", "Task_AreaOne", "area2.owner", "Task_AreaTwo",
      "strategic.lead", "Task_Review", "chief.officer", "Task_Escalation", "opcc.officer", "Task_Assurance", "pcc", "Task_SignOff");

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  private ProcessInstance instance;

  @BeforeEach
  void workForEachRoleWithATimerAnIncidentAndAnExternalTask() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      var model = Bpmn.createExecutableProcess(PROCESS)
          .camundaHistoryTimeToLive(1)
          .startEvent()
          .parallelGateway("Gateway_Fork")
          .userTask("Task_AreaOne").name("Area one work").camundaCandidateGroups("area-1-owners")
          .boundaryEvent("Timer_Reminder").name("Reminder due").cancelActivity(false).timerWithDuration("P10D")
          .endEvent("End_Reminded")
          .moveToActivity("Task_AreaOne").endEvent("End_AreaOne")
          .moveToNode("Gateway_Fork").userTask("Task_AreaTwo").name("Area two work").camundaCandidateGroups("area-2-owners").endEvent()
          .moveToNode("Gateway_Fork").userTask("Task_Review").name("Review update").camundaCandidateGroups("oic-strategic-lead").endEvent()
          .moveToNode("Gateway_Fork").userTask("Task_Escalation").name("Resolve escalation").camundaCandidateGroups("chief-officers").endEvent()
          .moveToNode("Gateway_Fork").userTask("Task_Assurance").name("Review assurance").camundaCandidateGroups("opcc-staff").endEvent()
          .moveToNode("Gateway_Fork").userTask("Task_SignOff").name("Sign off").camundaCandidateGroups("pcc").endEvent()
          .moveToNode("Gateway_Fork").serviceTask("Task_External").name("Call out").camundaExternalTask("test-guarded-topic").endEvent()
          .done();
      repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
    }
    // other tests in this context try wrong passwords, after which the engine makes a user wait
    ROLES.forEach(identityService::unlockUser);
    instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("areaStatus", "PLANNING"));
    runtimeService.createIncident("guarded-test-incident", task("Task_AreaTwo").getExecutionId(), "configuration", "stuck");
  }

  @Test
  void everyRoleIsRefusedEveryOperationItHasNoBusinessWithAtBothDoorsAndNothingChanges() {
    var deviations = new ArrayList<String>();
    int refused = 0;
    for (var user : ROLES) {
      var ids = ids(user);
      for (var door : List.of(Door.rest(port, user), Door.webapp(port, user))) {
        for (var operation : FORBIDDEN) {
          var before = snapshot();
          var response = door.call(operation.method(), fill(operation.path(), ids), fill(operation.body(), ids));
          var after = snapshot();
          var call = user + " " + operation.method() + " " + door.name() + fill(operation.path(), ids);
          if (response.statusCode() == 403 && EngineApiGuard.FORBIDDEN.equals(response.body())) {
            refused++;
          } else {
            deviations.add(call + " answered " + response.statusCode() + " " + response.body());
          }
          if (!after.equals(before)) {
            deviations.add(call + " changed " + changed(before, after));
          }
        }
      }
    }
    System.out.printf("Engine API refusals: %d roles x %d operations x 2 doors = %d refused calls, %d deviations%n",
        ROLES.size(), FORBIDDEN.size(), refused, deviations.size());
    deviations.forEach(d -> System.out.println("  deviation: " + d));
    assertThat(deviations).isEmpty();
    assertThat(refused).isEqualTo(ROLES.size() * FORBIDDEN.size() * 2).isGreaterThanOrEqualTo(6 * 25 * 2);
  }

  @Test
  void aRefusedJobExecutionThreeTimesLeavesTheRetriesAtThreeAndRaisesNoIncident() {
    var job = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(job.getRetries()).isEqualTo(3);
    for (var door : List.of(Door.rest(port, "chief.officer"), Door.webapp(port, "chief.officer"))) {
      for (int attempt = 0; attempt < 3; attempt++) {
        var response = door.call("POST", "/job/" + job.getId() + "/execute", null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(EngineApiGuard.FORBIDDEN).doesNotContain(instance.getId(), job.getId());
      }
    }
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(3);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).incidentType("failedJob").count()).isZero();
  }

  @Test
  void theAdministratorExecutesAJob() {
    var job = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    var response = Door.rest(port, DemoUsers.ADMIN_ID).call("POST", "/job/" + job.getId() + "/execute", null);
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(managementService.createJobQuery().jobId(job.getId()).count()).isZero();
  }

  @Test
  void anAreaOwnerClaimsCommentsOnAndCompletesTheirOwnTaskAtEitherDoor() {
    var rest = Door.rest(port, "area1.owner");
    var areaOne = task("Task_AreaOne").getId();
    assertThat(rest.call("POST", "/task/" + areaOne + "/claim", "{\"userId\":\"area1.owner\"}").statusCode()).isEqualTo(204);
    assertThat(rest.call("POST", "/task/" + areaOne + "/complete", "{\"variables\":{}}").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(areaOne).count()).isZero();

    var webapp = Door.webapp(port, "area2.owner");
    var areaTwo = task("Task_AreaTwo").getId();
    assertThat(webapp.call("GET", "/task/" + areaTwo + "/form-variables", null).statusCode()).isEqualTo(200);
    assertThat(webapp.call("POST", "/task/" + areaTwo + "/submit-form", "{\"variables\":{}}").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(areaTwo).count()).isZero();
  }

  @Test
  void reviewersCommentOnAndCompleteTheTasksOfTheirOwnGroup() {
    var review = task("Task_Review").getId();
    var comment = Door.webapp(port, "strategic.lead").call("POST", "/task/" + review + "/comment/create",
        "{\"message\":\"Evidence checked\"}");
    assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
    assertThat(taskService.getTaskComments(review)).extracting(c -> c.getFullMessage()).containsExactly("Evidence checked");
    assertThat(Door.webapp(port, "strategic.lead").call("POST", "/task/" + review + "/submit-form", "{\"variables\":{}}")
        .statusCode()).isEqualTo(204);
    var signOff = task("Task_SignOff").getId();
    assertThat(Door.rest(port, "opcc.officer").call("POST", "/task/" + signOff + "/complete", "{}").statusCode()).isEqualTo(403);
    assertThat(Door.rest(port, "pcc").call("POST", "/task/" + signOff + "/complete", "{}").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(signOff).count()).isZero();
  }

  @Test
  void opccStaffReadHistoryAndJobsButAreaOwnersDoNotListJobs() {
    var opcc = Door.rest(port, "opcc.officer");
    var history = opcc.call("GET", "/history/process-instance?processDefinitionKey=" + PROCESS, null);
    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).contains(instance.getId());
    assertThat(opcc.call("GET", "/history/task?processInstanceId=" + instance.getId(), null).body()).contains("Task_AreaOne");
    assertThat(Door.webapp(port, "opcc.officer").call("POST", "/history/process-instance/count",
        "{\"processDefinitionKey\":\"" + PROCESS + "\"}").statusCode()).isEqualTo(200);
    assertThat(opcc.call("GET", "/job?processInstanceId=" + instance.getId(), null).statusCode()).isEqualTo(200);

    var owner = Door.rest(port, "area1.owner");
    assertThat(owner.call("GET", "/job?processInstanceId=" + instance.getId(), null).statusCode()).isEqualTo(403);
    assertThat(owner.call("GET", "/incident", null).statusCode()).isEqualTo(403);
    assertThat(owner.call("GET", "/history/job-log", null).statusCode()).isEqualTo(403);
    assertThat(owner.call("GET", "/task?processInstanceId=" + instance.getId(), null).body())
        .contains("Task_AreaOne").doesNotContain("Task_AreaTwo");
  }

  @Test
  void peopleKeepTheirOwnProfileAndNoOneElses() {
    var profile = "{\"id\":\"area2.owner\",\"firstName\":\"Ben\",\"lastName\":\"Okafor\",\"email\":\"area2.owner@demo.oic.invalid\"}";
    var own = Door.webapp(port, "area2.owner").call("PUT", "/user/area2.owner/profile", profile);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
    var other = Door.rest(port, "area1.owner").call("PUT", "/user/area2.owner/profile", profile.replace("Ben", "Intruder"));
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).isEqualTo(EngineApiGuard.FORBIDDEN);
  }

  @Test
  void aCallTheEngineItselfRefusesGetsTheSameNeutralAnswer() {
    var foreign = task("Task_AreaTwo").getId();
    // a read Tasklist makes, so the guard lets it through; the engine refuses it and would name the process
    var response = Door.rest(port, "area1.owner").call("GET", "/task/" + foreign + "/variables", null);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).isEqualTo(EngineApiGuard.FORBIDDEN).doesNotContain(PROCESS, foreign);
  }

  @Test
  void pathsThatAreNotPlainAreRefusedToAllButAdministrators() {
    var job = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId();
    var owner = Door.rest(port, "area1.owner");
    for (var odd : List.of("/job;x=1/" + job + "/execute", "//job/" + job + "/execute", "/job/" + job + "%2Fexecute",
        "/task/../job/" + job + "/execute", "/job/%2e%2e/" + job + "/execute", "/job/" + job + "/execute;jsessionid=1")) {
      var response = owner.call("POST", odd, null);
      assertThat(response.statusCode()).as(odd).isIn(400, 403, 404);
      assertThat(response.body()).as(odd).doesNotContain("Exception", "ENGINE-");
    }
    var namedEngine = owner.call("POST", "/engine/default/job/" + job + "/execute", null);
    assertThat(namedEngine.statusCode()).isEqualTo(403);
    assertThat(namedEngine.body()).isEqualTo(EngineApiGuard.FORBIDDEN);
    assertThat(managementService.createJobQuery().jobId(job).singleResult().getRetries()).isEqualTo(3);
  }

  @Test
  void aMethodOverrideHeaderIsRefused() {
    var own = task("Task_AreaOne").getId();
    // allowed as a POST, so a stack that honoured the header would run it as a DELETE of the task
    var response = Door.rest(port, "area1.owner").call("POST", "/task/" + own + "/localVariables",
        "{\"modifications\":{}}", "X-HTTP-Method-Override", "DELETE");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(EngineApiGuard.BAD_REQUEST);
    assertThat(taskService.createTaskQuery().taskId(own).count()).isEqualTo(1);
  }

  @Test
  void aTaskThatDoesNotExistIsNotFound() {
    for (var door : List.of(Door.rest(port, "area1.owner"), Door.webapp(port, "opcc.officer"))) {
      var response = door.call("POST", "/task/no-such-task/complete", "{}");
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).doesNotContain("ENGINE-", "Exception");
    }
  }

  // --- the fixture ----------------------------------------------------------------------------

  private org.camunda.bpm.engine.task.Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private Map<String, String> ids(String user) {
    var ids = new LinkedHashMap<String, String>();
    ids.put("{me}", user);
    ids.put("{instance}", instance.getId());
    ids.put("{definition}", instance.getProcessDefinitionId());
    ids.put("{deployment}", repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId());
    ids.put("{job}", managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
    ids.put("{jobDefinition}", managementService.createJobDefinitionQuery()
        .processDefinitionId(instance.getProcessDefinitionId()).singleResult().getId());
    ids.put("{incident}", runtimeService.createIncidentQuery().processInstanceId(instance.getId())
        .incidentType("guarded-test-incident").singleResult().getId());
    ids.put("{execution}", task("Task_AreaOne").getExecutionId());
    ids.put("{externalTask}", externalTaskService.createExternalTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
    // a task the user has no part in
    ids.put("{foreignTask}", task(user.equals("area1.owner") ? "Task_AreaTwo" : "Task_AreaOne").getId());
    ids.put("{ownTask}", task(OWN_TASK.get(user)).getId());
    return ids;
  }

  private static String fill(String template, Map<String, String> ids) {
    if (template == null) {
      return null;
    }
    var filled = template;
    for (var id : ids.entrySet()) {
      filled = filled.replace(id.getKey(), id.getValue());
    }
    return filled;
  }

  private Map<String, List<Map<String, Object>>> snapshot() {
    var state = new LinkedHashMap<String, List<Map<String, Object>>>();
    STATE.forEach((name, sql) -> state.put(name, jdbc.queryForList(sql)));
    return state;
  }

  private static List<String> changed(Map<String, List<Map<String, Object>>> before, Map<String, List<Map<String, Object>>> after) {
    return before.keySet().stream().filter(name -> !before.get(name).equals(after.get(name))).toList();
  }

  record Operation(String method, String path, String body) {}

  private static Operation op(String method, String path, String body) {
    return new Operation(method, path, body);
  }

  /** A way into the engine: /engine-rest with HTTP Basic, or the webapps' engine API with a session. */
  static final class Door {
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final String prefix;
    private final String basic;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();

    private Door(int port, String prefix, String basic) {
      this.base = "http://localhost:" + port;
      this.prefix = prefix;
      this.basic = basic;
    }

    static Door rest(int port, String user) {
      return new Door(port, "/engine-rest",
          "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** Logs in through the login page, as a browser opening Tasklist or Cockpit. */
    static Door webapp(int port, String user) {
      var door = new Door(port, "/camunda/api/engine/engine/default", null);
      var token = LOGIN_CSRF.matcher(door.send(HttpRequest.newBuilder(door.uri("/login")).GET()).body());
      assertThat(token.find()).isTrue();
      var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&_csrf="
          + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
      var login = door.send(HttpRequest.newBuilder(door.uri("/login"))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
      assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
      // the webapps hand out their CSRF token with an answer, as on the first page load
      assertThat(door.send(HttpRequest.newBuilder(door.uri(door.prefix.replace("/engine/default", "/engine/"))).GET())
          .statusCode()).isEqualTo(200);
      return door;
    }

    String name() {
      return prefix;
    }

    HttpResponse<String> call(String method, String path, String body, String... headers) {
      var request = HttpRequest.newBuilder(uri(prefix + path))
          .header("Accept", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      if (basic != null) {
        request.header("Authorization", basic);
      }
      if (headers.length > 0) {
        request.headers(headers);
      }
      cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      return send(request);
    }

    private URI uri(String path) {
      return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
