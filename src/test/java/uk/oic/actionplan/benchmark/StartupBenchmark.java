package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.ActionPlanApplication;
import uk.oic.bareengine.BareCamundaApplication;

/**
 * STARTUP: the product's time to ready against the bare Camunda starter application
 * ({@link BareCamundaApplication}) with the same engine and database. Each start is a fresh JVM
 * ({@code java -cp} with this test run's class path, the same JVM options for both), timed from
 * starting the process to the first {@code 200} of {@code GET /actuator/health/readiness} (polled
 * every 50 ms; the bare application's actuator exposes it by argument, behind Spring Boot's default
 * security with a user given by argument). Per database and run: a fresh store, the first start
 * on it (the product creates its tables, migrates, provisions groups, grants and filters, starts the
 * demo plan; the bare application creates the engine's tables), a stop, and a restart on the
 * existing store. Product and bare alternate which goes first from run to run; the figure is the
 * median of {@code bench.startup-runs} runs (3; quick 1). Ratio = product / bare, target at most 1.3.
 * Asserts only that every start became ready.
 *
 * <pre>
 * ./mvnw -o -q -Pbenchmarks verify -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbenchmarks.quick=true] [-Dbench.databases=h2] [-Dbench.startup-runs=3]
 * </pre>
 */
class StartupBenchmark {

  private static final int RUNS = Bench.size("startup-runs", 3, 1);
  private static final Duration READY_LIMIT = Duration.ofSeconds(Bench.size("startup-limit-seconds", 180, 120));
  /** The same for both: what the JVM may use, so that neither gets more than the other. */
  private static final List<String> JVM_OPTIONS = List.of("-Xmx1g");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private enum App { PRODUCT, BARE }

  private enum Run { FIRST, RESTART }

  @Test
  void timeToReady() {
    for (var database : Bench.databases()) {
      timeToReady(database);
    }
  }

  private void timeToReady(BenchDatabase database) {
    var times = new java.util.EnumMap<App, java.util.EnumMap<Run, List<Long>>>(App.class);
    for (var app : App.values()) {
      times.put(app, new java.util.EnumMap<>(Run.class));
      for (var run : Run.values()) {
        times.get(app).put(run, new ArrayList<>());
      }
    }
    for (int i = 0; i < RUNS; i++) {
      var order = i % 2 == 0 ? List.of(App.PRODUCT, App.BARE) : List.of(App.BARE, App.PRODUCT);
      for (var app : order) {
        try (var store = database.open("startup" + app.name().toLowerCase(Locale.ROOT))) {
          for (var run : Run.values()) {
            long millis = start(app, store);
            times.get(app).get(run).add(millis);
            System.out.printf(Locale.UK, "STARTUP-RUN db=%s app=%s run=%s ready=%dms%n", database.label(),
                app.name().toLowerCase(Locale.ROOT), run.name().toLowerCase(Locale.ROOT), millis);
          }
        }
      }
    }
    for (var run : Run.values()) {
      double product = median(times.get(App.PRODUCT).get(run)) / 1000.0;
      double bare = median(times.get(App.BARE).get(run)) / 1000.0;
      double ratio = product / bare;
      Bench.figure("STARTUP", "time-to-ready", "db", database.label(), "run", run.name().toLowerCase(Locale.ROOT),
          "ratio", ratio, "product", String.format(Locale.UK, "%.1fs", product),
          "bare", String.format(Locale.UK, "%.1fs", bare), "runs", RUNS, "target", Bench.target(ratio <= 1.3));
    }
  }

  /** Starts the application in a new JVM on the store, waits until it is ready, stops it; gives the milliseconds to ready. */
  private static long start(App app, BenchDatabase.Store store) {
    int port = freePort();
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(classPath());
    if (app == App.PRODUCT) {
      command.add(ActionPlanApplication.class.getName());
      command.addAll(store.springArguments());
      command.addAll(List.of(
          "--server.port=" + port,
          "--oic.evidence.key-file=" + store.directory().resolve("evidence.key").toAbsolutePath(),
          "--oic.evidence.generate-key=true",
          "--oic.evidence.witness-file=" + BenchApps.witnessFile(store.directory()),
          "--logging.level.root=WARN"));
    } else {
      command.add(BareCamundaMain.class.getName());
      command.addAll(store.springArguments());
      BareCamundaApplication.arguments().stream().filter(argument -> !argument.startsWith("--server.port="))
          .forEach(command::add);
      command.addAll(List.of(
          "--server.port=" + port,
          "--management.endpoints.web.exposure.include=health",
          "--management.endpoint.health.probes.enabled=true",
          "--spring.security.user.name=bare",
          "--spring.security.user.password=bare"));
    }
    var log = store.directory().resolve(app.name().toLowerCase(Locale.ROOT) + "-" + port + ".log");
    Process process;
    long started = System.nanoTime();
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
          .timeout(Duration.ofSeconds(2)).GET();
      if (app == App.BARE) {
        // Spring Boot's default security guards the bare application's actuator too; the product lets health through
        builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bare:bare".getBytes(
            StandardCharsets.UTF_8)));
      }
      var request = builder.build();
      int lastStatus = 0;
      while (true) {
        long elapsed = System.nanoTime() - started;
        if (!process.isAlive() || elapsed > READY_LIMIT.toNanos()) {
          throw new AssertionError(app + " did not become ready in " + READY_LIMIT + " (alive=" + process.isAlive()
              + ", last status " + lastStatus + "); its output:\n" + tail(log));
        }
        try {
          var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
          lastStatus = response.statusCode();
          if (lastStatus == 200) {
            assertThat(response.body()).contains("UP");
            return (System.nanoTime() - started) / 1_000_000;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      stop(process);
    }
  }

  /** Stops the JVM as an operator does (SIGTERM, a graceful shutdown), so the database is closed before the restart. */
  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * This test run's class path: surefire's full test class path where it gives one, else the JVM's
   * (a manifest-only booter jar's Class-Path serves a child JVM as well).
   */
  private static String classPath() {
    var surefire = System.getProperty("surefire.test.class.path");
    var path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    // each entry once: a folder listed twice would deploy every model twice
    return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
        .distinct()
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long median(List<Long> values) {
    var sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  private static String tail(Path log) {
    try {
      var lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
