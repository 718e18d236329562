package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B5: what the product's history costs, and whether Camunda's history cleanup keeps pace with it.
 * The workload is {@link ProgressUpdateWorkload}: progress updates ({@code oic-progress-update})
 * started, submitted with valid values, accepted and recorded as evidence, in process, one after the
 * other.
 *
 * <ul>
 *   <li>{@code B5 history-level}: the product's model on the bare starter application
 *       ({@link BenchApps#bare}, the model's beans stubbed) at the product's history level (full)
 *       against history level none. The product
 *       itself cannot run below full (it reads the engine's variable-update details and refuses to
 *       start below full), so this is the one comparison with none there is.
 *   <li>{@code B5 history-level-product}: the product (full, its lowest supported level) on the same
 *       workload, against the same bare figures.
 *   <li>{@code B5 history-level-none}: the product started at history level none refuses to start,
 *       and says why.
 *   <li>{@code B5 cleanup-vs-ingest}: in the same product run, with its own job executor and
 *       history cleanup settings; the progress update's history time to live set to 0 days before
 *       the first instance (removal-time strategy "end": each instance's history is due for removal
 *       as it ends). Ingest is the product's rate above (finished instances per second); after it,
 *       at least {@code bench.cleanup-instances} (600; quick 100) instances in all, then
 *       {@code historyService.cleanUpHistoryAsync(true)} and the time until no history row with a
 *       removal time is left (cleanup: removed instances per second). The product's own tables
 *       (evidence register, read model) are counted before and after: cleanup does not touch them.
 * </ul>
 *
 * <p>The three applications run side by side in this JVM, each on its own fresh store; after
 * {@code bench.history-warm-up} (100; quick 15) updates each, they run in turn for slices of
 * {@code bench.history-slice-millis} (1000; quick 500), the order rotating, until each has run for
 * {@code bench.history-seconds} (30; quick 6), so that the load of the machine weighs on each alike. Asserts only that every update ran to its
 * end, that the product recorded one evidence entry per update, and that cleanup removed everything
 * due and nothing of the product's own.
 *
 * <pre>
 * ./mvnw -o -q -Pbenchmarks verify -Dtest=HistoryLevelBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbenchmarks.quick=true] [-Dbench.databases=h2]
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistoryLevelBenchmark {

  private static final int WARM_UP = Bench.size("history-warm-up", 100, 15);
  private static final Duration MEASURE = Duration.ofSeconds(Bench.size("history-seconds", 30, 6));
  private static final Duration SLICE = Duration.ofMillis(Bench.size("history-slice-millis", 1000, 500));
  private static final int CLEANUP_INSTANCES = Bench.size("cleanup-instances", 600, 100);
  private static final Duration CLEANUP_LIMIT = Duration.ofMinutes(Bench.size("cleanup-limit-minutes", 15, 2));
  /** The engine's history tables with a removal time, as the removal-time cleanup deletes from them. */
  private static final List<String> HISTORY_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG", "ACT_HI_INCIDENT",
      "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_GE_BYTEARRAY");
  /** The product's own tables the workload writes to. */
  private static final List<String> PRODUCT_TABLES = List.of("oic_evidence_entry", "oic_area_update",
      "oic_read_model");

  private static final String[] PRODUCT_ARGUMENTS = {
      // the demo plan's own instances and timers are not what is measured; its file is still read
      "--oic.plans.start-on-first-start=false",
      "--oic.evidence.verify-scheduled=false"};

  @Test
  @Order(1)
  void productRefusesHistoryLevelNone() {
    var database = Bench.databases().get(0);
    try (var store = database.open("b5none")) {
      assertThatThrownBy(() -> BenchApps.product(store, "--camunda.bpm.history-level=none",
          "--camunda.bpm.job-execution.enabled=false", PRODUCT_ARGUMENTS[0], PRODUCT_ARGUMENTS[1]).close())
          .satisfies(refused -> Bench.figure("B5", "history-level-none", "db", database.label(),
              "product", "refuses-to-start", "reason", rootMessage(refused)))
          .hasStackTraceContaining("history level");
    }
  }

  @Test
  @Order(2)
  void historyLevelAndCleanup() {
    for (var database : Bench.databases()) {
      historyLevelAndCleanup(database);
    }
  }

  private void historyLevelAndCleanup(BenchDatabase database) {
    // the three run side by side, their measurements interleaved, so that the machine's load weighs on each alike
    try (var noneStore = database.open("b5barenone"); var bareNone = bare(noneStore, "none");
        var fullStore = database.open("b5barefull"); var bareFull = bare(fullStore, "full");
        var store = database.open("b5product"); var app = BenchApps.product(store, PRODUCT_ARGUMENTS)) {
      assertThat(level(app)).isEqualTo("full");
      var repository = app.getBean(RepositoryService.class);
      var history = app.getBean(HistoryService.class);
      var jdbc = app.getBean(JdbcTemplate.class);
      var configuration = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
          .getProcessEngineConfiguration();
      // every update's history is due for removal as it ends (removal-time strategy "end")
      var definition = repository.createProcessDefinitionQuery()
          .processDefinitionKey(ProgressUpdateWorkload.PROCESS_KEY).latestVersion().singleResult();
      String productTtl = String.valueOf(definition.getHistoryTimeToLive());
      repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), 0);
      long evidence = count(jdbc, "oic_evidence_entry");

      var results = measure(List.of(bareNone, bareFull, app));
      double none = results.get(0).rate();
      double full = results.get(1).rate();
      double product = results.get(2).rate();
      int instances = results.get(2).instances();
      if (instances < CLEANUP_INSTANCES) {
        new ProgressUpdateWorkload(app).run(CLEANUP_INSTANCES - instances);
        instances = CLEANUP_INSTANCES;
      }
      assertThat(count(jdbc, "oic_evidence_entry") - evidence).as("one evidence entry per accepted update")
          .isEqualTo(instances);
      double ratio = full / none;
      Bench.figure("B5", "history-level", "db", database.label(), "ratio", ratio, "level", "full",
          "ours", perSecond(full), "none", perSecond(none), "model", ProgressUpdateWorkload.PROCESS_KEY,
          "app", "bare-stubbed", "target", Bench.target(ratio >= 0.5));
      double productRatio = product / none;
      Bench.figure("B5", "history-level-product", "db", database.label(), "ratio", productRatio, "level", "full",
          "lowest-supported", "full", "product", perSecond(product), "bare-full", perSecond(full),
          "bare-none", perSecond(none), "target", Bench.target(productRatio >= 0.5));

      assertThat(history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProgressUpdateWorkload.PROCESS_KEY).finished().count()).isEqualTo(instances);
      long rows = removable(jdbc);
      // where the history rows are: what a lower or custom history level would save
      var perTable = new StringBuilder();
      for (var table : HISTORY_TABLES) {
        long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE REMOVAL_TIME_ IS NOT NULL", Long.class);
        if (n > 0) {
          perTable.append(' ').append(table).append('=').append(String.format(Locale.UK, "%.1f", n / (double) instances));
        }
      }
      System.out.printf(Locale.UK, "B5-ROWS db=%s history-rows-per-instance=%.1f%s%n", database.label(),
          rows / (double) instances, perTable);
      var productRows = PRODUCT_TABLES.stream().map(table -> count(jdbc, table)).toList();
      long started = System.nanoTime();
      history.cleanUpHistoryAsync(true);
      long left;
      while ((left = removable(jdbc)) > 0 && System.nanoTime() - started < CLEANUP_LIMIT.toNanos()) {
        sleep(50);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long removed = instances - history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProgressUpdateWorkload.PROCESS_KEY).count();
      double cleanup = removed / seconds;
      var productRowsAfter = PRODUCT_TABLES.stream().map(table -> count(jdbc, table)).toList();
      double cleanupRatio = cleanup / product;
      Bench.figure("B5", "cleanup-vs-ingest", "db", database.label(), "ratio", cleanupRatio,
          "ingest", perSecond(product), "cleanup", perSecond(cleanup), "instances", instances, "history-rows", rows,
          "left", left, "seconds", seconds, "batch", configuration.getHistoryCleanupBatchSize(),
          "parallelism", configuration.getHistoryCleanupDegreeOfParallelism(), "product-ttl-days", productTtl,
          "product-rows-kept", productRows.equals(productRowsAfter),
          "target", Bench.target(left == 0 && cleanupRatio >= 3));
      assertThat(left).as("history rows due for removal left after %s", CLEANUP_LIMIT).isZero();
      assertThat(productRowsAfter).as("the product's own tables %s", PRODUCT_TABLES).isEqualTo(productRows);
    }
  }

  /** The bare application at this history level, the progress update deployed, its beans stubbed. */
  private static ConfigurableApplicationContext bare(BenchDatabase.Store store, String level) {
    var app = BenchApps.bare(store, "--camunda.bpm.history-level=" + level,
        "--camunda.bpm.job-execution.enabled=false",
        // one engine name per application in this JVM (the product's is "default")
        "--camunda.bpm.process-engine-name=bare" + level);
    assertThat(level(app)).isEqualTo(level);
    ProgressUpdateWorkload.stubBeansOnBare(app);
    ProgressUpdateWorkload.deployOnBare(app);
    return app;
  }

  private record Result(int instances, double rate) {}

  /**
   * Warms each application up, then runs them in turn for {@link #SLICE} each, the order rotating,
   * until each has run for {@link #MEASURE}; gives each one's rate over its own slices.
   */
  private static List<Result> measure(List<ConfigurableApplicationContext> apps) {
    var workloads = apps.stream().map(ProgressUpdateWorkload::new).toList();
    workloads.forEach(workload -> workload.run(WARM_UP));
    int[] done = new int[apps.size()];
    long[] nanos = new long[apps.size()];
    long rounds = Math.max(1, MEASURE.toNanos() / SLICE.toNanos());
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < apps.size(); k++) {
        int i = (round + k) % apps.size();
        long started = System.nanoTime();
        done[i] += workloads.get(i).runFor(SLICE);
        nanos[i] += System.nanoTime() - started;
      }
    }
    var results = new java.util.ArrayList<Result>();
    for (int i = 0; i < apps.size(); i++) {
      assertThat(workloads.get(i).running()).as("every update ran to its end").isZero();
      results.add(new Result(WARM_UP + done[i], done[i] / (nanos[i] / 1e9)));
    }
    return results;
  }

  /** History rows that carry a removal time (ended instances' history; the cleanup's work). */
  private static long removable(JdbcTemplate jdbc) {
    long rows = 0;
    for (var table : HISTORY_TABLES) {
      rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE REMOVAL_TIME_ IS NOT NULL", Long.class);
    }
    return rows;
  }

  private static long count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  private static String level(ConfigurableApplicationContext app) {
    return ((ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getHistoryLevel().getName();
  }

  private static String perSecond(double rate) {
    return String.format(Locale.UK, "%.1f/s", rate);
  }

  private static String rootMessage(Throwable failure) {
    var cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    var message = String.valueOf(cause.getMessage());
    return message.length() > 160 ? message.substring(0, 160) : message;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
