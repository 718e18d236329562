package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.oic.actionplan.ActionPlanApplication;
import uk.oic.actionplan.support.WebSession;

/**
 * The embedded default on its first start, with the default plan started and the real job executor:
 * Rec 4's area deadline (31 December 2025), months past when the plan starts, is raised straight at
 * the top of the chain and flagged for the PCC, its lower levels recorded as skipped; and no item
 * already past its due date when it started is reminded.
 */
class FreshStartEscalationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AREA_4_OWNERS = "area-4-owners";

  @TempDir
  Path dataDir;

  @Test
  void recFourIsFlaggedForThePccAtOnceOnAFreshStart() {
    var started = Instant.now();
    try (var app = start()) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      // found by type and owner, not by name: the area models may name their items differently
      var escalation = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
          .until(() -> areaDeadlineEscalation(port), found -> found.isPresent()
              && found.get().path("flaggedForPcc").asBoolean()
              && steps(found.get()).contains("FLAGGED_FOR_PCC"))
          .orElseThrow();
      var took = Duration.between(started, Instant.now());
      System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
          "Rec 4's area deadline flagged for the PCC " + took.toMillis() + " ms after the start began");

      assertThat(escalation.path("level").asInt()).isEqualTo(4);
      assertThat(escalation.path("levelCount").asInt()).isEqualTo(4);
      assertThat(escalation.path("levelGroup").asText()).isEqualTo("opcc-staff");
      assertThat(escalation.path("originalDueDate").asText()).isEqualTo("2026-01-01T00:00:00Z");
      var steps = new ArrayList<String>();
      escalation.path("steps").forEach(s -> steps.add(s.path("step").asText() + " " + s.path("level").asInt() + " "
          + s.path("groupId").asText()));
      assertThat(steps).containsExactly("LEVEL_SKIPPED 1 " + AREA_4_OWNERS, "LEVEL_SKIPPED 2 oic-strategic-lead",
          "LEVEL_SKIPPED 3 chief-officers", "ESCALATED 4 opcc-staff", "FLAGGED_FOR_PCC 4 opcc-staff");
      assertThat(escalation.path("steps").get(0).path("detail").asText())
          .matches("Already \\d+ working days late when raised: level 1 \\(area-4-owners\\) passed on 15 January 2026");

      // the area's deadline reminder was due long ago: skipped, not sent
      var log = app.getBean(EscalationLog.class);
      await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> reminders(log).stream()
          .anyMatch(r -> r.itemType().equals("AREA_DEADLINE") && r.ownerGroup().equals(AREA_4_OWNERS)
              && r.status().equals(EscalationService.STATUS_SKIPPED)));
      var history = app.getBean(HistoryService.class);
      var pastDue = reminders(log).stream().filter(r -> {
        var source = history.createHistoricProcessInstanceQuery().processInstanceId(r.sourceProcessInstanceId()).singleResult();
        return source != null && !r.originalDueDate().toInstant().isAfter(source.getStartTime().toInstant());
      }).toList();
      assertThat(pastDue).isNotEmpty();
      assertThat(pastDue).allSatisfy(r -> assertThat(r.status()).as(r.itemName()).isEqualTo(EscalationService.STATUS_SKIPPED));
    }
  }

  private static Optional<JsonNode> areaDeadlineEscalation(int port) throws Exception {
    var response = WebSession.basic(port, "opcc.officer", "demo").get("/api/escalations?open=true&kind=ESCALATION&size=100");
    assertThat(response.statusCode()).isEqualTo(200);
    for (var entry : JSON.readTree(response.body()).path("content")) {
      if ("AREA_DEADLINE".equals(entry.path("itemType").asText()) && AREA_4_OWNERS.equals(entry.path("ownerGroup").asText())) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  private static List<String> steps(JsonNode escalation) {
    var steps = new ArrayList<String>();
    escalation.path("steps").forEach(s -> steps.add(s.path("step").asText()));
    return steps;
  }

  private static List<EscalationLog.Entry> reminders(EscalationLog log) {
    return log.search(new EscalationLog.Filter(null, null, null, EscalationLog.REMINDER), 0, 1000).content();
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ActionPlanApplication.class)
        .profiles("demo")
        .run("--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("oic") + ";DB_CLOSE_ON_EXIT=FALSE",
            "--camunda.bpm.job-execution.enabled=true",
            // the default: the embedded plan starts on the first start
            "--oic.plans.start-on-first-start=true",
            // the register's key beside this test's database, not in the project's ./data
            "--oic.evidence.key-file=" + dataDir.resolve("evidence.key"),
            "--oic.evidence.witness-file=" + dataDir.resolve("evidence-witness.log"));
  }
}
