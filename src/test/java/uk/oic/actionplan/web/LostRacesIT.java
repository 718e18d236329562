package uk.oic.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanStarter;

/**
 * Many people completing the same task at the same moment, as happens when a task is shared by a
 * group: exactly one completion wins, every other caller hears that it lost (409) or that the task
 * is gone (404), never a server error, and the process moves on once, recording its evidence once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "oic.test.application=races")
@ActiveProfiles("test")
class LostRacesIT {

  static final String PLAN_ID = "hiow-oic-2025";
  static final int AREAS = 8;
  static final int CALLERS = 25;

  @LocalServerPort int port;
  @Autowired PlanStarter planStarter;
  @Autowired PlanCatalog plans;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void simultaneousCompletionsOfOneTaskHaveOneWinnerAndNoServerError() throws Exception {
    ClockUtil.reset();
    planStarter.startIfNeverStarted(plans.find(PLAN_ID).orElseThrow()).orElseThrow();
    var today = LocalDate.now(ZoneOffset.UTC);

    var agree = race("Task_AgreeDeliveryPlan", "{\"deliveryPlanSummary\":{\"value\":\"Put OIC in the force priorities\"},"
        + "\"deliveryMilestones\":{\"value\":\"Control strategy amended; head of crime; " + today.plusDays(30) + "\"},"
        + "\"targetDate\":{\"value\":\"" + today.plusDays(60) + "\"}}");
    var evidenceBefore = evidenceEntries();
    var approve = race("Task_ApproveDeliveryPlan", "{\"reviewDecision\":{\"value\":\"ACCEPT\"}}");

    System.out.printf("Lost races: %d areas x %d simultaneous completions, twice: agree %s, approve %s%n",
        AREAS, CALLERS, agree, approve);
    for (var answers : List.of(agree, approve)) {
      assertThat(answers.get(204)).as("one winner per task").isEqualTo(AREAS);
      assertThat(answers.keySet()).as("every other caller lost the race or found the task gone").isSubsetOf(204, 404, 409);
    }
    assertThat(evidenceEntries() - evidenceBefore).as("one evidence entry per approval").isEqualTo(AREAS);
    for (var area = 1; area <= AREAS; area++) {
      var key = PLAN_ID + "/area-" + area;
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key)
          .taskDefinitionKey("Task_ApproveDeliveryPlan").count()).as("area %d moved on once", area).isEqualTo(1);
    }
  }

  /** Every caller completes the same task of each area at once; the answers counted by status. */
  private Map<Integer, Integer> race(String taskKey, String variables) throws Exception {
    var tasks = new ArrayList<Task>();
    for (var area = 1; area <= AREAS; area++) {
      var task = taskService.createTaskQuery().processInstanceBusinessKey(PLAN_ID + "/area-" + area)
          .taskDefinitionKey(taskKey).singleResult();
      assertThat(task).as("%s of area %d", taskKey, area).isNotNull();
      tasks.add(task);
    }
    var answers = new ConcurrentHashMap<Integer, Integer>();
    var bodies = new ConcurrentHashMap<Integer, String>();
    var pool = Executors.newFixedThreadPool(CALLERS);
    try {
      for (var task : tasks) {
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Future<HttpResponse<String>>>();
        for (var caller = 0; caller < CALLERS; caller++) {
          calls.add(pool.submit(() -> {
            start.await();
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + task.getId() + "/complete"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":" + variables + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
          }));
        }
        start.countDown();
        for (var call : calls) {
          var response = call.get();
          answers.merge(response.statusCode(), 1, Integer::sum);
          bodies.putIfAbsent(response.statusCode(), response.body());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (answers.containsKey(409)) {
      assertThat(bodies.get(409)).contains(EngineFailures.LOST_RACE);
    }
    assertThat(answers.keySet()).as("answers %s, e.g. %s", answers, bodies).doesNotContain(500);
    return new TreeMap<>(answers);
  }

  private long evidenceEntries() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class);
  }
}
