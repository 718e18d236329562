package uk.oic.actionplan.absence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.support.Race;
import uk.oic.actionplan.support.WebSession;

/**
 * Cover while away, end to end on the real engine: a delegate sees, works and is recorded working the
 * absent owner's tasks, gets their reminders, and loses it all when the absence ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "oic.notifications.mail.send-every=PT1S",
    "spring.mail.host=127.0.0.1",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000",
    "spring.mail.properties.mail.smtp.timeout=2000"})
@ActiveProfiles("test")
class AbsenceCoverTest {

  static final String PLAN = "hiow-oic-2025";
  static final String DATED_ITEM = "oic-test-dated-item";
  static final String EVIDENCE_ITEM = "oic-test-covered-evidence";
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired DeadlineSchedule schedule;
  @Autowired JdbcTemplate jdbc;
  @Autowired Absences absences;

  @BeforeEach
  void deployAndSetTheClock() {
    repositoryService.createDeployment().name("absence tests").enableDuplicateFiltering(true)
        .addClasspathResource("escalation/oic-test-dated-item.bpmn")
        .addModelInstance(EVIDENCE_ITEM + ".bpmn", Bpmn.createExecutableProcess(EVIDENCE_ITEM).camundaHistoryTimeToLive(1)
            .startEvent("Event_Started")
            .userTask("Task_ConfirmBriefing").name("Confirm the briefing").camundaCandidateGroups("${ownerGroup}")
            .serviceTask("Task_RecordEvidence").camundaDelegateExpression("${recordEvidence}")
            .camundaInputParameter("evidenceKind", "MEETING_RECORD")
            .camundaInputParameter("evidenceTitle", "Briefing confirmed")
            .endEvent("Event_Done")
            .done())
        .deploy();
    clockAt(TODAY);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void theDelegateWorksTheAbsentOwnersTasksOnTheirBehalf_andSeesNothingOnceTheAbsenceEnds() throws Exception {
    var before = startItem("Rota audit", "area-1-owners", LocalDate.of(2026, 7, 15));
    assertThat(tasksSeenBy("area2.owner", before)).isEmpty();

    var set = json(as("area1.owner").putJson("/api/me/absence",
        "{\"delegate\": \"area2.owner\", \"from\": \"2026-04-01\", \"to\": \"2026-04-10\"}"));
    assertThat(set.at("/absence/status").asText()).isEqualTo("COVERING");
    assertThat(set.at("/absence/delegate").asText()).isEqualTo("area2.owner");
    assertThat(json(as("area2.owner").get("/api/me/absence")).at("/covering/0/userId").asText()).isEqualTo("area1.owner");

    // the task there before, and one created during the absence
    var during = startItem("Referral audit", "area-1-owners", LocalDate.of(2026, 7, 20));
    var briefing = runtimeService.startProcessInstanceByKey(EVIDENCE_ITEM, Map.of("planId", PLAN, "ownerGroup", "area-1-owners"));
    assertThat(tasksSeenBy("area2.owner", before)).hasSize(1);
    assertThat(tasksSeenBy("area2.owner", during)).hasSize(1);
    // another area's task is not theirs to cover
    var otherArea = startItem("Debrief", "area-3-owners", LocalDate.of(2026, 7, 20));
    assertThat(tasksSeenBy("area2.owner", otherArea)).isEmpty();
    // the Tasklist filter for it lists them
    assertThat(filterList("area2.owner", "Covering for others")).contains(taskOf(before).getId(), taskOf(during).getId());

    // the delegate completes the owner's task as Tasklist does, through the engine's REST API
    var task = taskOf(before);
    assertThat(as("area2.owner").postJson("/engine-rest/task/" + task.getId() + "/complete", "{}").statusCode())
        .isEqualTo(204);
    var onBehalf = historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId())
        .variableName(CoverHooks.ON_BEHALF_OF).singleResult();
    assertThat(onBehalf.getValue()).isEqualTo("area1.owner");
    assertThat(taskService.getTaskComments(task.getId())).extracting(c -> c.getFullMessage())
        .anySatisfy(text -> assertThat(text).startsWith("Completed by area2.owner on behalf of area1.owner"));
    assertThat(historyService.createUserOperationLogQuery().taskId(task.getId()).operationType("Complete").singleResult()
        .getUserId()).isEqualTo("area2.owner");
    assertThat(jdbc.queryForList("SELECT on_behalf_of FROM oic_absence_action WHERE task_id = ? AND action = 'COMPLETE'",
        String.class, task.getId())).containsExactly("area1.owner");

    // evidence recorded by the step after the task names both
    var briefingTask = taskOf(briefing);
    assertThat(as("area2.owner").postJson("/engine-rest/task/" + briefingTask.getId() + "/complete", "{}").statusCode())
        .isEqualTo(204);
    assertThat(jdbc.queryForObject("SELECT recorded_by FROM oic_evidence_entry WHERE process_instance_id = ?",
        String.class, briefing.getId())).isEqualTo("area2.owner on behalf of area1.owner");

    // the delegate claims the other one, then the absence ends after its last day
    assertThat(as("area2.owner").postJson("/engine-rest/task/" + taskOf(during).getId() + "/claim",
        "{\"userId\": \"area2.owner\"}").statusCode()).isEqualTo(204);
    assertThat(jdbc.queryForList("SELECT on_behalf_of FROM oic_absence_action WHERE task_id = ? AND action = 'ASSIGNMENT'",
        String.class, taskOf(during).getId())).contains("area1.owner");
    // evidence the delegate attaches to it in the browser is recorded on the owner's behalf too
    var browser = WebSession.login(port, "area2.owner", "demo");
    var form = browser.get("/evidence/new?taskId=" + taskOf(during).getId(), "text/html");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(browser.postMultipart("/evidence/new", form.body(), Map.of("taskId", taskOf(during).getId(),
        "kind", "DOCUMENT", "title", "Referral audit notes"), "file", "notes.txt", "notes".getBytes()).statusCode())
        .isEqualTo(302);
    assertThat(jdbc.queryForObject("SELECT recorded_by FROM oic_evidence_entry WHERE title = 'Referral audit notes'",
        String.class)).isEqualTo("area2.owner on behalf of area1.owner");

    clockAt(LocalDate.of(2026, 4, 11));
    fire(coverTimer("area1.owner", "Timer_LastDayAwayPassed"));

    assertThat(status("area1.owner")).isEqualTo("ENDED");
    assertThat(tasksSeenBy("area2.owner", during)).isEmpty();
    assertThat(allTasksSeenBy("area2.owner")).doesNotContain(taskOf(during).getId());
    assertThat(taskOf(during).getAssignee()).as("given back to the group").isNull();
    assertThat(authorizationService.createAuthorizationQuery().userIdIn("area2.owner").resourceType(Resources.TASK)
        .resourceId(taskOf(during).getId()).count()).isZero();
    assertThat(tasksSeenBy("area1.owner", during)).hasSize(1);
    assertThat(json(as("area1.owner").get("/api/me/absence")).get("absence").isNull()).isTrue();
    // a task created after the absence is not the delegate's
    var after = startItem("Training audit", "area-1-owners", LocalDate.of(2026, 7, 20));
    assertThat(tasksSeenBy("area2.owner", after)).isEmpty();
  }

  @Test
  void anAbsenceInTheFutureBeginsOnItsFirstDayAndEndingItEarlyRevertsAtOnce() throws Exception {
    var item = startItem("Hydra rota", "area-4-owners", LocalDate.of(2026, 7, 15));
    var set = json(as("area4.owner").putJson("/api/me/absence",
        "{\"delegate\": \"area5.owner\", \"from\": \"2026-04-06\", \"to\": \"2026-04-17\"}"));
    assertThat(set.at("/absence/status").asText()).isEqualTo("SCHEDULED");
    assertThat(tasksSeenBy("area5.owner", item)).isEmpty();

    var firstDay = coverTimer("area4.owner", "Timer_FirstDayAway");
    assertThat(firstDay.getDuedate().toInstant()).isEqualTo(LocalDate.of(2026, 4, 6).atStartOfDay(LONDON).toInstant());
    clockAt(LocalDate.of(2026, 4, 6));
    fire(firstDay);
    assertThat(status("area4.owner")).isEqualTo("COVERING");
    assertThat(tasksSeenBy("area5.owner", item)).hasSize(1);
    assertThat(coverTimer("area4.owner", "Timer_LastDayAwayPassed").getDuedate().toInstant())
        .isEqualTo(LocalDate.of(2026, 4, 18).atStartOfDay(LONDON).toInstant());

    var ended = json(as("area4.owner").delete("/api/me/absence"));
    assertThat(ended.at("/absence/status").asText()).isEqualTo("ENDED_EARLY");
    assertThat(tasksSeenBy("area5.owner", item)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Absences.PROCESS_KEY)
        .processInstanceBusinessKey("absence-" + lastAbsenceId("area4.owner")).count()).as("its timers are gone").isZero();
    assertThat(as("area4.owner").delete("/api/me/absence").statusCode()).isEqualTo(404);
  }

  @Test
  void remindersGoToTheDelegateToo_once() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    json(as("area6.owner").putJson("/api/me/absence",
        "{\"delegate\": \"area7.owner\", \"from\": \"2026-04-01\", \"to\": \"2026-04-30\"}"));
    var item = startItem("Joint operations", "area-6-owners", LocalDate.of(2026, 4, 30));
    fire(managementService.createJobQuery().processInstanceId(item.getId()).activityId("Timer_ItemReminder").singleResult());

    assertThat(jdbc.queryForList("SELECT user_id FROM oic_mail_outbox WHERE subject LIKE '%Joint operations%'", String.class))
        .containsExactlyInAnyOrder("area6.owner", "area7.owner");
    assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
    // and the delegate sees the absent owner's group's notifications in the application
    assertThat(json(as("area7.owner").get("/api/notifications?size=200")).get("content").findValuesAsText("subject"))
        .anySatisfy(subject -> assertThat(subject).contains("Joint operations"));
    assertThat(json(as("area8.owner").get("/api/notifications?size=200")).get("content").findValuesAsText("subject"))
        .noneSatisfy(subject -> assertThat(subject).contains("Joint operations"));
    var recipients = Arrays.stream(smtp.getReceivedMessages()).flatMap(m -> recipients(m).stream()).toList();
    assertThat(recipients).containsExactlyInAnyOrder("area6.owner@demo.oic.invalid", "area7.owner@demo.oic.invalid");
  }

  @Test
  void refusedRequestsStoreNothing() throws Exception {
    var area8 = as("area8.owner");
    assertRefused(area8.putJson("/api/me/absence", "{\"delegate\": \"nobody.here\", \"from\": \"2026-04-02\", \"to\": \"2026-04-03\"}"),
        400, "there is no user 'nobody.here'");
    assertRefused(area8.putJson("/api/me/absence", "{\"delegate\": \"area8.owner\", \"from\": \"2026-04-02\", \"to\": \"2026-04-03\"}"),
        400, "cover for themselves");
    assertRefused(area8.putJson("/api/me/absence", "{\"delegate\": \"area9.owner\", \"from\": \"2026-04-09\", \"to\": \"2026-04-03\"}"),
        400, "is before the first");
    assertRefused(area8.putJson("/api/me/absence", "{\"delegate\": \"area9.owner\", \"from\": \"2026-03-02\", \"to\": \"2026-03-31\"}"),
        400, "has passed");
    assertRefused(area8.putJson("/api/me/absence", "{\"delegate\": \"area9.owner\", \"from\": \"2026-04-02\"}"), 400, "to:");
    assertRefused(area8.putJson("/api/me/absence", "{\"delegate\": \"area9.owner\", \"from\": \"2026-04-02\", \"to\": \"soon\"}"),
        400, "not valid JSON");
    assertRefused(area8.putJson("/api/me/absence", "{\"delegate\": \"area9.owner\", \"from\": \"2026-04-02\", \"to\": \"2026-04-03\"} x"),
        400, "not valid JSON");
    assertRefused(area8.putJson("/api/me/absence", ""), 400, "Give the delegate");
    // no chains: the delegate is away themselves then, or the user covers for someone then
    json(as("area9.owner").putJson("/api/me/absence", "{\"delegate\": \"strategic.lead\", \"from\": \"2026-04-13\", \"to\": \"2026-04-17\"}"));
    assertRefused(area8.putJson("/api/me/absence", "{\"delegate\": \"area9.owner\", \"from\": \"2026-04-06\", \"to\": \"2026-04-13\"}"),
        400, "area9.owner is away from 13 April 2026 to 17 April 2026");
    assertRefused(as("strategic.lead").putJson("/api/me/absence",
        "{\"delegate\": \"area8.owner\", \"from\": \"2026-04-17\", \"to\": \"2026-04-20\"}"), 400, "covers for area9.owner");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_absence WHERE user_id IN ('area8.owner', 'strategic.lead')",
        Integer.class)).isZero();
    // the days after the delegate's absence are fine
    assertThat(area8.putJson("/api/me/absence", "{\"delegate\": \"area9.owner\", \"from\": \"2026-04-20\", \"to\": \"2026-04-24\"}")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void onlyAdministratorsSetSomeoneElsesAbsence() throws Exception {
    var body = "{\"delegate\": \"opcc.officer\", \"from\": \"2026-04-01\", \"to\": \"2026-04-03\"}";
    assertThat(as("area3.owner").putJson("/api/users/chief.officer/absence", body).statusCode()).isEqualTo(403);
    assertThat(as("area3.owner").get("/api/users/chief.officer/absence").statusCode()).isEqualTo(403);
    assertThat(as("area3.owner").delete("/api/users/chief.officer/absence").statusCode()).isEqualTo(403);
    assertThat(WebSession.anonymous(port).get("/api/me/absence").statusCode()).isEqualTo(401);

    var admin = WebSession.basic(port, "demo", "demo");
    var set = json(admin.putJson("/api/users/chief.officer/absence", body));
    assertThat(set.at("/absence/setBy").asText()).isEqualTo("demo");
    assertThat(set.at("/absence/userId").asText()).isEqualTo("chief.officer");
    assertThat(json(admin.get("/api/users/chief.officer/absence")).at("/absence/delegate").asText()).isEqualTo("opcc.officer");
    assertThat(json(admin.delete("/api/users/chief.officer/absence")).at("/absence/endedBy").asText()).isEqualTo("demo");
    assertThat(admin.get("/api/users/no.such.user/absence").statusCode()).isEqualTo(404);
  }

  @Test
  void simultaneousChangesLeaveOneConsistentAbsence() throws Exception {
    startItem("Community engagement", "area-9-owners", LocalDate.of(2026, 7, 15));
    var sessions = new ArrayList<WebSession>();
    for (int i = 0; i < 4; i++) {
      sessions.add(as("area9.owner"));
    }
    Race.Outcome outcome;
    try (var race = new Race(6)) {
      outcome = race.putJson(sessions, "/api/me/absence",
          "{\"delegate\": \"opcc.officer\", \"from\": \"2026-04-01\", \"to\": \"2026-04-30\"}");
    }
    assertThat(outcome.count(200)).as(outcome.toString()).isGreaterThanOrEqualTo(1);
    assertThat(outcome.count(200) + outcome.count(409)).as(outcome.toString()).isEqualTo(outcome.total());

    var open = jdbc.queryForList("SELECT id FROM oic_absence WHERE open_for = 'area9.owner'", Long.class);
    assertThat(open).hasSize(1);
    assertThat(jdbc.queryForList("SELECT status FROM oic_absence WHERE user_id = 'area9.owner' AND id <> ?", String.class,
        open.get(0))).allMatch("REPLACED"::equals);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Absences.PROCESS_KEY)
        .processInstanceBusinessKeyLike("absence-%").list())
        .extracting(ProcessInstance::getBusinessKey).contains("absence-" + open.get(0))
        .filteredOn(key -> jdbc.queryForObject("SELECT user_id FROM oic_absence WHERE id = ?", String.class,
            Long.parseLong(key.substring("absence-".length()))).equals("area9.owner"))
        .hasSize(1);
    assertThat(jdbc.queryForObject("""
        SELECT COUNT(*) FROM oic_absence_link l JOIN oic_absence a ON a.id = l.absence_id
        WHERE a.user_id = 'area9.owner' AND l.removed_at IS NULL AND a.id <> ?""", Integer.class, open.get(0))).isZero();
    assertThat(allTasksSeenBy("opcc.officer")).isNotEmpty();
  }

  @Test
  void thePageSetsAndEndsAnAbsence() throws Exception {
    var session = WebSession.login(port, "area5.owner", "demo");
    var page = session.get("/me/absence", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Cover while away").doesNotContain("id=\"current\"");

    var refused = session.submitForm("/me/absence", "/me/absence", Map.of("delegate", "area5.owner", "from", "2026-04-02",
        "to", "2026-04-03"));
    assertThat(refused.body()).contains("govuk-error-summary").contains("nobody can cover for themselves");

    var saved = session.submitForm("/me/absence", "/me/absence", Map.of("delegate", "area3.owner", "from", "2026-04-02",
        "to", "2026-04-03"));
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("id=\"saved\"").contains("2 April 2026 to 3 April 2026").contains("area3.owner");
    assertThat(status("area5.owner")).isEqualTo("SCHEDULED");
    // without the CSRF token nothing changes
    assertThat(WebSession.login(port, "area5.owner", "demo").postJson("/me/absence/end", "{}").statusCode()).isEqualTo(403);

    var ended = session.submitForm("/me/absence", "/me/absence/end", Map.of());
    assertThat(ended.body()).contains("id=\"ended\"");
    assertThat(jdbc.queryForObject("SELECT status FROM oic_absence WHERE id = ?", String.class, lastAbsenceId("area5.owner")))
        .isEqualTo("CANCELLED");
    // a second click on End (the first already ended it) shows the page and says so
    var again = session.submitForm("/me/absence", "/me/absence/end", Map.of());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("govuk-error-summary").contains("There is no current or coming absence to end.")
        .doesNotContain("id=\"ended\"");
  }

  @Test
  void aDelegateCoveringTwoColleaguesKeepsTheirSharedTaskUntilTheLastOfThemReturns() {
    user("pair.a", "area-31-owners");
    user("pair.b", "area-31-owners");
    user("pair.delegate");
    var item = startItem("Shared rota", "area-31-owners", LocalDate.of(2026, 7, 15));
    var task = taskOf(item).getId();
    absences.set("pair.a", new Absences.Request("pair.delegate", TODAY, TODAY.plusDays(9)), "pair.a");
    absences.set("pair.b", new Absences.Request("pair.delegate", TODAY, TODAY.plusDays(9)), "pair.b");
    assertThat(candidateUsers(task)).containsOnlyOnce("pair.delegate");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_absence_link WHERE task_id = ? AND removed_at IS NULL",
        Integer.class, task)).as("a link for each absence").isEqualTo(2);
    taskService.claim(task, "pair.delegate");

    absences.end("pair.a", "pair.a");
    assertThat(candidateUsers(task)).as("pair.b is still away").contains("pair.delegate");
    assertThat(grants("pair.delegate", task)).isPositive();
    assertThat(taskOf(item).getAssignee()).isEqualTo("pair.delegate");

    absences.end("pair.b", "pair.b");
    assertThat(candidateUsers(task)).doesNotContain("pair.delegate");
    assertThat(grants("pair.delegate", task)).isZero();
    assertThat(taskOf(item).getAssignee()).as("given back to the group").isNull();
  }

  @Test
  void aCoverLeavesAloneTasksHeldByOthersAndTasksTheDelegateHasInTheirOwnRight() {
    user("trio.a", "area-33-owners");
    user("trio.c", "area-33-owners");
    user("trio.delegate", "area-34-owners");
    var claimedByColleague = startItem("Colleague's audit", "area-33-owners", LocalDate.of(2026, 7, 15));
    taskService.claim(taskOf(claimedByColleague).getId(), "trio.c");
    var alsoTheDelegates = startItem("Joint audit", "area-33-owners", LocalDate.of(2026, 7, 15));
    taskService.addCandidateGroup(taskOf(alsoTheDelegates).getId(), "area-34-owners");
    var theirs = startItem("Own audit", "area-33-owners", LocalDate.of(2026, 7, 15));

    absences.set("trio.a", new Absences.Request("trio.delegate", TODAY, TODAY.plusDays(9)), "trio.a");
    assertThat(candidateUsers(taskOf(claimedByColleague).getId())).doesNotContain("trio.delegate");
    assertThat(candidateUsers(taskOf(alsoTheDelegates).getId())).doesNotContain("trio.delegate");
    assertThat(candidateUsers(taskOf(theirs).getId())).contains("trio.delegate");
    assertThat(jdbc.queryForList("SELECT task_id FROM oic_absence_link WHERE delegate_id = 'trio.delegate'", String.class))
        .containsExactly(taskOf(theirs).getId());

    // the delegate claims the joint task in their own right: the end of the cover leaves it with them
    taskService.claim(taskOf(alsoTheDelegates).getId(), "trio.delegate");
    absences.end("trio.a", "trio.a");
    assertThat(taskOf(alsoTheDelegates).getAssignee()).isEqualTo("trio.delegate");
    assertThat(taskOf(claimedByColleague).getAssignee()).isEqualTo("trio.c");
    assertThat(candidateUsers(taskOf(theirs).getId())).doesNotContain("trio.delegate");
  }

  @Test
  void aLinkLeftByAnAbsenceNoLongerCoveredIsTakenBackWhenAnotherCoverEnds() {
    user("sweep.a", "area-35-owners");
    user("sweep.delegate");
    user("sweep.b", "area-36-owners");
    user("sweep.other");
    // a task created while sweep.a's cover ended got a link that end missed
    var item = startItem("Late audit", "area-35-owners", LocalDate.of(2026, 7, 15));
    var task = taskOf(item).getId();
    absences.set("sweep.a", new Absences.Request("sweep.delegate", TODAY, TODAY.plusDays(9)), "sweep.a");
    long ended = lastAbsenceId("sweep.a");
    absences.end("sweep.a", "sweep.a");
    taskService.addCandidateUser(task, "sweep.delegate");
    jdbc.update("UPDATE oic_absence_link SET removed_at = NULL WHERE absence_id = ?", ended);
    jdbc.update("UPDATE oic_absence_link SET had_grant = FALSE WHERE absence_id = ?", ended);

    absences.set("sweep.b", new Absences.Request("sweep.other", TODAY, TODAY.plusDays(9)), "sweep.b");
    absences.end("sweep.b", "sweep.b");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_absence_link WHERE absence_id = ? AND removed_at IS NULL",
        Integer.class, ended)).isZero();
    assertThat(candidateUsers(task)).doesNotContain("sweep.delegate");
    assertThat(grants("sweep.delegate", task)).isZero();
  }

  @Test
  void nobodyElseCanNameAnAbsentColleagueOnATask() throws Exception {
    var item = startItem("Custody audit", "area-3-owners", LocalDate.of(2026, 7, 15));
    var task = taskOf(item).getId();
    var owner = as("area3.owner");
    assertThat(owner.putJson("/engine-rest/task/" + task + "/localVariables/" + CoverHooks.ON_BEHALF_OF,
        "{\"value\": \"area1.owner\", \"type\": \"String\"}").statusCode()).isEqualTo(403);
    assertThat(owner.postJson("/engine-rest/task/" + task + "/localVariables",
        "{\"modifications\": {\"onBehalfOf\": {\"value\": \"area1.owner\", \"type\": \"String\"}}}").statusCode())
        .isEqualTo(403);
    assertThat(owner.delete("/engine-rest/task/" + task + "/localVariables/" + CoverHooks.ON_BEHALF_OF).statusCode())
        .isEqualTo(403);
    // the task's other variables are theirs to write
    assertThat(owner.putJson("/engine-rest/task/" + task + "/localVariables/note",
        "{\"value\": \"checked\", \"type\": \"String\"}").statusCode()).isEqualTo(204);
    assertThat(owner.postJson("/engine-rest/task/" + task + "/localVariables",
        "{\"modifications\": {\"note\": {\"value\": \"rechecked\", \"type\": \"String\"}}}").statusCode())
        .isEqualTo(204);
    assertThat(taskService.getVariableLocal(task, "note")).isEqualTo("rechecked");

    // a value that got there another way does not outlive a completion by someone who covers nobody
    taskService.setVariableLocal(task, CoverHooks.ON_BEHALF_OF, "area1.owner");
    assertThat(owner.postJson("/engine-rest/task/" + task + "/complete", "{}").statusCode()).isEqualTo(204);
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task).variableName(CoverHooks.ON_BEHALF_OF)
        .list()).isEmpty();
  }

  // --- helpers ---

  private void user(String id, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setPassword("demo");
      identityService.saveUser(user);
    }
    for (var group : groups) {
      if (identityService.createGroupQuery().groupId(group).count() == 0) {
        var saved = identityService.newGroup(group);
        saved.setName(group);
        identityService.saveGroup(saved);
      }
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }

  private List<String> candidateUsers(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null).map(link -> link.getUserId())
        .toList();
  }

  private long grants(String userId, String taskId) {
    return authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
        .resourceId(taskId).count();
  }

  private WebSession as(String userId) {
    return WebSession.basic(port, userId, "demo");
  }

  private ProcessInstance startItem(String title, String ownerGroup, LocalDate due) {
    return runtimeService.startProcessInstanceByKey(DATED_ITEM, Map.of("planId", PLAN, "areaNumber",
        Integer.parseInt(ownerGroup.replaceAll("\\D", "")), "itemTitle", title, "ownerGroup", ownerGroup,
        "itemDue", schedule.endOf(due)));
  }

  private Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** The instance's tasks as the user's Tasklist asks for them: the engine's REST API, with their rights. */
  private List<String> tasksSeenBy(String userId, ProcessInstance instance) throws Exception {
    var answer = json(as(userId).get("/engine-rest/task?processInstanceId=" + instance.getId()));
    var ids = new ArrayList<String>();
    answer.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  private List<String> allTasksSeenBy(String userId) throws Exception {
    var ids = new ArrayList<String>();
    json(as(userId).get("/engine-rest/task?maxResults=500")).forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  private List<String> filterList(String userId, String filterName) throws Exception {
    var session = as(userId);
    var filters = json(session.get("/engine-rest/filter?resourceType=Task"));
    String id = null;
    for (var filter : filters) {
      if (filterName.equals(filter.get("name").asText())) {
        id = filter.get("id").asText();
      }
    }
    assertThat(id).as("filter " + filterName).isNotNull();
    var ids = new ArrayList<String>();
    json(session.postJson("/engine-rest/filter/" + id + "/list", "{}")).forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  private Job coverTimer(String userId, String activityId) {
    var instance = jdbc.queryForObject("SELECT process_instance_id FROM oic_absence WHERE id = ?", String.class,
        lastAbsenceId(userId));
    return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
  }

  private long lastAbsenceId(String userId) {
    return jdbc.queryForObject("SELECT MAX(id) FROM oic_absence WHERE user_id = ?", Long.class, userId);
  }

  private String status(String userId) {
    return jdbc.queryForObject("SELECT status FROM oic_absence WHERE id = ?", String.class, lastAbsenceId(userId));
  }

  private void fire(Job job) {
    assertThat(job).isNotNull();
    managementService.executeJob(job.getId());
  }

  private static void clockAt(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(LONDON).toInstant()));
  }

  private static void assertRefused(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(detail);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
