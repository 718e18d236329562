package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import uk.oic.actionplan.benchmark.Bench;
import uk.oic.actionplan.support.TestPostgres;

/**
 * How fast the register appends and how long a full verification takes as it grows, on H2 (the
 * embedded default) and on PostgreSQL (production; skipped when the test database is not
 * reachable). Prints its figures; not part of {@code ./mvnw verify}. Run it with
 *
 * <pre>
 * ./mvnw test -Dtest=EvidenceRegisterBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.entries=10000]
 * </pre>
 *
 * <p>or with the whole suite ({@code ./mvnw -Pbenchmarks verify}, 1,000 entries under
 * {@code -Dbenchmarks.quick=true}).
 */
class EvidenceRegisterBenchmark {

  private static final int ENTRIES = Bench.size("entries", 10_000, 1_000);
  /** One entry in this many carries an attachment of {@link #ATTACHMENT_BYTES}. */
  private static final int ATTACHMENT_EVERY = 20;
  private static final int ATTACHMENT_BYTES = 256 * 1024;
  private static final String DESCRIPTION = "Progress against the delivery plan. ".repeat(30);

  @Test
  void h2() {
    var db = new RegisterDatabase();
    try {
      run("h2-memory", db.dataSource);
    } finally {
      db.close();
    }
  }

  @Test
  void postgres() {
    var schema = TestPostgres.createSchema("bench");
    var dataSource = TestPostgres.dataSource(schema);
    Flyway.configure().dataSource(dataSource).schemas(schema).table("oic_schema_history")
        .locations("classpath:db/migration").load().migrate();
    try {
      run("postgresql", dataSource);
    } finally {
      TestPostgres.dropSchema(schema);
    }
  }

  private static void run(String database, DataSource dataSource) {
    var register = new EvidenceRegister(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC(),
        ZoneId.of("Europe/London"), RegisterDatabase.KEY,
        new EvidenceWitness(RegisterDatabase.witnessFile()));
    register.seal();
    var attachment = new byte[ATTACHMENT_BYTES];
    new java.util.Random(1).nextBytes(attachment);

    long started = System.nanoTime();
    for (int i = 1; i <= ENTRIES; i++) {
      var entry = NewEvidence.builder("hiow-oic-2025", EvidenceKind.PROGRESS_UPDATE, "Progress update " + i)
          .area(1 + i % 9)
          .description(DESCRIPTION)
          .reference("REF-" + i)
          .recordedBy("area" + (1 + i % 9) + ".owner")
          .sourceKey("benchmark/" + i);
      if (i % ATTACHMENT_EVERY == 0) {
        entry.attachment("minutes-" + i + ".pdf", "application/pdf", attachment);
      }
      register.append(entry.build());
    }
    double appendSeconds = seconds(started);

    started = System.nanoTime();
    var report = register.verify();
    double verifySeconds = seconds(started);

    started = System.nanoTime();
    // the last full page of area 4's entries (entry i belongs to area 1 + i % 9), as deep as the data allows
    int areaFour = (ENTRIES - 3) / 9 + 1;
    int lastFullPage = Math.max(0, areaFour / 50 - 1);
    var page = register.search(new EvidenceFilter("hiow-oic-2025", null, 4, null, null, null, null), null, lastFullPage, 50);
    double searchMillis = seconds(started) * 1000;

    assertThat(report.valid()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(ENTRIES);
    assertThat(page.entries()).hasSize(Math.min(50, areaFour));
    // one entry in ATTACHMENT_EVERY carries an attachment of ATTACHMENT_BYTES; the search reads the last
    // full page (50 entries) of one area's entries
    Bench.figure("EVIDENCE", "register", "db", database, "entries", ENTRIES,
        "append", Math.round(ENTRIES / appendSeconds) + "/s",
        "appendEach", String.format(Locale.UK, "%.2fms", appendSeconds * 1000 / ENTRIES),
        "verify", String.format(Locale.UK, "%.2fs", verifySeconds),
        "verifyRate", Math.round(ENTRIES / verifySeconds) + "/s",
        "searchPage", String.format(Locale.UK, "%.1fms", searchMillis),
        "areaEntries", areaFour);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
