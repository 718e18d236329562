package uk.oic.actionplan.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import uk.oic.actionplan.support.TestPostgres;

/**
 * The start-up lock on PostgreSQL (two locks stand for two nodes: each has its own database
 * session) and on H2, where it does nothing.
 */
class StartupLockTest {

  private String schema;

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void aSecondNodeWaitsUntilTheFirstHasFinishedStartingAndGivesUpAfterTheLockWait() throws Exception {
    schema = TestPostgres.createSchema("lock_it");
    var first = new StartupLock(TestPostgres.dataSource(schema), Duration.ofMinutes(1));
    var second = new StartupLock(TestPostgres.dataSource(schema), Duration.ofMillis(600));
    first.holdForStartup();
    // re-entrant: the engine and Flyway of one node both take it
    first.holdForStartup();
    first.runLocked(() -> assertThat(first.isHeld()).isTrue());

    var started = Instant.now();
    assertThatThrownBy(second::holdForStartup)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("longer than PT0.6S")
        .hasMessageContaining(schema);
    assertThat(Duration.between(started, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    assertThat(second.isHeld()).isFalse();

    var waiting = new StartupLock(TestPostgres.dataSource(schema), Duration.ofMinutes(1));
    var tookItAt = new AtomicReference<Instant>();
    var taken = CompletableFuture.runAsync(() -> waiting.runLocked(() -> tookItAt.set(Instant.now())));
    Thread.sleep(500);
    assertThat(taken).isNotDone();
    var releasedAt = Instant.now();
    first.endStartupHold();
    taken.get(5, TimeUnit.SECONDS);
    assertThat(tookItAt.get()).isAfterOrEqualTo(releasedAt);
    assertThat(first.isHeld()).isFalse();
  }

  @Test
  void nodesOnAnotherSchemaDoNotWait() {
    schema = TestPostgres.createSchema("lock_it");
    var other = TestPostgres.createSchema("lock_it");
    try {
      var here = new StartupLock(TestPostgres.dataSource(schema), Duration.ofMinutes(1));
      var there = new StartupLock(TestPostgres.dataSource(other), Duration.ofMillis(300));
      here.holdForStartup();
      there.holdForStartup();
      assertThat(there.isHeld()).isTrue();
      there.destroy();
      here.destroy();
    } finally {
      TestPostgres.dropSchema(other);
    }
  }

  @Test
  void aNodeThatStopsWhileStartingFreesTheLock() {
    schema = TestPostgres.createSchema("lock_it");
    var dying = new StartupLock(TestPostgres.dataSource(schema), Duration.ofMinutes(1));
    dying.holdForStartup();
    dying.destroy();
    var next = new StartupLock(TestPostgres.dataSource(schema), Duration.ofMillis(300));
    next.holdForStartup();
    assertThat(next.isHeld()).isTrue();
    next.endStartupHold();
  }

  @Test
  void onH2TheLockIsOnlyCountedInTheJvm() {
    var h2 = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:lock-" + System.nanoTime(), "sa", "");
    var lock = new StartupLock(h2, Duration.ofMillis(1));
    var other = new StartupLock(h2, Duration.ofMillis(1));
    lock.holdForStartup();
    other.holdForStartup();
    assertThat(lock.isHeld()).isTrue();
    assertThat(other.isHeld()).isTrue();
    lock.endStartupHold();
    assertThat(lock.isHeld()).isFalse();
  }
}
