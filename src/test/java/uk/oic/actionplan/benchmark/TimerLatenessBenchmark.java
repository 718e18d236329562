package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * B4: how late a due timer fires. Timers of the product's reminder path come due at staggered times in
 * the near future on an otherwise idle node, and each one's lateness is when its reminder was recorded
 * (the escalation log's {@code created_at}, written by the job, from the engine's clock) minus its due
 * date. Prints one line per job acquisition setting, per database:
 *
 * <pre>
 * B4 timer-lateness db=h2 setting=product p50=1.2s p99=3.9s max=4.8s n=1000 jobs=10 wait=2000 max-wait=5000 target=met
 * </pre>
 *
 * <p>Run: {@code ./mvnw -o -q -Pbenchmarks verify -Dtest=TimerLatenessBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbenchmarks.quick=true] [-Dbench.databases=h2] [-Dbench.late-timers=1000] [-Dbench.late-spread-seconds=60]}
 * (full: 1,000 timers spread evenly over 60 s for each setting; quick: 200 over 15 s). The target: p99 at
 * most 5 s.
 *
 * <p>Settings, each a round of its own in the same engine (the job executor is stopped, set and
 * started again between rounds): {@code product}, camunda.bpm.job-execution in application.yaml as the
 * application started with; {@code jobs-3}, the same with the engine's default of 3 jobs per
 * acquisition; at full size also the candidates {@code wait-2s-max-5s} (10 jobs, wait 2 s, max-wait 5 s)
 * and {@code wait-1s-max-2s} (10 jobs, wait 1 s, max-wait 2 s, the product's since this benchmark) and
 * {@code wait-1s-max-2s-jobs-3}, where they differ from the product's;
 * and with {@code -Dbench.late-engine-default=true} {@code engine-default}, the engine's defaults (3
 * jobs, wait 5 s, max-wait 60 s).
 *
 * <p>How: the job executor is stopped, the round's instances are started ({@link TimerBench}: a timer,
 * then the product's reminder hand-off), their timers due from a few seconds after the last is created
 * (so creating them is not counted: a pilot of a twentieth as many timers, due the next day, times the
 * creation first, and the first timer is due 5 s plus twice the expected creation time later) across the spread, and the job executor is started at once, idle
 * until the first comes due, as a node with nothing else to do. Every timer must have fired once (one
 * reminder per instance, no failed job, none left).
 */
class TimerLatenessBenchmark {

  /** Measured at full size beside the product's settings, unless they are the product's. */
  private static final List<TimerBench.Settings> CANDIDATES = List.of(
      new TimerBench.Settings("wait-2s-max-5s", 10, 2_000, 5_000),
      new TimerBench.Settings("wait-1s-max-2s", 10, 1_000, 2_000),
      new TimerBench.Settings("wait-1s-max-2s-jobs-3", 3, 1_000, 2_000));

  @Test
  void lateness() throws InterruptedException {
    int timers = Bench.size("late-timers", 1_000, 200);
    int spreadSeconds = Bench.size("late-spread-seconds", 60, 15);
    for (var database : Bench.databases()) {
      try (var store = database.open("timer_lateness"); var bench = TimerBench.start(store)) {
        bench.deploy("late-pilot");
        var product = bench.settings();
        var settings = new ArrayList<>(List.of(product,
            new TimerBench.Settings("jobs-3", 3, product.waitTimeInMillis(), product.maxWait())));
        if (!Bench.quick()) {
          for (var candidate : CANDIDATES) {
            if (candidate.waitTimeInMillis() != product.waitTimeInMillis() || candidate.maxWait() != product.maxWait()
                || candidate.maxJobsPerAcquisition() != product.maxJobsPerAcquisition()) {
              settings.add(candidate);
            }
          }
        }
        if (Boolean.getBoolean("bench.late-engine-default")) {
          settings.add(new TimerBench.Settings("engine-default", 3, 5_000, 60_000));
        }
        for (var setting : settings) {
          round(bench, database, setting, timers, spreadSeconds);
        }
        bench.stopJobExecutor();
        bench.startJobExecutor(product);
      }
    }
  }

  private static void round(TimerBench bench, BenchDatabase database, TimerBench.Settings setting, int timers,
      int spreadSeconds) throws InterruptedException {
    var round = "late-" + setting.name();
    bench.deploy(round);
    bench.stopJobExecutor();
    // the first timer comes due after the last is created: a pilot of timers due tomorrow times the creation
    int pilot = Math.max(10, timers / 20);
    long piloted = System.nanoTime();
    var tomorrow = new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(1));
    bench.startInstances(TimerBench.key(TimerBench.OURS, "late-pilot"), pilot,
        i -> TimerBench.variables(round + "-pilot", i, tomorrow, tomorrow));
    long perTimerNanos = (System.nanoTime() - piloted) / pilot;
    long lead = 5_000 + 2 * TimeUnit.NANOSECONDS.toMillis(perTimerNanos * timers);
    long base = System.currentTimeMillis() + lead;
    long spread = spreadSeconds * 1_000L;
    var itemDue = new Date(base + spread + TimeUnit.DAYS.toMillis(7));
    var due = new long[timers];
    for (int i = 0; i < timers; i++) {
      due[i] = base + i * spread / timers;
    }
    var instances = bench.startInstances(TimerBench.key(TimerBench.OURS, round), timers,
        i -> TimerBench.variables(round, i, new Date(due[i]), itemDue));
    long createdBy = System.currentTimeMillis();
    if (createdBy > base) {
      System.out.printf("B4 %s: creating took %d ms past the first due date; the first timers are late by that%n",
          round, createdBy - base);
    }
    bench.startJobExecutor(setting);
    Thread.sleep(Math.max(0, base + spread - System.currentTimeMillis()));
    // a guard only: on a loaded machine the last timers may queue well past their due dates
    bench.awaitDrained(setting.maxWait() * 2 + 600_000);
    var reminded = bench.remindedAt(round);
    var late = new ArrayList<Long>();
    for (int i = 0; i < timers; i++) {
      var at = reminded.get(instances.get(i));
      assertThat(at).as("reminder of timer %d (%s)", i, instances.get(i)).isNotNull();
      late.add(at.toInstant().toEpochMilli() - due[i]);
    }
    Collections.sort(late);
    long p50 = Bench.percentile(late, 50);
    long p99 = Bench.percentile(late, 99);
    Bench.figure("B4", "timer-lateness", "db", database.label(), "setting", setting.name(),
        "p50", seconds(p50), "p99", seconds(p99), "max", seconds(late.get(late.size() - 1)),
        "min", seconds(late.get(0)), "n", timers, "jobs", setting.maxJobsPerAcquisition(),
        "wait", setting.waitTimeInMillis(), "max-wait", setting.maxWait(), "target", Bench.target(p99 <= 5_000));
    var outcome = bench.outcome(TimerBench.OURS, round, timers);
    assertThat(outcome.jobRuns()).as("timers that ran, %s", outcome).isEqualTo(timers);
    assertThat(outcome.jobFailures()).as("failed jobs, %s", outcome).isZero();
    assertThat(outcome.jobsLeft()).as("jobs left, %s", outcome).isZero();
    assertThat(outcome.reminders()).as("reminders, %s", outcome).isEqualTo(timers);
    assertThat(outcome.distinctReminders()).as("reminded instances, %s", outcome).isEqualTo(timers);
  }

  private static String seconds(long millis) {
    return String.format(java.util.Locale.UK, "%.1fs", millis / 1000.0);
  }
}
