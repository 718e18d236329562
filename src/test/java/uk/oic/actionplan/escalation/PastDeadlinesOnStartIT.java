package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.oic.actionplan.ActionPlanApplication;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.support.WebSession;

/**
 * The embedded default with the real job executor and its tuning: an item whose due date passed
 * while the application was down (as Rec 4's 31 December 2025) escalates as soon as it starts, and
 * is in Tasklist and the escalation log within the bound the README states (months late, at the top of
 * the chain and flagged for the PCC's accountability meeting).
 */
class PastDeadlinesOnStartIT {

  @TempDir
  Path dataDir;

  @Test
  void overdueItemsEscalateAtOnceOnStart() {
    String itemId;
    try (var first = start(false)) {
      first.getBean(RepositoryService.class).createDeployment()
          .addClasspathResource("escalation/oic-test-dated-item.bpmn").deploy();
      var schedule = first.getBean(DeadlineSchedule.class);
      itemId = first.getBean(RuntimeService.class).startProcessInstanceByKey("oic-test-dated-item", Map.of(
          "planId", "hiow-oic-2025", "itemTitle", "Intelligence collection plan (Rec 4)",
          "ownerGroup", "area-4-owners", "itemDue", schedule.endOf(LocalDate.of(2025, 12, 31)))).getId();
    }

    var started = Instant.now();
    try (var second = start(true)) {
      var tasks = second.getBean(TaskService.class);
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
          tasks.createTaskQuery().processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY)
              .taskDefinitionKey("Task_DiscussAtAccountabilityMeeting").taskCandidateGroup("pcc").count() == 1);
      var took = Duration.between(started, Instant.now());
      System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
          "Overdue item escalated " + took.toMillis() + " ms after the start began");

      var task = tasks.createTaskQuery().processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY).singleResult();
      // eleven months late: past the whole chain, so flagged for the PCC's accountability meeting at once
      assertThat(task.getName()).isEqualTo("Discuss at accountability meeting: Submit progress update: Intelligence collection plan (Rec 4)");
      int port = ((WebServerApplicationContext) second).getWebServer().getPort();
      var response = WebSession.basic(port, "area4.owner", "demo").get("/api/escalations?open=true&kind=ESCALATION");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains(itemId, "\"ownerGroup\":\"area-4-owners\"", "\"levelGroup\":\"opcc-staff\"", "\"flaggedForPcc\":true", "\"originalDueDate\":\"2026-01-01T00:00:00Z\"");
      // the reminder of an item already past due is skipped, not sent
      await().atMost(Duration.ofSeconds(30)).until(() ->
          WebSession.basic(port, "area4.owner", "demo").get("/api/escalations?kind=REMINDER").body()
              .contains("\"status\":\"SKIPPED\""));
    }
  }

  private ConfigurableApplicationContext start(boolean jobExecutor) {
    return new SpringApplicationBuilder(ActionPlanApplication.class)
        .profiles("demo")
        .run("--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("oic") + ";DB_CLOSE_ON_EXIT=FALSE",
            "--camunda.bpm.job-execution.enabled=" + jobExecutor,
            // this test's own dated item only; the default plan's start is checked by PackagedJarIT
            "--oic.plans.start-on-first-start=false",
            // the register's key beside this test's database, not in the project's ./data
            "--oic.evidence.key-file=" + dataDir.resolve("evidence.key"),
            "--oic.evidence.witness-file=" + dataDir.resolve("evidence-witness.log"));
  }
}
