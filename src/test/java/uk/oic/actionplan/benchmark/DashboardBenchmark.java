package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.oic.actionplan.ActionPlanApplication;
import uk.oic.actionplan.identity.DemoUsers;
import uk.oic.actionplan.plan.ActionPlanVariables;
import uk.oic.actionplan.support.TestPostgres;
import uk.oic.actionplan.support.WebSession;

/**
 * How long the dashboard ({@code GET /}) and the plans API ({@code GET /api/plans}) take for the PCC
 * (who reads every plan) with one plan and no history, and with 43 forces' plans and ten years of
 * activity ({@link PlanDataGenerator}), on H2 (a file database, as the embedded demo) and on PostgreSQL
 * (a fresh schema of the test database; skipped when it is not reachable). Prints its figures, one
 * line each, and checks nothing but that the pages answer; not part of {@code ./mvnw verify}:
 *
 * <pre>
 * ./mvnw -o test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.plans=43 -Dbench.years=10 -Dbench.requests=50 -Dbench.budget-seconds=120]
 * </pre>
 *
 * ({@code -Dtest=DashboardBenchmark#h2} for one database.) The target: a p95 of at most 1 s at full
 * size, and at most twice the one-plan figure.
 *
 * <p>The application runs in this JVM ({@link SpringApplicationBuilder}, the real main class, a
 * random port, the embedded demo's profile and people), so the generator can write through the
 * product's own beans and move the engine clock; the pages are then read over HTTP with a logged-in
 * session, as a browser does. The job executor is off: the plans' deadlines lie in the past, and
 * the timers it would fire meanwhile are not what is measured. Each figure stops early after its
 * time budget ({@code bench.budget-seconds}, default 120; a quarter of it for the warm-up of
 * {@code bench.warm-up}, default 20, requests) and says how many requests it timed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBenchmark {

  private static final int PLANS = Integer.getInteger("bench.plans", 43);
  private static final int YEARS = Integer.getInteger("bench.years", 10);
  private static final int REQUESTS = Integer.getInteger("bench.requests", 50);
  private static final int WARM_UP = Integer.getInteger("bench.warm-up", 20);
  private static final long BUDGET_NANOS = Long.getLong("bench.budget-seconds", 120) * 1_000_000_000L;
  /** The PCC: a member of every plan's groups, with the history of every area to read. */
  private static final String READER = "pcc";
  private static final List<String> PAGES = List.of("/", "/api/plans");

  private record Scale(int plans, int years) {
    String label() {
      return plans + "x" + years;
    }
  }

  private record Figure(long p50Millis, long p95Millis, int n) {}

  /** The PostgreSQL schemas this run created, dropped when it ends. */
  private final List<String> schemas = new ArrayList<>();

  @Test
  @Order(1)
  void h2() throws IOException {
    run("h2", directory -> List.of(
        "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/oic-action-plan").toAbsolutePath()
            + ";DB_CLOSE_ON_EXIT=FALSE",
        "--spring.datasource.username=sa",
        "--spring.datasource.password="));
  }

  @Test
  @Order(2)
  void postgres() throws IOException {
    run("postgresql", directory -> {
      var schema = TestPostgres.createSchema("dashboard_bench");
      schemas.add(schema);
      return List.of(
          "--spring.datasource.url=" + TestPostgres.url(schema),
          "--spring.datasource.username=" + TestPostgres.USER,
          "--spring.datasource.password=" + TestPostgres.PASSWORD,
          // the engine looks for its tables in this schema only, not in other runs' schemas
          "--camunda.bpm.database.schema-name=" + schema,
          "--camunda.bpm.database.table-prefix=" + schema + ".");
    });
  }

  private interface Database {
    List<String> arguments(Path directory);
  }

  private void run(String db, Database database) throws IOException {
    var results = new LinkedHashMap<Scale, Map<String, Figure>>();
    try {
      for (var scale : List.of(new Scale(1, 0), new Scale(PLANS, YEARS))) {
        results.put(scale, measure(db, scale, database));
      }
    } finally {
      schemas.forEach(TestPostgres::dropSchema);
      schemas.clear();
    }
    var one = results.get(new Scale(1, 0));
    var full = results.get(new Scale(PLANS, YEARS));
    for (var page : PAGES) {
      double ratio = (double) full.get(page).p95Millis() / Math.max(1, one.get(page).p95Millis());
      boolean met = full.get(page).p95Millis() <= 1000 && ratio <= 2.0;
      System.out.printf(Locale.UK, "DASHBOARD-SUMMARY db=%s page=%s p95(%s)=%dms p95(1x0)=%dms ratio=%.1f target=%s%n",
          db, page, new Scale(PLANS, YEARS).label(), full.get(page).p95Millis(), one.get(page).p95Millis(), ratio,
          met ? "met" : "NOT-MET");
    }
  }

  private Map<String, Figure> measure(String db, Scale scale, Database database) throws IOException {
    var directory = Files.createTempDirectory("oic-dashboard-bench-");
    try {
      var firstDay = scale.years() == 0 ? null : PlanDataGenerator.firstDay(scale.years());
      var plans = PlanDataGenerator.writePlans(directory.resolve("plans"), scale.plans(), firstDay);
      var arguments = new ArrayList<>(database.arguments(directory));
      arguments.addAll(List.of(
          "--server.port=0",
          "--oic.plans.locations=" + plans,
          "--oic.plans.start-on-first-start=true",
          "--oic.evidence.key-file=" + directory.resolve("evidence.key").toAbsolutePath(),
          "--oic.evidence.generate-key=true",
          "--oic.evidence.witness-file=" + witnessFile(directory),
          "--camunda.bpm.job-execution.enabled=false",
          "--logging.level.root=WARN"));
      long starting = System.nanoTime();
      try (var app = new SpringApplicationBuilder(ActionPlanApplication.class).run(arguments.toArray(String[]::new))) {
        System.out.printf(Locale.UK, "DASHBOARD-START db=%s plans=%d years=%d started=%ds%n", db, scale.plans(),
            scale.years(), Math.round((System.nanoTime() - starting) / 1e9));
        assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery()
            .processDefinitionKey(ActionPlanVariables.PROCESS_KEY).count()).isEqualTo(scale.plans());
        if (scale.years() > 0) {
          var counts = new PlanDataGenerator(app).fill(scale.years());
          System.out.printf(Locale.UK, "DASHBOARD-GENERATION db=%s plans=%d years=%d seconds=%d updates=%d evidence=%d"
                  + " reminders=%d escalations=%d open=%d steps=%d figures=%d signOffs=%d assuranceDecisions=%d"
                  + " discharges=%d reopened=%d%n", db, scale.plans(),
              scale.years(), counts.took().toSeconds(), counts.updates(), counts.evidence(), counts.reminders(),
              counts.escalations(), counts.openEscalations(), counts.steps(), counts.figures(), counts.signOffs(),
              counts.decisions(), counts.discharges(), counts.reopenings());
        }
        printRows(db, scale, app);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        var session = WebSession.login(port, READER, DemoUsers.PASSWORD);
        var figures = new LinkedHashMap<String, Figure>();
        for (var page : PAGES) {
          var figure = time(session, page, scale);
          figures.put(page, figure);
          System.out.printf(Locale.UK, "DASHBOARD db=%s plans=%d years=%d page=%s p50=%dms p95=%dms n=%d%n", db,
              scale.plans(), scale.years(), page, figure.p50Millis(), figure.p95Millis(), figure.n());
        }
        return figures;
      }
    } finally {
      delete(directory);
      Files.deleteIfExists(witnessFile(directory));
    }
  }

  /**
   * In memory where the machine has it: the witness forces every append's line to disk, which would
   * make generating years of evidence take hours; reading it is the same from either.
   */
  private static Path witnessFile(Path directory) {
    var memory = Path.of("/dev/shm");
    return (Files.isDirectory(memory) && Files.isWritable(memory) ? memory : directory)
        .resolve(directory.getFileName() + "-evidence-witness.log").toAbsolutePath();
  }

  private static void printRows(String db, Scale scale, ConfigurableApplicationContext app) {
    var jdbc = app.getBean(JdbcTemplate.class);
    var history = app.getBean(HistoryService.class);
    System.out.printf(Locale.UK, "DASHBOARD-ROWS db=%s plans=%d years=%d evidence=%d escalations=%d escalationSteps=%d"
            + " processInstances=%d historicVariableUpdates=%d readModel[updates=%d figures=%d signOffs=%d openTasks=%d]"
            + " assurance[decisions=%d discharges=%d]%n",
        db, scale.plans(), scale.years(),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_escalation_log", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_escalation_step", Long.class),
        history.createHistoricProcessInstanceQuery().count(),
        history.createHistoricDetailQuery().variableUpdates().count(),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_area_update", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_area_figures", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_area_sign_off", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_open_task", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_assurance_state", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM oic_discharge", Long.class));
  }

  /** Warms up, then times up to {@link #REQUESTS} requests of the page within the time budget. */
  private static Figure time(WebSession session, String page, Scale scale) {
    var accept = page.startsWith("/api/") ? "application/json" : "text/html";
    long started = System.nanoTime();
    for (int i = 0; i < WARM_UP && (i == 0 || System.nanoTime() - started < BUDGET_NANOS / 4); i++) {
      check(session.get(page, accept), page, scale);
    }
    var millis = new ArrayList<Long>();
    started = System.nanoTime();
    while (millis.size() < REQUESTS && (millis.isEmpty() || System.nanoTime() - started < BUDGET_NANOS)) {
      long before = System.nanoTime();
      var response = session.get(page, accept);
      millis.add((System.nanoTime() - before) / 1_000_000);
      check(response, page, scale);
    }
    millis.sort(Comparator.naturalOrder());
    return new Figure(percentile(millis, 50), percentile(millis, 95), millis.size());
  }

  /** The page answered for the reader, with the first and the last plan on it. */
  private static void check(java.net.http.HttpResponse<String> response, String page, Scale scale) {
    assertThat(response.statusCode()).as(page).isEqualTo(200);
    assertThat(response.body()).as(page)
        .contains(PlanDataGenerator.planId(0), PlanDataGenerator.planId(scale.plans() - 1));
  }

  /** Nearest rank. */
  static long percentile(List<Long> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static void delete(Path directory) {
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
