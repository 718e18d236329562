package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * How fast the register appends and how long a full verification takes as it grows, on H2 (the
 * embedded default) and on PostgreSQL (production) when the test database is reachable. Prints its
 * figures; not part of {@code ./mvnw verify}. Run it with
 *
 * <pre>
 * ./mvnw test -Dtest=EvidenceRegisterBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.entries=10000]
 * </pre>
 */
class EvidenceRegisterBenchmark {

  private static final int ENTRIES = Integer.getInteger("benchmark.entries", 10_000);
  /** One entry in this many carries an attachment of {@link #ATTACHMENT_BYTES}. */
  private static final int ATTACHMENT_EVERY = 20;
  private static final int ATTACHMENT_BYTES = 256 * 1024;
  private static final String DESCRIPTION = "Progress against the delivery plan. ".repeat(30);

  @Test
  void h2() {
    var db = new RegisterDatabase();
    try {
      run("H2 (in memory)", db.dataSource);
    } finally {
      db.close();
    }
  }

  @Test
  void postgres() throws SQLException {
    var url = System.getenv().getOrDefault("OIC_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/oic_test");
    var schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (var connection = DriverManager.getConnection(url, "oic_test", "oic_test"); var sql = connection.createStatement()) {
      sql.execute("CREATE SCHEMA " + schema);
    } catch (SQLException unavailable) {
      System.out.println("PostgreSQL not reachable, skipped: " + unavailable.getMessage());
      return;
    }
    var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url + "?currentSchema=" + schema, "oic_test", "oic_test");
    Flyway.configure().dataSource(dataSource).schemas(schema).table("oic_schema_history")
        .locations("classpath:db/migration").load().migrate();
    try {
      run("PostgreSQL", dataSource);
    } finally {
      new JdbcTemplate(dataSource).execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void run(String database, DataSource dataSource) {
    var register = new EvidenceRegister(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC(),
        ZoneId.of("Europe/London"));
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
    var page = register.search(new EvidenceFilter("hiow-oic-2025", null, 4, null, null, null, null), null, 5, 50);
    double searchMillis = seconds(started) * 1000;

    assertThat(report.valid()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(ENTRIES);
    assertThat(page.entries()).hasSize(50);
    System.out.printf(Locale.UK, "%n%s: %,d entries (one in %d with a %d KB attachment)%n"
            + "  append:  %.1f s, %.0f entries/s, %.2f ms each%n"
            + "  verify:  %.2f s for the whole chain, %.0f entries/s%n"
            + "  search:  %.1f ms for page 6 of one area (50 entries)%n",
        database, ENTRIES, ATTACHMENT_EVERY, ATTACHMENT_BYTES / 1024,
        appendSeconds, ENTRIES / appendSeconds, appendSeconds * 1000 / ENTRIES,
        verifySeconds, ENTRIES / verifySeconds, searchMillis);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
