package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.oic.actionplan.benchmark.CompletionWork.OpenTask;
import uk.oic.actionplan.plan.ActionPlanVariables;

/**
 * B1: completing the product's user tasks through {@code /engine-rest}, with every check a person's
 * completion passes, against the engine's own {@code TaskService.complete} in process on a bare
 * task, on H2 and (when reachable) PostgreSQL.
 *
 * <p><b>The product</b> starts several plans ({@link PlanDataGenerator#writePlans}, started on the
 * first start as in production; job executor off, so only the completions run). Each plan's nine
 * areas wait in their delivery plans; a <em>round</em> completes every open delivery-plan task, over
 * HTTP Basic as the task's candidate demo user, with a valid submission of its form
 * ({@link CompletionWork}): the owners agree their plans, and in the next round the strategic lead
 * asks for changes, which gives each area its next agreement; so every completion is a real step
 * (form checks, authorization, the models' listeners, read model, evidence). After warm-up rounds,
 * the peak: {@code threads} concurrent clients, each sending its next completion when the last one
 * is answered, over the peak rounds. Then the latency: completions sent open loop at 70% of the
 * measured peak rate, each timed from when it was due to be sent to its answer (so a slow answer
 * cannot hide the ones queued behind it): p50 and p99.
 *
 * <p><b>The bare baseline</b>: the bare Camunda starter application (its engine named {@code bare}, so
 * the product's REST API keeps finding its own) runs beside the product on a fresh store of the same
 * database, with a one-user-task model. After each of the product's rounds, as many bare tasks as the
 * round completed are completed in process with {@code TaskService.complete}, the same variables and
 * the same number of threads; the rounds alternate so that a machine busy with something else slows
 * both alike.
 *
 * <p>Prints {@code B1 rest-vs-inprocess db=.. ratio=rest/inprocess rest=../s inprocess=../s p50=..
 * p99=.. target=..}; the target is met when the ratio is at least 0.5 and p99 at most 250 ms. The
 * measurement is valid only if every completion was answered 204 and every task completed is
 * completed in the engine (and each round found the next task of every area waiting), which the
 * benchmark asserts.
 *
 * <pre>
 * ./mvnw -o -q -Pbenchmarks verify -Dtest=TaskCompletionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbenchmarks.quick=true] [-Dbench.databases=h2] [-Dbench.completion-plans=20 -Dbench.completion-threads=4]
 * </pre>
 */
class TaskCompletionBenchmark {

  private static final int PLANS = Bench.size("completion-plans", 10, 3);
  private static final int THREADS = Bench.size("completion-threads", 4, 4);
  private static final int WARM_UP_ROUNDS = Bench.size("completion-warm-up-rounds", 2, 1);
  private static final int PEAK_ROUNDS = Bench.size("completion-peak-rounds", 4, 2);
  private static final int LATENCY_ROUNDS = Bench.size("completion-latency-rounds", 4, 2);
  private static final int AREAS = 9;

  @Test
  void restCompletionAgainstInProcessCompletion() {
    for (var database : Bench.databases()) {
      measure(database);
    }
  }

  private void measure(BenchDatabase database) {
    try (var productStore = database.open("b1-rest"); var bareStore = database.open("b1-bare")) {
      var plans = PlanDataGenerator.writePlans(productStore.directory().resolve("plans"), PLANS, null);
      try (var product = BenchApps.product(productStore, "--oic.plans.locations=" + plans,
              "--camunda.bpm.job-execution.enabled=false");
          var bare = BenchApps.bare(bareStore, "--camunda.bpm.process-engine-name=bare",
              "--camunda.bpm.job-execution.enabled=false")) {
        measure(database, product, bare);
      }
    }
  }

  /**
   * Both applications run side by side, and their rounds alternate, so a machine busy with something
   * else slows both alike.
   */
  private void measure(BenchDatabase database, ConfigurableApplicationContext product,
      ConfigurableApplicationContext bare) {
    assertThat(product.getBean(RuntimeService.class).createProcessInstanceQuery()
        .processDefinitionKey(ActionPlanVariables.PROCESS_KEY).count()).isEqualTo(PLANS);
    CompletionWork.deployBare(bare);
    var bareTasks = bare.getBean(TaskService.class);
    var http = CompletionWork.http();
    int port = BenchApps.port(product);
    var completed = new ArrayList<String>();
    var bareCompleted = new ArrayList<String>();
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      var open = round(product, completed);
      closedLoop(open, task -> expectCompleted(CompletionWork.complete(http, port, task)));
      bareRound(bare, bareTasks, open, bareCompleted);
    }
    long restNanos = 0;
    long bareNanos = 0;
    int peak = 0;
    for (int round = 0; round < PEAK_ROUNDS; round++) {
      var open = round(product, completed);
      restNanos += closedLoop(open, task -> expectCompleted(CompletionWork.complete(http, port, task)));
      bareNanos += bareRound(bare, bareTasks, open, bareCompleted);
      peak += open.size();
    }
    double rest = peak / (restNanos / 1e9);
    double inProcess = peak / (bareNanos / 1e9);
    var latencies = new ArrayList<Long>();
    for (int round = 0; round < LATENCY_ROUNDS; round++) {
      latencies.addAll(openLoop(http, port, round(product, completed), 0.7 * rest));
    }
    assertCompleted(product, completed);
    for (int from = 0; from < bareCompleted.size(); from += 500) {
      var part = bareCompleted.subList(from, Math.min(bareCompleted.size(), from + 500)).toArray(String[]::new);
      assertThat(bareTasks.createTaskQuery().taskIdIn(part).count()).as("bare still open").isZero();
    }
    assertThat(bare.getBean(HistoryService.class).createHistoricTaskInstanceQuery().taskDeleteReason("completed")
        .count()).as("bare tasks completed").isEqualTo(bareCompleted.size());
    latencies.sort(Comparator.naturalOrder());
    double ratio = rest / inProcess;
    long p50 = Bench.percentile(latencies, 50);
    long p99 = Bench.percentile(latencies, 99);
    Bench.figure("B1", "rest-vs-inprocess", "db", database.label(), "ratio", ratio,
        "rest", Math.round(rest) + "/s", "inprocess", Math.round(inProcess) + "/s",
        "p50", p50 + "ms", "p99", p99 + "ms", "n", peak, "latency-n", latencies.size(),
        "rate", Math.round(0.7 * rest) + "/s", "threads", THREADS, "target", Bench.target(ratio >= 0.5 && p99 <= 250));
  }

  /**
   * The open delivery-plan tasks of the next round: one per area of every plan, none of the tasks
   * completed before; records them as completed by this round.
   */
  private static List<OpenTask> round(ConfigurableApplicationContext app, List<String> completed) {
    var open = CompletionWork.openDeliveryPlanTasks(app);
    assertThat(open).as("one open delivery-plan task per area").hasSize(PLANS * AREAS);
    var ids = open.stream().map(OpenTask::id).toList();
    assertThat(new java.util.HashSet<>(completed)).as("completed before").doesNotContainAnyElementsOf(ids);
    completed.addAll(ids);
    return open;
  }

  /** As many bare tasks as the product's round, completed with the same variables; the nanoseconds it took. */
  private static long bareRound(ConfigurableApplicationContext bare, TaskService tasks, List<OpenTask> round,
      List<String> completed) {
    var ids = CompletionWork.startBare(bare, round.size());
    var work = new ArrayList<Integer>();
    for (int i = 0; i < ids.size(); i++) {
      work.add(i);
    }
    long nanos = closedLoop(work, i -> tasks.complete(ids.get(i), round.get(i).variables()));
    completed.addAll(ids);
    return nanos;
  }

  private static void expectCompleted(java.net.http.HttpResponse<String> response) {
    if (response.statusCode() != 204) {
      throw new AssertionError("completion refused: " + response.statusCode() + " " + response.body());
    }
  }

  /** Every task completed is gone from the runtime and in history as completed, none twice. */
  private static void assertCompleted(ConfigurableApplicationContext app, List<String> completed) {
    var tasks = app.getBean(TaskService.class);
    for (int from = 0; from < completed.size(); from += 500) {
      var part = completed.subList(from, Math.min(completed.size(), from + 500)).toArray(String[]::new);
      assertThat(tasks.createTaskQuery().taskIdIn(part).count()).as("still open").isZero();
    }
    assertThat(app.getBean(HistoryService.class).createHistoricTaskInstanceQuery()
        .processDefinitionKey(CompletionWork.DELIVERY_PLAN_KEY).taskDeleteReason("completed").count())
        .as("completed delivery-plan tasks").isEqualTo(completed.size());
  }

  /** {@link #THREADS} workers, each taking the next item when done with the last; the nanoseconds it took. */
  static <T> long closedLoop(List<T> items, Consumer<T> action) {
    var queue = new ConcurrentLinkedQueue<>(items);
    var pool = Executors.newFixedThreadPool(THREADS);
    try {
      long started = System.nanoTime();
      var workers = new ArrayList<Future<?>>();
      for (int i = 0; i < THREADS; i++) {
        workers.add(pool.submit(() -> {
          for (T item = queue.poll(); item != null; item = queue.poll()) {
            action.accept(item);
          }
        }));
      }
      for (var worker : workers) {
        worker.get(10, TimeUnit.MINUTES);
      }
      return System.nanoTime() - started;
    } catch (Exception e) {
      throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Sends the completions at a fixed rate whatever the answers, each timed from when it was due to
   * be sent; the milliseconds.
   */
  private static List<Long> openLoop(HttpClient http, int port, List<OpenTask> open, double perSecond) {
    var millis = Collections.synchronizedList(new ArrayList<Long>());
    var answers = new ArrayList<CompletableFuture<Void>>();
    long start = System.nanoTime() + 20_000_000L;
    for (int i = 0; i < open.size(); i++) {
      long due = start + (long) (i * 1e9 / perSecond);
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      answers.add(CompletionWork.completeAsync(http, port, open.get(i)).thenAccept(response -> {
        millis.add((System.nanoTime() - due) / 1_000_000);
        expectCompleted(response);
      }));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    return millis;
  }
}
