package uk.oic.actionplan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the packaged jar, started as production starts it ({@code java -jar}, the {@code prod}
 * profile configured through the environment), in its own JVM with a small heap, its output in a log
 * file. {@link #kill()} is {@code kill -9}: the JVM gets no chance to finish anything.
 */
public final class Node implements AutoCloseable {

  public static final String ADMIN = "oic-admin";
  public static final String ADMIN_PASSWORD = "correct-horse-battery";

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;
  private final Instant startedAt;
  private Instant readyAt;

  private Node(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
    this.startedAt = Instant.now();
  }

  /** Starts the packaged jar on the schema, with the settings a production node gets. */
  public static Node start(String name, Path workDir, String schema, Map<String, String> extraEnvironment) {
    var jar = Path.of(System.getProperty("oic.packagedJar", "target/oic-action-plan-0.1.0-SNAPSHOT.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException("No packaged jar at " + jar.toAbsolutePath() + ": run ./mvnw verify");
    }
    int port = freePort();
    var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // two JVMs share a small machine in CI: small heaps, one GC thread, quick start
        "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
        "-jar", jar.toAbsolutePath().toString(),
        "--server.port=" + port,
        // the engine looks for its tables in this schema only, not in other runs' schemas
        "--camunda.bpm.database.schema-name=" + schema,
        "--camunda.bpm.database.table-prefix=" + schema + "."));
    var log = workDir.resolve(name + ".log");
    var builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    var environment = builder.environment();
    environment.put("SPRING_PROFILES_ACTIVE", "prod");
    environment.put("OIC_DATABASE_URL", TestPostgres.url(schema));
    environment.put("OIC_DATABASE_USER", TestPostgres.USER);
    environment.put("OIC_DATABASE_PASSWORD", TestPostgres.PASSWORD);
    environment.put("OIC_ADMIN_ID", ADMIN);
    environment.put("OIC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // a killed node's jobs go to the other node after 10 s rather than the production 2 minutes
    environment.put("OIC_JOB_LOCK_TIME_MILLIS", "10000");
    environment.putAll(extraEnvironment);
    try {
      return new Node(name, port, log, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node " + name, e);
    }
  }

  /** Waits until the node reports itself healthy (started and provisioned). */
  public Node awaitReady(Duration timeout) {
    var deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("Node " + name + " stopped while starting:\n" + logTail(80));
      }
      try {
        if (WebSession.anonymous(port).get("/actuator/health").statusCode() == 200) {
          readyAt = Instant.now();
          return this;
        }
      } catch (IllegalStateException notYetListening) {
        // the port is not open yet
      }
      pause(Duration.ofMillis(500));
    }
    throw new AssertionError("Node " + name + " not ready within " + timeout + ":\n" + logTail(80));
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Start to ready. */
  public Duration startTime() {
    return readyAt == null ? null : Duration.between(startedAt, readyAt);
  }

  /** The administrator over HTTP Basic. */
  public WebSession admin() {
    return WebSession.basic(port, ADMIN, ADMIN_PASSWORD);
  }

  /** {@code kill -9} of the node's JVM. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String logTail(int lines) {
    var all = log().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
    waitForExit();
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
