package uk.oic.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.oic.actionplan.support.WebSession;

/**
 * Starts the packaged jar the way production does ({@code java -jar}) and proves that it deploys
 * every model and form in processes/ (a process application scanning the classpath does not).
 */
class PackagedJarIT {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path workDir;

  private Process application;

  @AfterEach
  void stop() throws InterruptedException {
    if (application != null) {
      application.destroy();
      application.waitFor();
    }
  }

  /**
   * One start of the packaged jar on a fresh database, as a newcomer gets it: every model and form
   * deployed, the default plan started with its nine areas and the assurance loop, work waiting in
   * Tasklist, and the deadline already past (Rec 4, 31 December 2025) escalated within a minute.
   */
  @Test
  void aFreshStartOfThePackagedJarDeploysEverythingAndStartsThePlan() throws Exception {
    var jar = Path.of(System.getProperty("oic.packagedJar", "target/oic-action-plan-0.1.0-SNAPSHOT.jar"));
    assertThat(jar).exists();
    var expected = filesIn(Path.of("processes"));
    assertThat(expected).as("models and forms in processes/").isNotEmpty();

    int port = freePort();
    application = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toAbsolutePath().toString(),
        "--server.port=" + port,
        "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("oic") + ";DB_CLOSE_ON_EXIT=FALSE")
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("application.log").toFile())
        .start();
    awaitHealthy(port);

    var admin = WebSession.basic(port, "demo", "demo");
    var deployed = new HashSet<String>();
    for (JsonNode deployment : JSON.readTree(admin.get("/engine-rest/deployment").body())) {
      for (JsonNode resource : JSON.readTree(admin.get("/engine-rest/deployment/" + deployment.get("id").asText() + "/resources").body())) {
        deployed.add(Path.of(resource.get("name").asText()).getFileName().toString());
      }
    }
    assertThat(deployed).containsAll(expected);

    var definitions = JSON.readTree(admin.get("/engine-rest/process-definition?latestVersion=true").body());
    var keys = new HashSet<String>();
    definitions.forEach(d -> keys.add(d.get("key").asText()));
    var expectedKeys = expected.stream().filter(f -> f.endsWith(".bpmn")).map(f -> f.replace(".bpmn", "")).toList();
    assertThat(keys).containsAll(expectedKeys);

    var plan = JSON.readTree(admin.get("/engine-rest/process-instance?processDefinitionKey=oic-action-plan").body());
    assertThat(plan).hasSize(1);
    assertThat(plan.get(0).get("businessKey").asText()).isEqualTo("hiow-oic-2025");
    var areaKeys = new HashSet<String>();
    for (JsonNode instance : JSON.readTree(admin.get("/engine-rest/process-instance?processDefinitionKey=oic-area").body())) {
      areaKeys.add(instance.get("businessKey").asText());
    }
    assertThat(areaKeys).hasSize(9).contains("hiow-oic-2025/area-1", "hiow-oic-2025/area-9");
    assertThat(JSON.readTree(admin.get("/engine-rest/process-instance?businessKey=hiow-oic-2025/assurance").body())).hasSize(1);

    var ownerTasks = JSON.readTree(WebSession.basic(port, "area1.owner", "demo").get("/engine-rest/task").body());
    assertThat(ownerTasks).isNotEmpty();
    ownerTasks.forEach(task -> assertThat(task.get("due").isNull()).as("due date of " + task.get("name")).isFalse());

    var deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode escalations = JSON.createArrayNode();
    while (Instant.now().isBefore(deadline) && !mentions(escalations, "area-4-owners")) {
      application.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
      escalations = JSON.readTree(WebSession.basic(port, "opcc.officer", "demo").get("/api/escalations?open=true").body());
    }
    assertThat(mentions(escalations, "area-4-owners"))
        .as("the past Rec 4 deadline escalated within a minute: " + escalations).isTrue();

    // the dashboard shows the live state of the default plan
    var dashboard = WebSession.login(port, "opcc.officer", "demo").get("/", "text/html");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    for (int area = 1; area <= 9; area++) {
      assertThat(dashboard.body()).as("area " + area + " on the dashboard").contains("id=\"area-" + area + "\"");
    }
    assertThat(dashboard.body()).contains("Rec 4: ", "Overdue", "Not yet requested")
        .doesNotContain("not part of this installation");
  }

  private static boolean mentions(JsonNode json, String text) {
    return json.toString().contains(text);
  }

  private void awaitHealthy(int port) throws IOException, InterruptedException {
    var deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!application.isAlive()) {
        throw new AssertionError("The application stopped:\n" + Files.readString(workDir.resolve("application.log")));
      }
      try {
        if (WebSession.anonymous(port).get("/actuator/health").statusCode() == 200) {
          return;
        }
      } catch (IllegalStateException notYetListening) {
        // the port is not open yet
      }
      Thread.onSpinWait();
      application.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("Not healthy within " + START_TIMEOUT + ":\n" + Files.readString(workDir.resolve("application.log")));
  }

  private static Set<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return new HashSet<>(files.map(p -> p.getFileName().toString())
          .filter(name -> List.of(".bpmn", ".form").stream().anyMatch(name::endsWith))
          .toList());
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
