package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.oic.actionplan.plan.ActionPlanVariables;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanStarter;

/**
 * B2: what starting a plan costs against the engine's own starts, and the SQL statements of a user
 * action against the bare engine's, on H2 and (when reachable) PostgreSQL.
 *
 * <p><b>plan-start</b>: the product (job executor off, so only the start is measured) reads plan
 * files for several forces ({@link PlanDataGenerator#writePlans}) and starts each one the way the
 * product does on its first start, {@link PlanStarter#startIfNeverStarted}: the action plan, its
 * nine areas with their delivery plans, the assurance loop and the PCC's response, each to its first
 * wait state. The first start counts the process instances one plan start creates ({@code
 * instances}). The bare Camunda starter application (its engine named {@code bare}) runs beside it on
 * a fresh store of the same database with a one-user-task model, and after each plan start starts
 * that many bare instances, one after another, so that a machine busy with something else slows
 * both alike. After warm-up starts, the median time of a plan start is set against the median time
 * of its bare set: {@code ratio = bare / plan} (target at least 0.5).
 *
 * <p><b>sql-per-action</b>: every statement the application sends to its database is counted
 * ({@link SqlCount}, a wrapper of the data source) for one plan start against its bare set of
 * starts, and for one completion of a delivery-plan task over {@code /engine-rest} as its candidate
 * user ({@link CompletionWork}, B1's action, with the login and authorization it implies) against
 * {@code TaskService.complete} of a bare task with the same variables; medians over several
 * actions; {@code ratio = ours / bare} (target at most 1.5). With {@code -Dbench.sql-texts=true} it
 * also prints the statements of one action of each kind, most frequent first.
 *
 * <pre>
 * ./mvnw -o -q -Pbenchmarks verify -Dtest=PlanStartBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbenchmarks.quick=true] [-Dbench.databases=h2] [-Dbench.plan-starts=12 -Dbench.plan-warm-up=4]
 * </pre>
 */
class PlanStartBenchmark {

  private static final int STARTS = Bench.size("plan-starts", 12, 3);
  private static final int WARM_UP = Bench.size("plan-warm-up", 4, 2);
  private static final int COMPLETIONS = Bench.size("sql-completions", 7, 3);

  @Test
  void planStartAgainstBareStarts() {
    for (var database : Bench.databases()) {
      measure(database);
    }
  }

  private void measure(BenchDatabase database) {
    var ours = new SqlCount();
    var theirs = new SqlCount();
    try (var productStore = database.open("b2-plan"); var bareStore = database.open("b2-bare")) {
      var plans = PlanDataGenerator.writePlans(productStore.directory().resolve("plans"), WARM_UP + STARTS, null);
      try (var product = BenchApps.product(productStore, List.of(ours.initializer()),
              "--oic.plans.locations=" + plans, "--oic.plans.start-on-first-start=false",
              "--camunda.bpm.job-execution.enabled=false");
          var bare = BenchApps.bare(bareStore, List.of(theirs.initializer()), "--camunda.bpm.process-engine-name=bare",
              "--camunda.bpm.job-execution.enabled=false")) {
        measure(database, product, ours, bare, theirs);
      }
    }
  }

  /**
   * Both applications run side by side, and each plan start is followed by its bare set, so a
   * machine busy with something else slows both alike.
   */
  private void measure(BenchDatabase database, ConfigurableApplicationContext product, SqlCount ours,
      ConfigurableApplicationContext bare, SqlCount theirs) {
    CompletionWork.deployBare(bare);
    var starter = product.getBean(PlanStarter.class);
    var history = product.getBean(HistoryService.class);
    var runtime = bare.getBean(RuntimeService.class);
    var all = product.getBean(PlanCatalog.class).all();
    assertThat(all).hasSize(WARM_UP + STARTS);
    long instances = -1;
    var planNanos = new ArrayList<Long>();
    var planStatements = new ArrayList<Long>();
    var bareNanos = new ArrayList<Long>();
    var bareStatements = new ArrayList<Long>();
    for (int i = 0; i < all.size(); i++) {
      var plan = all.get(i);
      long before = history.createHistoricProcessInstanceQuery().count();
      ours.drainTexts();
      long sqlBefore = ours.statements();
      long started = System.nanoTime();
      assertThat(starter.startIfNeverStarted(plan)).as("started " + plan.id()).isPresent();
      long took = System.nanoTime() - started;
      long statements = ours.statements() - sqlBefore;
      long created = history.createHistoricProcessInstanceQuery().count() - before;
      if (instances < 0) {
        instances = created;
      }
      assertThat(created).as("instances of one plan start").isEqualTo(instances);
      if (i == WARM_UP) {
        ours.printTexts("plan-start");
      }

      theirs.drainTexts();
      long bareSqlBefore = theirs.statements();
      long bareStarted = System.nanoTime();
      for (int n = 0; n < instances; n++) {
        runtime.startProcessInstanceByKey(CompletionWork.BARE_KEY);
      }
      long bareTook = System.nanoTime() - bareStarted;
      long bareCount = theirs.statements() - bareSqlBefore;
      if (i == WARM_UP) {
        theirs.printTexts("bare-start-set");
      }
      if (i >= WARM_UP) {
        planNanos.add(took);
        planStatements.add(statements);
        bareNanos.add(bareTook);
        bareStatements.add(bareCount);
      }
    }
    assertThat(product.getBean(RuntimeService.class).createProcessInstanceQuery()
        .processDefinitionKey(ActionPlanVariables.PROCESS_KEY).count()).isEqualTo(all.size());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CompletionWork.BARE_KEY).count())
        .isEqualTo(all.size() * instances);
    long ourCompletion = productCompletionStatements(product, ours);
    long bareCompletion = bareCompletionStatements(bare, theirs);

    double planMillis = median(planNanos) / 1e6;
    double bareMillis = median(bareNanos) / 1e6;
    double ratio = bareMillis / planMillis;
    Bench.figure("B2", "plan-start", "db", database.label(), "ratio", ratio,
        "plan", Math.round(planMillis) + "ms", "bare", Math.round(bareMillis) + "ms",
        "instances", instances, "n", STARTS, "target", Bench.target(ratio >= 0.5));
    long ourStart = median(planStatements);
    long bareStart = median(bareStatements);
    double startRatio = (double) ourStart / bareStart;
    Bench.figure("B2", "sql-per-action", "db", database.label(), "action", "plan-start",
        "ours", ourStart, "bare", bareStart, "ratio", startRatio, "target", Bench.target(startRatio <= 1.5));
    double completeRatio = (double) ourCompletion / bareCompletion;
    Bench.figure("B2", "sql-per-action", "db", database.label(), "action", "task-complete",
        "ours", ourCompletion, "bare", bareCompletion, "ratio", completeRatio,
        "target", Bench.target(completeRatio <= 1.5));
  }

  /** Statements of single REST completions of delivery-plan tasks, one at a time (median). */
  private long productCompletionStatements(ConfigurableApplicationContext app, SqlCount sql) {
    var http = CompletionWork.http();
    int port = BenchApps.port(app);
    var open = CompletionWork.openDeliveryPlanTasks(app);
    var counts = new ArrayList<Long>();
    for (int i = 0; i < 2 + COMPLETIONS; i++) {
      var task = open.get(i);
      sql.drainTexts();
      long before = sql.statements();
      var response = CompletionWork.complete(http, port, task);
      long after = sql.statements();
      if (i == 2) {
        sql.printTexts("task-complete");
      }
      assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
      if (i >= 2) {
        counts.add(after - before);
      }
    }
    var tasks = app.getBean(TaskService.class);
    open.subList(0, 2 + COMPLETIONS)
        .forEach(task -> assertThat(tasks.createTaskQuery().taskId(task.id()).count()).as("completed").isZero());
    return median(counts);
  }

  /** Statements of single in-process completions of bare tasks with the same variables (median). */
  private long bareCompletionStatements(ConfigurableApplicationContext app, SqlCount sql) {
    var tasks = app.getBean(TaskService.class);
    var open = tasks.createTaskQuery().processDefinitionKey(CompletionWork.BARE_KEY).listPage(0, 2 + COMPLETIONS);
    var counts = new ArrayList<Long>();
    for (int i = 0; i < open.size(); i++) {
      sql.drainTexts();
      long before = sql.statements();
      tasks.complete(open.get(i).getId(), CompletionWork.variables(CompletionWork.AGREE));
      long after = sql.statements();
      if (i == 2) {
        sql.printTexts("bare-complete");
      }
      if (i >= 2) {
        counts.add(after - before);
      }
      assertThat(tasks.createTaskQuery().taskId(open.get(i).getId()).count()).as("completed").isZero();
    }
    return median(counts);
  }

  static long median(List<Long> values) {
    var sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    return sorted.get(sorted.size() / 2);
  }
}
