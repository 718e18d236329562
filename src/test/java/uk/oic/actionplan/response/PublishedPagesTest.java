package uk.oic.actionplan.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.kernel.ProcessKeys;
import uk.oic.actionplan.support.WebSession;

/**
 * The public page of the PCC's published statements over HTTP, without logging in, and the response's
 * API for the plan's readers: nothing before the first publication, only approved text after it, and
 * every other page of the application still behind the login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublishedPagesTest {

  static final String PLAN = "hiow-oic-2025";
  static final String PAGE = "/published/" + PLAN;

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void nothingPublished() {
    jdbc.update("DELETE FROM oic_published_statement");
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2025, 6, 2, 9, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
    if (identityService.createUserQuery().userId("outsider").count() == 0) {
      var outsider = identityService.newUser("outsider");
      outsider.setPassword("outsider");
      identityService.saveUser(outsider);
    }
    // other tests of this context try wrong passwords; the engine's lock would outlast the clock moved back
    for (var user : java.util.List.of("area1.owner", "area9.owner", "chief.officer", "strategic.lead", "opcc.officer", "pcc")) {
      identityService.unlockUser(user);
    }
  }

  @AfterEach
  void endInstances() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PCC_RESPONSE).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test finished"));
  }

  @Test
  void nothingIsPublicBeforeThePccApprovesAndOnlyTheApprovedTextAfter() {
    var anonymous = WebSession.anonymous(port);
    assertThat(anonymous.get(PAGE, "text/html").statusCode()).isEqualTo(404);
    assertThat(anonymous.get(PAGE + ".pdf", "application/pdf").statusCode()).isEqualTo(404);
    assertThat(anonymous.get(PAGE + "/v/1", "text/html").statusCode()).isEqualTo(404);
    assertThat(anonymous.get("/published/no-such-plan", "text/html").statusCode()).isEqualTo(404);

    var response = runtimeService.startProcessInstanceByKey(ProcessKeys.PCC_RESPONSE, ProcessKeys.pccResponseBusinessKey(PLAN),
        Map.of("planId", PLAN));
    complete("opcc.officer", response.getId(), "Task_DraftPccResponse", draft("DRAFT-ONLY-TEXT <script>alert(1)</script>"));
    complete("strategic.lead", response.getId(), "Task_ContributeForceResponse", forcePart());
    // a draft awaiting approval is not public, but the plan's readers follow it
    assertThat(anonymous.get(PAGE, "text/html").statusCode()).isEqualTo(404);
    var reader = WebSession.basic(port, "area9.owner", "demo");
    var status = reader.get("/api/plans/" + PLAN + "/pcc-response");
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body()).contains("\"status\":\"AWAITING_APPROVAL\"", "\"dueDate\":\"2025-07-17\"",
        "\"reportPublishedOn\":\"2025-05-22\"", "DRAFT-ONLY-TEXT");
    complete("pcc", response.getId(), "Task_ApprovePccResponse",
        vars("approvalDecision", "RETURN", "approvalReasons", "Say more about the e-learning."));
    complete("opcc.officer", response.getId(), "Task_DraftPccResponse", draft("APPROVED-TEXT & <b>bold</b>"));
    complete("strategic.lead", response.getId(), "Task_ContributeForceResponse", forcePart());
    complete("pcc", response.getId(), "Task_ApprovePccResponse", vars("approvalDecision", "APPROVE"));

    var page = anonymous.get(PAGE, "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("PCC response to the inspection report: Organised immigration crime action plan")
        .contains("Version 1, published 2 June 2025")
        .contains("APPROVED-TEXT &amp; &lt;b&gt;bold&lt;/b&gt;")
        .contains("Rec 8: Hydra training for relevant personnel", "The force&#39;s steps for slot 3")
        .contains("href=\"/published/" + PLAN + "/v/1\"", "href=\"/published/" + PLAN + ".pdf\"")
        .doesNotContain("DRAFT-ONLY-TEXT", "<b>bold</b>", "Say more about the e-learning");
    var pdf = anonymous.get(PAGE + ".pdf", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(anonymous.get(PAGE + "/v/1", "text/html").statusCode()).isEqualTo(200);
    assertThat(anonymous.get(PAGE + "/v/2", "text/html").statusCode()).isEqualTo(404);

    // a progress statement in draft is not public either: the page still shows version 1 only
    var start = WebSession.basic(port, "opcc.officer", "demo").postJson("/api/plans/" + PLAN + "/progress-statements",
        "{\"reason\": \"Six months on\"}");
    assertThat(start.statusCode()).isEqualTo(202);
    var statement = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(PLAN + "/progress-statement")
        .singleResult();
    complete("opcc.officer", statement.getId(), "Task_DraftPccResponse", draft("UNAPPROVED-PROGRESS"));
    assertThat(anonymous.get(PAGE, "text/html").body()).contains("APPROVED-TEXT").doesNotContain("UNAPPROVED-PROGRESS");
    complete("pcc", statement.getId(), "Task_ApprovePccResponse", vars("approvalDecision", "APPROVE"));
    var latest = anonymous.get(PAGE, "text/html").body();
    assertThat(latest).contains("PCC progress statement", "Version 2", "UNAPPROVED-PROGRESS", "href=\"/published/" + PLAN + "/v/1\"")
        .doesNotContain("APPROVED-TEXT");
    assertThat(anonymous.get(PAGE + "/v/1", "text/html").body()).contains("APPROVED-TEXT", "This is an earlier version");
    assertThat(anonymous.get(PAGE + "/v/1.pdf", "application/pdf").statusCode()).isEqualTo(200);
  }

  @Test
  void aVersionWhoseRecordDoesNotMatchTheEvidenceRegisterIsNotShown() {
    var response = runtimeService.startProcessInstanceByKey(ProcessKeys.PCC_RESPONSE, ProcessKeys.pccResponseBusinessKey(PLAN),
        Map.of("planId", PLAN));
    complete("opcc.officer", response.getId(), "Task_DraftPccResponse", draft("AS-APPROVED"));
    complete("strategic.lead", response.getId(), "Task_ContributeForceResponse", forcePart());
    complete("pcc", response.getId(), "Task_ApprovePccResponse", vars("approvalDecision", "APPROVE"));
    var anonymous = WebSession.anonymous(port);
    var reader = WebSession.basic(port, "area9.owner", "demo");
    assertThat(anonymous.get(PAGE, "text/html").body()).contains("AS-APPROVED");
    assertThat(anonymous.get(PAGE + ".pdf", "application/pdf").statusCode()).isEqualTo(200);
    assertThat(reader.get("/api/plans/" + PLAN + "/pcc-response").body()).contains("AS-APPROVED");

    // the content changed in the database, with a hash that matches the new content but not the register
    var content = jdbc.queryForObject("SELECT content FROM oic_published_statement WHERE plan_id = ? AND version = 1",
        String.class, PLAN).replace("AS-APPROVED", "CHANGED-AFTERWARDS");
    jdbc.update("UPDATE oic_published_statement SET content = ?, content_hash = ? WHERE plan_id = ? AND version = 1",
        content, StatementContent.hash(content), PLAN);

    for (var address : java.util.List.of(PAGE, PAGE + "/v/1")) {
      var page = anonymous.get(address, "text/html");
      assertThat(page.statusCode()).as(address).isEqualTo(500);
      assertThat(page.body()).as(address)
          .contains("This statement cannot be shown: its record does not match the evidence register")
          .doesNotContain("CHANGED-AFTERWARDS", "AS-APPROVED");
    }
    var pdf = anonymous.get(PAGE + ".pdf", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(500);
    assertThat(pdf.body()).doesNotStartWith("%PDF").doesNotContain("CHANGED-AFTERWARDS");
    var api = reader.get("/api/plans/" + PLAN + "/pcc-response");
    assertThat(api.statusCode()).isEqualTo(500);
    assertThat(api.body()).contains("does not match the evidence register").doesNotContain("CHANGED-AFTERWARDS");
    // nor is the changed text carried into a progress statement's draft: the request is refused, nothing starts
    var request = WebSession.basic(port, "opcc.officer", "demo")
        .postJson("/api/plans/" + PLAN + "/progress-statements", "{}");
    assertThat(request.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(request.body()).doesNotContain("CHANGED-AFTERWARDS");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ProcessKeys.progressStatementBusinessKey(PLAN)).count()).isZero();

    // only the content changed, its hash left as it was: refused as well
    jdbc.update("UPDATE oic_published_statement SET content_hash = ? WHERE plan_id = ? AND version = 1",
        StatementContent.hash(content.replace("CHANGED-AFTERWARDS", "AS-APPROVED")), PLAN);
    assertThat(anonymous.get(PAGE, "text/html").statusCode()).isEqualTo(500);
    // put back as published: shown again
    jdbc.update("UPDATE oic_published_statement SET content = ? WHERE plan_id = ? AND version = 1",
        content.replace("CHANGED-AFTERWARDS", "AS-APPROVED"), PLAN);
    assertThat(anonymous.get(PAGE, "text/html").statusCode()).isEqualTo(200);
  }

  @Test
  void theApiIsForThePlansReadersAndProgressStatementsForItsOpccStaff() {
    assertThat(WebSession.anonymous(port).get("/api/plans/" + PLAN + "/pcc-response").statusCode()).isEqualTo(401);
    // one who may not read the plan learns no more than of a plan that does not exist
    var outsider = WebSession.basic(port, "outsider", "outsider");
    var unknown = WebSession.basic(port, "area1.owner", "demo").get("/api/plans/no-such-plan/pcc-response");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("There is no plan 'no-such-plan' that you can see");
    var notReadable = outsider.get("/api/plans/" + PLAN + "/pcc-response");
    assertThat(notReadable.statusCode()).isEqualTo(404);
    assertThat(notReadable.body()).contains("There is no plan '" + PLAN + "' that you can see");
    var notReadablePost = outsider.postJson("/api/plans/" + PLAN + "/progress-statements", "{}");
    assertThat(notReadablePost.statusCode()).isEqualTo(404);
    assertThat(notReadablePost.body()).contains("There is no plan '" + PLAN + "' that you can see");
    assertThat(WebSession.basic(port, "opcc.officer", "demo").postJson("/api/plans/no-such-plan/progress-statements", "{}")
        .statusCode()).isEqualTo(404);
    var notStarted = WebSession.basic(port, "chief.officer", "demo").get("/api/plans/" + PLAN + "/pcc-response");
    assertThat(notStarted.statusCode()).isEqualTo(200);
    assertThat(notStarted.body()).contains("\"status\":\"NOT_STARTED\"", "\"versions\":[]");
    // a reader who is not OPCC staff
    assertThat(WebSession.basic(port, "area1.owner", "demo").postJson("/api/plans/" + PLAN + "/progress-statements", "{}")
        .statusCode()).isEqualTo(403);
    // nothing published yet
    assertThat(WebSession.basic(port, "opcc.officer", "demo").postJson("/api/plans/" + PLAN + "/progress-statements", "{}")
        .statusCode()).isEqualTo(409);
    // late: past the end of 17 July 2025 and not published
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2025, 7, 18, 9, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
    assertThat(WebSession.basic(port, "pcc", "demo").get("/api/plans/" + PLAN + "/pcc-response").body())
        .contains("\"status\":\"LATE\"");
  }

  @Test
  void everyOtherPageStillNeedsTheLogin() {
    var anonymous = WebSession.anonymous(port);
    assertThat(anonymous.get("/", "text/html").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/published", "text/html").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/published/" + PLAN + "/v/1/more", "text/html").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/dashboard/" + PLAN, "text/html").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/api/plans/" + PLAN + "/pcc-response").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/plans").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(302);
    assertThat(anonymous.get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  private void complete(String user, String instanceId, String taskKey, Map<String, Object> variables) {
    var task = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  static Map<String, Object> draft(String marker) {
    var values = new HashMap<String, Object>();
    values.put("pccComments", "The PCC's comments on the report: " + marker);
    for (int slot = 1; slot <= 4; slot++) {
      values.put("rec" + slot + "Pcc", "The PCC's steps for slot " + slot + ": " + marker);
    }
    return values;
  }

  static Map<String, Object> forcePart() {
    var values = new HashMap<String, Object>();
    for (int slot = 1; slot <= 4; slot++) {
      values.put("rec" + slot + "Force", "The force's steps for slot " + slot);
    }
    return values;
  }

  static Map<String, Object> vars(Object... keysAndValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
