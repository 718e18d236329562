package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One full check at a time, however many callers ask while it runs. */
class LatestVerificationTest {

  private static final Instant NOW = Instant.parse("2026-01-15T10:30:00Z");

  private final ExecutorService callers = Executors.newFixedThreadPool(2);
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final AtomicInteger fullChecks = new AtomicInteger();
  private final AtomicReference<String> head = new AtomicReference<>("entry 5");
  private final CountDownLatch checking = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile boolean hold;

  @AfterEach
  void stop() {
    release.countDown();
    callers.shutdownNow();
    background.shutdownNow();
  }

  /** Reads "every row": counted, and held until the test releases it when {@link #hold} is set. */
  private LatestVerification.Check fullCheck() {
    fullChecks.incrementAndGet();
    var seen = head.get();
    if (hold) {
      checking.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    var report = VerificationReport.of(fullChecks.get(), 5, "hash", "mac", null, 0, List.of(), NOW);
    return new LatestVerification.Check(report, seen);
  }

  private LatestVerification verifications(java.util.concurrent.Executor executor) {
    return new LatestVerification(this::fullCheck, head::get, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO, executor);
  }

  @Test
  void twoCallersBeforeAnyResultWaitForTheSameSingleCheck() throws Exception {
    var verifications = verifications(background);
    hold = true;

    var first = CompletableFuture.supplyAsync(verifications::latest, callers);
    assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
    var running = verifications.refresh();
    var second = CompletableFuture.supplyAsync(verifications::latest, callers);
    // the second caller is waiting on the running check, not running one of its own
    await().atMost(Duration.ofSeconds(10)).until(() -> running.getNumberOfDependents() >= 2);
    assertThat(first).isNotDone();
    assertThat(second).isNotDone();

    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(second.get(10, TimeUnit.SECONDS));
    assertThat(fullChecks).hasValue(1);
  }

  @Test
  void twoCallersWhileEntriesCameGetTheKeptResultAtOnceAndStartOneCheckBetweenThem() throws Exception {
    var verifications = verifications(background);
    var kept = verifications.latest();
    assertThat(fullChecks).hasValue(1);
    head.set("entry 6");
    hold = true;

    var together = new CyclicBarrier(2);
    var first = CompletableFuture.supplyAsync(() -> awaitThen(together, verifications::latest), callers);
    var second = CompletableFuture.supplyAsync(() -> awaitThen(together, verifications::latest), callers);

    // neither waits for the check the entries called for
    assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(kept);
    assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(kept);
    assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(fullChecks).hasValue(2);

    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> verifications.latest() != kept);
    assertThat(verifications.latest().entriesChecked()).isEqualTo(2);
    assertThat(fullChecks).hasValue(2);
  }

  @Test
  void anExplicitVerificationRunsInFullEveryTimeAndIsKept() {
    var verifications = verifications(Runnable::run);

    var one = verifications.verify();
    var two = verifications.verify();

    assertThat(fullChecks).hasValue(2);
    assertThat(one.entriesChecked()).isEqualTo(1);
    assertThat(verifications.latest()).isSameAs(two);
    assertThat(fullChecks).hasValue(2);
  }

  @Test
  void aFirstCheckThatFailsFailsItsCallerAndTheNextCallTriesAgain() {
    var attempts = new AtomicInteger();
    var verifications = new LatestVerification(() -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("the database is down");
      }
      return fullCheck();
    }, head::get, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO, Runnable::run);

    assertThatThrownBy(verifications::latest).isInstanceOf(IllegalStateException.class).hasMessage("the database is down");
    assertThat(verifications.latest().valid()).isTrue();
    assertThat(attempts).hasValue(2);
  }

  private static <T> T awaitThen(CyclicBarrier barrier, java.util.function.Supplier<T> call) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return call.get();
  }
}
