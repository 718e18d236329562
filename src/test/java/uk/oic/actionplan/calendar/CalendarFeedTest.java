package uk.oic.actionplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.ACTION;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.PROPOSED_DUE_DATE;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.REVISION_APPROVED;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.REVISION_COMMENT;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.REVISION_REASON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.List;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.escalation.MissedDeadlineVariables;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.support.ProcessTestSupport;
import uk.oic.actionplan.support.WebSession;

/**
 * The calendar of due dates, read back as a calendar program reads it: the feed URL from the API, the
 * feed without a login, parsed with ical4j.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedTest {

  static final String PLAN = "hiow-oic-2025";
  static final String DATED_ITEM = "oic-test-dated-item";
  static final String AREA_DEADLINE = "oic-test-calendar-area-deadline";
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired DeadlineSchedule schedule;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void deployTheDatedItem() {
    repositoryService.createDeployment().name("calendar tests").enableDuplicateFiltering(true)
        .addClasspathResource("escalation/oic-test-dated-item.bpmn").deploy();
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 4, 1).atStartOfDay(LONDON).toInstant()));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void anAreaOwnersFeedHasTheirTasksOnTheirDaysAndThePlansDeadlines_notOtherAreasTasks() throws Exception {
    var mine = startItem("Rota audit", "area-1-owners", LocalDate.of(2026, 7, 15));
    var theirs = startItem("Referral audit", "area-2-owners", LocalDate.of(2026, 7, 20));
    var named = startItem("Leadership, governance and prioritisation", "area-1-owners", LocalDate.of(2026, 8, 3));

    var calendar = parse(feed(feedUrlOf("area1.owner")));

    var event = event(calendar, taskUid(mine)).orElseThrow();
    assertThat(text(event, Property.SUMMARY))
        .isEqualTo("Submit progress update: Rota audit (Area 1: Leadership, governance and prioritisation)");
    // due by the end of 15 July (in summer time: 23:00 UTC that day): an all-day event on the 15th, not the 16th
    assertThat(start(event)).isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(text(event, Property.DTEND)).isEqualTo("20260716");
    assertThat(text(event, Property.DESCRIPTION)).contains("Due by the end of 15 July 2026")
        .contains("/camunda/app/tasklist/default/#/?task=" + taskOf(mine).getId());
    assertThat(text(event, Property.URL)).startsWith("http://localhost:" + port + "/camunda/app/tasklist/");
    assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
    assertThat(text(event(calendar, taskUid(named)).orElseThrow(), Property.SUMMARY))
        .as("the area's name once").isEqualTo("Submit progress update: Leadership, governance and prioritisation (Area 1)");
    assertThat(event(calendar, taskUid(theirs))).as("area 2's task").isEmpty();
    assertThat(summaries(calendar)).noneMatch(s -> s.contains("Referral audit"));

    // the plan's deadlines: a recommendation's, an area's own target date and the PCC's response
    var rec2 = event(calendar, "deadline-" + PLAN + "-rec-2@oic-action-plan").orElseThrow();
    assertThat(text(rec2, Property.SUMMARY)).isEqualTo("Rec 2 deadline: Intelligence document for every NCCU referral");
    assertThat(start(rec2)).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(start(event(calendar, "target-" + PLAN + "-area-1@oic-action-plan").orElseThrow()))
        .isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(start(event(calendar, "pcc-response-" + PLAN + "@oic-action-plan").orElseThrow()))
        .isEqualTo(LocalDate.of(2025, 7, 17));
    assertThat(text(calendar, Property.PRODID)).isEqualTo(CalendarFeed.PRODUCT);
    assertThat(text(calendar, Property.VERSION)).isEqualTo("2.0");

    // area 2's owner: their task, not area 1's
    var other = parse(feed(feedUrlOf("area2.owner")));
    assertThat(event(other, taskUid(theirs))).isPresent();
    assertThat(event(other, taskUid(mine))).isEmpty();
  }

  @Test
  void aDueTimeIsShownInLondonTimeWithItsZone() throws Exception {
    var item = startItem("Briefing", "area-1-owners", LocalDate.of(2026, 7, 15));
    var task = taskOf(item);
    task.setDueDate(Date.from(ZonedDateTime.of(2026, 7, 15, 9, 30, 0, 0, LONDON).toInstant()));
    taskService.saveTask(task);

    var body = feed(feedUrlOf("area1.owner")).body();
    assertThat(body).contains("BEGIN:VTIMEZONE").contains("TZID:Europe/London");
    var event = event(parse(body), taskUid(item)).orElseThrow();

    DtStart<Temporal> start = event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
    assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/London");
    var at = ZonedDateTime.from(start.getDate());
    assertThat(at.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 15, 9, 30));
    assertThat(at.toInstant()).isEqualTo(java.time.Instant.parse("2026-07-15T08:30:00Z"));
    assertThat(text(event, Property.DESCRIPTION)).contains("Due at 09:30 on 15 July 2026");
  }

  @Test
  void anApprovedRevisedDateMovesTheEventAndKeepsItsUid() throws Exception {
    var item = startItem("Hydra rota", "area-3-owners", LocalDate.of(2026, 4, 30));
    var url = feedUrlOf("area3.owner");
    assertThat(start(event(parse(feed(url)), taskUid(item)).orElseThrow())).isEqualTo(LocalDate.of(2026, 4, 30));

    // the due date passes; the owner proposes a revised date and the chief officers approve it
    var overdue = managementService.createJobQuery().processInstanceId(item.getId()).activityId("Timer_ItemOverdue")
        .singleResult();
    ClockUtil.setCurrentTime(overdue.getDuedate());
    managementService.executeJob(overdue.getId());
    reviseTo(item, "area3.owner", "area-3-owners", "2026-06-30");

    var moved = event(parse(feed(url)), taskUid(item)).orElseThrow();
    assertThat(start(moved)).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(text(moved, Property.SUMMARY)).startsWith("Submit progress update: Hydra rota");
  }

  @Test
  void anApprovedRevisedAreaDeadlineMovesItsRecommendationsDeadline() throws Exception {
    var url = feedUrlOf("area7.owner");
    var uid = "deadline-" + PLAN + "-rec-8@oic-action-plan";
    assertThat(start(event(parse(feed(url)), uid).orElseThrow())).isEqualTo(LocalDate.of(2026, 4, 30));

    // area 7 (Rec 8) misses its deadline and the chief officers approve a revised one, as the area model does it
    var model = ProcessTestSupport.withAreaDeadlineEscalation(Bpmn.createExecutableProcess(AREA_DEADLINE)
        .camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_DoWork").name("Do the work").camundaCandidateGroups("${ownerGroup}").endEvent()
        .done(), AREA_DEADLINE);
    repositoryService.createDeployment().name("calendar area deadline").enableDuplicateFiltering(true)
        .addModelInstance(AREA_DEADLINE + ".bpmn", model).deploy();
    var area = runtimeService.startProcessInstanceByKey(AREA_DEADLINE, Map.of("planId", PLAN, "title",
        "Hydra training (Rec 8)", "ownerGroup", "area-7-owners", "areaDeadline", schedule.endOf(LocalDate.of(2026, 4, 30))));
    var timer = managementService.createJobQuery().processInstanceId(area.getId()).activityId("Timer_DeadlineOverdue")
        .singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    reviseTo(area, "area7.owner", "area-7-owners", "2026-07-31");

    var moved = event(parse(feed(url)), uid).orElseThrow();
    assertThat(start(moved)).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(text(moved, Property.DESCRIPTION)).contains("Deadline set by the inspection: 30 April 2026")
        .contains("Revised deadline approved: 31 July 2026");
  }

  @Test
  void theUrlIsShownAgainButNotKeptAndAResetRefusesTheOldOneAtOnce() throws Exception {
    var session = WebSession.login(port, "area4.owner", "demo");
    var first = json(session.get("/api/me/calendar"));
    var url = first.get("url").asText();
    assertThat(url).matches("http://localhost:" + port + "/calendar/[A-Za-z0-9_-]{43}\\.ics");
    assertThat(first.get("createdAt").asText()).isNotBlank();
    var again = json(session.get("/api/me/calendar"));
    assertThat(again.get("url").asText()).as("the same URL on every call").isEqualTo(url);
    assertThat(again.get("createdAt").asText()).isEqualTo(first.get("createdAt").asText());
    // the database keeps the token's hash and a nonce, never the token: it is computed with a key held elsewhere
    var token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    var row = jdbc.queryForMap("SELECT * FROM oic_calendar_feed_token WHERE user_id = 'area4.owner'");
    assertThat(row.get("token_hash")).isEqualTo(FeedTokens.hash(token));
    assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token));
    assertThat(feed(url).statusCode()).isEqualTo(200);

    // a browser session resets with the CSRF token only, as every other change
    assertThat(session.postJson("/api/me/calendar/reset", "{}").statusCode()).isEqualTo(403);
    assertThat(feed(url).statusCode()).isEqualTo(200);
    var reset = WebSession.basic(port, "area4.owner", "demo").postJson("/api/me/calendar/reset", "");
    assertThat(reset.statusCode()).isEqualTo(200);
    var newUrl = json(reset).get("url").asText();

    assertThat(newUrl).isNotEqualTo(url);
    var refused = feed(url);
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).isEmpty();
    assertThat(feed(newUrl).statusCode()).isEqualTo(200);
  }

  @Test
  void thePageMakesANewUrlAndTheOldOneStopsWorking() throws Exception {
    var session = WebSession.login(port, "area8.owner", "demo");
    var page = session.get("/me/calendar", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"no-url\"").contains("Get my calendar link");
    var first = json(session.get("/api/me/calendar")).get("url").asText();
    var shown = session.get("/me/calendar", "text/html");
    assertThat(shown.body()).contains("id=\"your-url\"").contains(first).contains("Get a new calendar link")
        .doesNotContain("id=\"renewed\"");
    assertThat(shown.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));

    var made = session.submitForm("/me/calendar", "/me/calendar", Map.of());
    assertThat(made.statusCode()).isEqualTo(200);
    assertThat(made.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    var url = java.util.regex.Pattern.compile("http://localhost:" + port + "/calendar/[A-Za-z0-9_-]{43}\\.ics")
        .matcher(made.body());
    assertThat(url.find()).as(made.body()).isTrue();
    assertThat(made.body()).contains("id=\"renewed\"");
    assertThat(url.group()).isNotEqualTo(first);
    assertThat(feed(url.group()).statusCode()).isEqualTo(200);
    assertThat(feed(first).statusCode()).isEqualTo(404);
    // without the CSRF token nothing changes
    assertThat(WebSession.login(port, "area8.owner", "demo").postJson("/me/calendar", "{}").statusCode()).isEqualTo(403);
    assertThat(feed(url.group()).statusCode()).isEqualTo(200);
  }

  @Test
  void theFeedNeedsNoLoginButABadTokenGetsTheSame404() throws Exception {
    var url = feedUrlOf("area5.owner");
    var response = feed(url);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type.toLowerCase()).isEqualTo("text/calendar;charset=utf-8"));
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
        assertThat(value).contains("no-store"));
    assertThat(response.headers().firstValue("Set-Cookie")).as("no session for a feed").isEmpty();

    var base = "http://localhost:" + port + "/calendar/";
    var unknown = feed(base + "A".repeat(43) + ".ics");
    var malformed = feed(base + "not-a-token.ics");
    for (var bad : List.of(unknown, malformed)) {
      assertThat(bad.statusCode()).isEqualTo(404);
      assertThat(bad.body()).isEmpty();
    }
    // nothing else under /calendar is open
    assertThat(WebSession.anonymous(port).get("/calendar/").statusCode()).isIn(401, 302);

    var head = send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    var post = send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(post.statusCode()).isIn(401, 403, 405);
  }

  @Test
  void simultaneousFirstCallsGetOneUrl_andADeletedUsersUrlIsRefusedAndForgotten() throws Exception {
    var user = identityService.newUser("calendar.leaver");
    user.setPassword("demo");
    identityService.saveUser(user);
    var threads = Executors.newFixedThreadPool(4);
    try {
      var calls = new ArrayList<Future<String>>();
      for (int i = 0; i < 4; i++) {
        calls.add(threads.submit(() -> feedUrlOf("calendar.leaver")));
      }
      var urls = new HashSet<String>();
      for (var call : calls) {
        urls.add(call.get());
      }
      assertThat(urls).hasSize(1);
      var url = urls.iterator().next();
      assertThat(feed(url).statusCode()).isEqualTo(200);

      identityService.deleteUser("calendar.leaver");
      assertThat(feed(url).statusCode()).isEqualTo(404);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_calendar_feed_token WHERE user_id = 'calendar.leaver'",
          Integer.class)).as("a new user given the same id does not inherit the URL").isZero();
    } finally {
      threads.shutdownNow();
      if (identityService.createUserQuery().userId("calendar.leaver").count() > 0) {
        identityService.deleteUser("calendar.leaver");
      }
    }
  }

  @Test
  void theUrlNeedsALogin() {
    var anonymous = WebSession.anonymous(port);
    assertThat(anonymous.get("/api/me/calendar").statusCode()).isEqualTo(401);
    assertThat(anonymous.postJson("/api/me/calendar/reset", "{}").statusCode()).isIn(401, 403);
    assertThat(WebSession.basic(port, "area6.owner", "wrong").get("/api/me/calendar").statusCode()).isEqualTo(401);
  }

  // --- helpers ---

  private ProcessInstance startItem(String title, String ownerGroup, LocalDate due) {
    return runtimeService.startProcessInstanceByKey(DATED_ITEM, Map.of("planId", PLAN, "areaNumber",
        Integer.parseInt(ownerGroup.replaceAll("\\D", "")), "itemTitle", title, "ownerGroup", ownerGroup,
        "itemDue", schedule.endOf(due)));
  }

  /** The item's missed deadline: the owner proposes a revised date, the chief officers approve it, it is applied. */
  private void reviseTo(ProcessInstance item, String owner, String ownerGroup, String day) {
    var missed = runtimeService.createProcessInstanceQuery().processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY)
        .variableValueEquals(MissedDeadlineVariables.SOURCE_PROCESS_INSTANCE_ID, item.getId()).singleResult();
    completeAs(owner, ownerGroup, taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, day,
        REVISION_REASON, "Trainers were redeployed to an operation"));
    completeAs("chief.officer", "chief-officers", taskOf(missed), Map.of(REVISION_APPROVED, true, REVISION_COMMENT, "Agreed"));
    // applied asynchronously, as the system
    managementService.executeJob(managementService.createJobQuery().processInstanceId(missed.getId())
        .activityId("Task_ApplyRevisedDate").singleResult().getId());
  }

  private Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private String taskUid(ProcessInstance instance) {
    return "task-" + taskOf(instance).getId() + "@oic-action-plan";
  }

  private void completeAs(String userId, String group, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The user's feed URL. */
  private String feedUrlOf(String userId) throws Exception {
    return json(WebSession.basic(port, userId, "demo").get("/api/me/calendar")).get("url").asText();
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The feed as a calendar program reads it: no login, no cookie. */
  private static HttpResponse<String> feed(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/calendar").GET());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Calendar parse(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(200);
    return parse(response.body());
  }

  private static Calendar parse(String body) throws Exception {
    return new CalendarBuilder().build(new StringReader(body));
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(Component.VEVENT);
  }

  private static Optional<VEvent> event(Calendar calendar, String uid) {
    return events(calendar).stream().filter(e -> uid.equals(text(e, Property.UID))).findFirst();
  }

  private static List<String> summaries(Calendar calendar) {
    return events(calendar).stream().map(e -> text(e, Property.SUMMARY)).toList();
  }

  private static String text(net.fortuna.ical4j.model.PropertyContainer container, String name) {
    return container.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static Temporal start(VEvent event) {
    return event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate();
  }
}
