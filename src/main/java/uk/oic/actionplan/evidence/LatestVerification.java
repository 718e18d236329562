package uk.oic.actionplan.evidence;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register's latest full verification, kept so that a page can show it without reading every row.
 *
 * <p>A kept result is checked again, in the background, once the register's head has moved (entries were added,
 * or the head was rewritten) and the result is at least {@code recheckAfter} old; the scheduled check and every
 * explicit verification replace it too. One background check runs at a time: callers meanwhile get the kept result,
 * and only before the first result do they wait, all for the same check.
 */
final class LatestVerification {

  private static final Logger LOG = LoggerFactory.getLogger(LatestVerification.class);

  /**
   * What one full check found, and the head it found (its entry and MAC as read), to tell whether entries came since.
   */
  record Check(VerificationReport report, String head) {}

  private final Supplier<Check> fullCheck;
  private final Supplier<String> head;
  private final Clock clock;
  private final Duration recheckAfter;
  private final Executor background;
  private final AtomicReference<Check> latest = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<Check>> running = new AtomicReference<>();

  /**
   * @param fullCheck reads and checks every row
   * @param head reads the register's head alone, cheaply
   * @param recheckAfter how old a result must be before a moved head has it checked again
   * @param background where a check runs that a caller does not wait for
   */
  LatestVerification(Supplier<Check> fullCheck, Supplier<String> head, Clock clock, Duration recheckAfter,
      Executor background) {
    this.fullCheck = fullCheck;
    this.head = head;
    this.clock = clock;
    this.recheckAfter = recheckAfter;
    this.background = background;
  }

  /** A full check in the caller's thread, whether or not one is running; its result is kept. */
  VerificationReport verify() {
    return keep(fullCheck.get()).report();
  }

  /**
   * The kept result, which is checked again in the background when it is due; the first call waits for a check.
   *
   * @throws RuntimeException what the first check threw, when there is no result yet
   */
  VerificationReport latest() {
    var last = latest.get();
    if (last == null) {
      join(refresh());
    } else if (due(last)) {
      refresh();
    }
    return latest.get().report();
  }

  /** Starts a full check in the background, unless one is running: then that one's outcome. */
  CompletableFuture<Check> refresh() {
    var mine = new CompletableFuture<Check>();
    var other = running.compareAndExchange(null, mine);
    if (other != null) {
      return other;
    }
    try {
      background.execute(() -> {
        try {
          mine.complete(keep(fullCheck.get()));
        } catch (RuntimeException | Error e) {
          LOG.error("Could not verify the evidence register: {}", e.getMessage(), e);
          mine.completeExceptionally(e);
        } finally {
          running.set(null);
        }
      });
    } catch (RejectedExecutionException e) {
      running.set(null);
      mine.completeExceptionally(e);
    }
    return mine;
  }

  private boolean due(Check last) {
    if (clock.instant().isBefore(last.report().checkedAt().plus(recheckAfter))) {
      return false;
    }
    return !Objects.equals(head.get(), last.head());
  }

  /** Keeps the check that began last: one that began earlier but took longer does not replace it. */
  private Check keep(Check check) {
    latest.accumulateAndGet(check, (kept, fresh) -> kept == null
        || !fresh.report().checkedAt().isBefore(kept.report().checkedAt()) ? fresh : kept);
    return check;
  }

  private static void join(CompletableFuture<Check> check) {
    try {
      check.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
