package uk.oic.actionplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * B3: how fast the job executor drains due timers that run the product's reminder path, against as
 * many bare timers that do nothing, in the same engine and database. Prints, per database:
 *
 * <pre>
 * B3 timer-drain db=h2 ratio=0.71 ours=820/s bare=1150/s timers=100000 lost=0 doubled=0 target=met
 * </pre>
 *
 * <p>Run: {@code ./mvnw -o -q -Pbenchmarks verify -Dtest=TimerDrainBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbenchmarks.quick=true] [-Dbench.databases=h2] [-Dbench.timers=100000]} (full: 100,000 timers of each
 * kind; quick: 2,000).
 *
 * <p>What drains: one minimal real process instance per timer ({@link TimerBench}). Ours is a timer
 * and then the reminder hand-off exactly as the product's models declare it after every reminder
 * timer ({@code ${sendReminder}} with {@code itemName}, {@code itemDueDate}, {@code itemOwnerGroup},
 * {@code itemType}, {@code itemActivityId}, {@code itemDueDateVariable}), so each timer runs the
 * product's own code: the escalation log's once-per-item check and its row, and a notification for the
 * owner group with an e-mail to its member in the outbox, in the job's transaction. The bare model is
 * the same timer and an end. In the product's models the timer is a non-interrupting boundary timer on
 * the user task it watches; the user task is left out here, since it is not what the job executor
 * handles, and creating 200,000 user tasks would only make the set-up slower. Both kinds carry the same
 * variables, and every reminder's item is due a week later, so it is sent (not skipped).
 *
 * <p>Why the bare timers run in the product's engine rather than in the bare starter application:
 * the drain rate is set by the job executor (its thread pool and acquisition settings), the
 * connection pool, the database and the history level; in the same engine all of these are the
 * same for both, and the ratio is what our reminder path costs per timer. The bare application has
 * the engine's own job executor defaults (3 jobs per acquisition, waits up to 60 s), which would
 * measure the settings instead.
 *
 * <p>How: the job executor is stopped, the instances are started in four threads (each waits at its
 * timer, already due), then the job executor is started and the drain timed until no executable job
 * is left (polled every 100 ms). The timers of each kind go in ten chunks ({@code -Dbench.drain-chunks}),
 * bare and ours alternating (bare first, then ours first, ...), and each kind's rate is its timers over
 * the sum of its drain times: on a machine shared with other work, both kinds meet the same load. A
 * warm-up round of a twentieth of the size (at least 200) of each kind runs first. None lost or doubled: the successful job log entries equal the
 * timers, no job failed or is left, no incident; for ours, one SENT reminder per instance and one
 * notification per reminder.
 */
class TimerDrainBenchmark {

  /** Chunks of each kind, alternating; fewer when there are fewer than 100 timers to a chunk. */
  private static final int CHUNKS = Integer.getInteger("bench.drain-chunks", 10);

  @Test
  void drain() throws InterruptedException {
    int timers = Bench.size("timers", 100_000, 2_000);
    for (var database : Bench.databases()) {
      try (var store = database.open("timer_drain"); var bench = TimerBench.start(store)) {
        int warmUp = Math.max(200, timers / 20);
        round(bench, database, "warmup", warmUp, false);
        round(bench, database, "drain", timers, true);
      }
    }
  }

  private static void round(TimerBench bench, BenchDatabase database, String round, int timers, boolean print)
      throws InterruptedException {
    bench.deploy(round);
    // in alternating chunks, so that both kinds meet the same load from whatever else the machine runs
    int chunks = Math.max(1, Math.min(CHUNKS, timers / 100));
    long bareNanos = 0;
    long oursNanos = 0;
    int done = 0;
    for (int chunk = 0; chunk < chunks; chunk++) {
      int size = (timers - done) / (chunks - chunk);
      if (chunk % 2 == 0) {
        bareNanos += drain(bench, TimerBench.BARE, round, done, size);
        oursNanos += drain(bench, TimerBench.OURS, round, done, size);
      } else {
        oursNanos += drain(bench, TimerBench.OURS, round, done, size);
        bareNanos += drain(bench, TimerBench.BARE, round, done, size);
      }
      done += size;
    }
    double bare = timers / (bareNanos / 1e9);
    double ours = timers / (oursNanos / 1e9);
    var bareOutcome = bench.outcome(TimerBench.BARE, round, timers);
    var oursOutcome = bench.outcome(TimerBench.OURS, round, timers);
    long lost = bareOutcome.lost(false) + oursOutcome.lost(true);
    long doubled = bareOutcome.doubled(false) + oursOutcome.doubled(true);
    if (print) {
      double ratio = ours / bare;
      Bench.figure("B3", "timer-drain", "db", database.label(), "ratio", ratio, "ours", Math.round(ours) + "/s",
          "bare", Math.round(bare) + "/s", "timers", timers, "lost", lost, "doubled", doubled,
          "target", Bench.target(ratio >= 0.5));
    }
    for (var outcome : new TimerBench.Outcome[] {bareOutcome, oursOutcome}) {
      assertThat(outcome.jobRuns()).as("timers that ran, %s", outcome).isEqualTo(timers);
      assertThat(outcome.jobFailures()).as("failed jobs, %s", outcome).isZero();
      assertThat(outcome.incidents()).as("incidents, %s", outcome).isZero();
      assertThat(outcome.jobsLeft()).as("jobs left, %s", outcome).isZero();
    }
    assertThat(oursOutcome.reminders()).as("reminders recorded, %s", oursOutcome).isEqualTo(timers);
    assertThat(oursOutcome.distinctReminders()).as("reminded instances, %s", oursOutcome).isEqualTo(timers);
    assertThat(oursOutcome.notifications()).as("notifications, %s", oursOutcome).isEqualTo(timers);
    assertThat(lost).isZero();
    assertThat(doubled).isZero();
  }

  /**
   * Creates timers {@code first} .. {@code first + size - 1} of a kind with the job executor stopped,
   * then starts it and waits until none is due.
   *
   * @return the nanoseconds the drain took
   */
  private static long drain(TimerBench bench, String model, String round, int first, int size)
      throws InterruptedException {
    bench.stopJobExecutor();
    var key = TimerBench.key(model, round);
    var dueAt = new Date(System.currentTimeMillis() - 1_000);
    var itemDue = new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(7));
    long created = System.nanoTime();
    bench.startInstances(key, size, i -> TimerBench.variables(round, first + i, dueAt, itemDue));
    long start = System.nanoTime();
    bench.startJobExecutor(bench.settings());
    // a guard only: far beyond any drain rate seen
    bench.awaitDrained(600_000 + size * 500L);
    long nanos = System.nanoTime() - start;
    System.out.printf("B3 %s %s: %d timers created in %d ms, drained in %d ms%n", round, model, size,
        TimeUnit.NANOSECONDS.toMillis(start - created), TimeUnit.NANOSECONDS.toMillis(nanos));
    return nanos;
  }
}
