package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import uk.oic.actionplan.kernel.CalendarProperties;

/** The kept verification pages show: checked again when entries came, on the schedule and on every full check. */
class EvidenceLastVerificationTest {

  private final RegisterDatabase db = new RegisterDatabase();
  private final MovableClock clock = new MovableClock(RegisterDatabase.NOW);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyTamperingInSqlIsReportedByTheKeptResultOnceTheScheduledCheckRan() {
    var missed = new ArrayList<String>();
    for (var tampering : Tamperings.ALL) {
      var fresh = new RegisterDatabase();
      try {
        var entries = Tamperings.seed(fresh.register);
        assertThat(fresh.register.lastVerification().valid()).as(tampering.name()).isTrue();

        tampering.attack().apply(fresh.jdbc, entries);
        fresh.register.refreshVerification();

        var kept = fresh.register.lastVerification();
        if (kept.valid()) {
          missed.add(tampering.name());
        } else {
          assertThat(kept.firstFailure().reason()).as(tampering.name())
              .isEqualTo(fresh.register.verify().firstFailure().reason());
        }
      } finally {
        fresh.close();
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void aRowChangedInSqlIsNotReReadOnEveryCallButTheNextFullVerificationReportsItToTheKeptResult() {
    var register = register(Duration.ofMinutes(1));
    var entries = Tamperings.seed(register);
    assertThat(register.lastVerification().valid()).isTrue();

    db.jdbc.update("UPDATE oic_evidence_entry SET title = 'NCCU audit: 20 of 20' WHERE id = ?", entries.get(1).id());
    clock.move(Duration.ofMinutes(2));

    // the head did not move: the kept result stands until a full check
    assertThat(register.lastVerification().valid()).isTrue();
    var full = register.verify();
    assertThat(full.valid()).isFalse();
    var kept = register.lastVerification();
    assertThat(kept.valid()).isFalse();
    assertThat(kept.firstFailure().entryId()).isEqualTo(entries.get(1).id());
    assertThat(kept.checkedAt()).isEqualTo(clock.instant());
  }

  @Test
  void newEntriesHaveTheKeptResultCheckedAgainOnceItIsOldEnough() {
    var register = register(Duration.ofMinutes(1));
    Tamperings.seed(register);
    var first = register.lastVerification();
    assertThat(first.entriesChecked()).isEqualTo(5);
    assertThat(first.checkedAt()).isEqualTo(RegisterDatabase.NOW);

    register.append(NewEvidence.builder(Tamperings.PLAN, EvidenceKind.DECISION, "Plan revised").build());
    clock.move(Duration.ofSeconds(30));
    assertThat(register.lastVerification()).isEqualTo(first);

    clock.move(Duration.ofSeconds(30));
    var again = register.lastVerification();
    assertThat(again.entriesChecked()).isEqualTo(6);
    assertThat(again.headSequence()).isEqualTo(6);
    assertThat(again.checkedAt()).isEqualTo(RegisterDatabase.NOW.plusSeconds(60));
  }

  @Test
  void withoutNewEntriesTheKeptResultIsNotCheckedAgainHoweverOld() {
    var register = register(Duration.ofMinutes(1));
    Tamperings.seed(register);
    var first = register.lastVerification();

    clock.move(Duration.ofDays(1));

    assertThat(register.lastVerification()).isSameAs(first);
  }

  @Test
  void aRegisterWithoutEntriesIsKeptAsIntact() {
    var kept = register(Duration.ZERO).lastVerification();

    assertThat(kept.valid()).isTrue();
    assertThat(kept.entriesChecked()).isZero();
    assertThat(kept.checkedAt()).isEqualTo(RegisterDatabase.NOW);
  }

  @Test
  void theDashboardCountsAPlansEntriesAndShowsTheKeptResultWithItsTimeInTheCalendarsZone() {
    var register = register(Duration.ZERO);
    Tamperings.seed(register);
    register.append(NewEvidence.builder("another-force-oic", EvidenceKind.DECISION, "Another force's plan").build());
    var dashboard = new DashboardEvidence(register, new CalendarProperties(ZoneId.of("Europe/London"), java.util.List.of()));

    assertThat(dashboard.count(Tamperings.PLAN)).isEqualTo(5).isEqualTo(dashboard.entries(Tamperings.PLAN).size());
    assertThat(dashboard.count("another-force-oic")).isEqualTo(1);
    assertThat(dashboard.count("no-such-plan")).isZero();
    var kept = dashboard.lastVerification();
    assertThat(kept.verification().valid()).isTrue();
    assertThat(kept.verification().checked()).isEqualTo(6);
    // 10:30 UTC in January is 10:30 in London
    assertThat(kept.checkedAt()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 15, 10, 30, 0, 123_000_000));
  }

  private EvidenceRegister register(Duration recheckAfter) {
    return new EvidenceRegister(db.dataSource, new DataSourceTransactionManager(db.dataSource), clock,
        ZoneId.of("Europe/London"), RegisterDatabase.KEY, db.witness, recheckAfter, Runnable::run);
  }

  /** The time a test moves on by hand. */
  static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void move(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(instant(), zone);
    }
  }
}
