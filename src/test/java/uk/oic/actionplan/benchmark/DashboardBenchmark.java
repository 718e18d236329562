package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.oic.actionplan.identity.DemoUsers;
import uk.oic.actionplan.plan.ActionPlanVariables;
import uk.oic.actionplan.support.WebSession;

/**
 * How long the dashboard ({@code GET /}) and the plans API ({@code GET /api/plans}) take for the PCC
 * (who reads every plan) with one plan and no history, and with 43 forces' plans and ten years of
 * activity ({@link PlanDataGenerator}), on H2 (a file database, as the embedded demo) and on PostgreSQL
 * (a fresh schema of the test database; skipped when it is not reachable). Prints its figures, one
 * line each, and checks nothing but that the pages answer; part of the benchmark suite, not of
 * {@code ./mvnw verify}:
 *
 * <pre>
 * ./mvnw -Pbenchmarks verify -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.plans=43 -Dbench.years=10 -Dbench.requests=50 -Dbench.budget-seconds=120]
 * </pre>
 *
 * <p>Under {@code -Dbenchmarks.quick=true} the defaults are 5 plans, one year, 20 requests and 30 s.
 *
 * ({@code -Dtest=DashboardBenchmark#h2} for one database.) The target: a p95 of at most 1 s at full
 * size, and at most twice the one-plan figure.
 *
 * <p>The application runs in this JVM ({@link BenchApps#product}, the real main class, a random
 * port, the embedded demo's profile and people), so the generator can write through the
 * product's own beans and move the engine clock; the pages are then read over HTTP with a logged-in
 * session, as a browser does. The job executor is off: the plans' deadlines lie in the past, and
 * the timers it would fire meanwhile are not what is measured. Each figure stops early after its
 * time budget ({@code bench.budget-seconds}, default 120; a quarter of it for the warm-up of
 * {@code bench.warm-up}, default 20, requests) and says how many requests it timed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBenchmark {

  private static final int PLANS = Bench.size("plans", 43, 5);
  private static final int YEARS = Bench.size("years", 10, 1);
  private static final int REQUESTS = Bench.size("requests", 50, 20);
  private static final int WARM_UP = Bench.size("warm-up", 20, 5);
  private static final long BUDGET_NANOS = Bench.size("budget-seconds", 120, 30) * 1_000_000_000L;
  /** The PCC: a member of every plan's groups, with the history of every area to read. */
  private static final String READER = "pcc";
  private static final List<String> PAGES = List.of("/", "/api/plans");

  private record Scale(int plans, int years) {
    String label() {
      return plans + "x" + years;
    }
  }

  private record Figure(long p50Millis, long p95Millis, int n) {}

  @Test
  @Order(1)
  void h2() {
    run(BenchDatabase.H2);
  }

  @Test
  @Order(2)
  void postgres() {
    assumeTrue(BenchDatabase.POSTGRESQL.reachable(), "PostgreSQL test database not reachable");
    run(BenchDatabase.POSTGRESQL);
  }

  private void run(BenchDatabase database) {
    var db = database.label();
    var results = new LinkedHashMap<Scale, Map<String, Figure>>();
    for (var scale : List.of(new Scale(1, 0), new Scale(PLANS, YEARS))) {
      results.put(scale, measure(database, scale));
    }
    var one = results.get(new Scale(1, 0));
    var full = results.get(new Scale(PLANS, YEARS));
    for (var page : PAGES) {
      double ratio = (double) full.get(page).p95Millis() / Math.max(1, one.get(page).p95Millis());
      boolean met = full.get(page).p95Millis() <= 1000 && ratio <= 2.0;
      Bench.figure("DASHBOARD", "scale", "db", db, "page", page, "plans", PLANS, "years", YEARS,
          "p50", full.get(page).p50Millis() + "ms", "p95", full.get(page).p95Millis() + "ms",
          "p95(1x0)", one.get(page).p95Millis() + "ms", "ratio", ratio, "target", Bench.target(met));
    }
  }

  private Map<String, Figure> measure(BenchDatabase database, Scale scale) {
    var db = database.label();
    try (var store = database.open("dashboard")) {
      var firstDay = scale.years() == 0 ? null : PlanDataGenerator.firstDay(scale.years());
      var plans = PlanDataGenerator.writePlans(store.directory().resolve("plans"), scale.plans(), firstDay);
      long starting = System.nanoTime();
      try (var app = BenchApps.product(store,
          "--oic.plans.locations=" + plans,
          "--oic.plans.start-on-first-start=true",
          "--camunda.bpm.job-execution.enabled=false")) {
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
        var session = WebSession.login(BenchApps.port(app), READER, DemoUsers.PASSWORD);
        var figures = new LinkedHashMap<String, Figure>();
        for (var page : PAGES) {
          var figure = time(session, page, scale);
          figures.put(page, figure);
          System.out.printf(Locale.UK, "DASHBOARD db=%s plans=%d years=%d page=%s p50=%dms p95=%dms n=%d%n", db,
              scale.plans(), scale.years(), page, figure.p50Millis(), figure.p95Millis(), figure.n());
        }
        return figures;
      }
    }
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
    return new Figure(Bench.percentile(millis, 50), Bench.percentile(millis, 95), millis.size());
  }

  /** The page answered for the reader, with the first and the last plan on it. */
  private static void check(java.net.http.HttpResponse<String> response, String page, Scale scale) {
    assertThat(response.statusCode()).as(page).isEqualTo(200);
    assertThat(response.body()).as(page)
        .contains(PlanDataGenerator.planId(0), PlanDataGenerator.planId(scale.plans() - 1));
  }

}
