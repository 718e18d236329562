package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import uk.oic.actionplan.support.TestPostgres;

/**
 * The register's migration, round trips, locking and verification on a real PostgreSQL, in a schema
 * of its own so that it never meets other tests' tables.
 *
 * <p>Needs the test database that {@code .ci/run} creates; elsewhere it is skipped unless CI=true.
 */
class EvidenceRegisterPostgresIT {

  private String schema;
  private JdbcTemplate jdbc;
  private EvidenceRegister register;

  @BeforeEach
  void registerInItsOwnSchema() {
    schema = TestPostgres.createSchema("evidence_it");
    var dataSource = TestPostgres.dataSource(schema);
    Flyway.configure().dataSource(dataSource).schemas(schema).table("oic_schema_history")
        .locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    register = new EvidenceRegister(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC(),
        ZoneId.of("Europe/London"), RegisterDatabase.KEY,
        new EvidenceWitness(RegisterDatabase.witnessFile()));
    register.seal();
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void entriesRoundTripExactlyAndVerify() {
    var bytes = "station,trained\nA,12\n".getBytes(StandardCharsets.UTF_8);
    var first = register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.TRAINING_FIGURES, "Hydra figures")
        .recommendation("rec-8").area(7).description("Figures with ümlauts and “quotes”\r\nand lines")
        .effectiveDate(LocalDate.of(2026, 3, 31)).recordedBy("area7.owner").sourceKey("pi/act")
        .attachment("hydra.csv", "text/csv", bytes).build());
    var correction = register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.TRAINING_FIGURES, "Hydra figures (corrected)")
        .supersedes(first.id()).build());

    assertThat(register.find(first.id())).contains(first);
    assertThat(register.find(correction.id())).contains(correction);
    assertThat(register.findBySourceKey("pi/act")).contains(first);
    assertThat(register.attachmentContent(first.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    assertThat(register.search(new EvidenceFilter("hiow-oic-2025", "rec-8", 7, EvidenceKind.TRAINING_FIGURES,
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null), List.of("hiow-oic-2025"), 0, 10).entries()).containsExactly(first);
    assertThat(register.verify().valid()).isTrue();

    jdbc.update("UPDATE oic_evidence_attachment SET content = ? WHERE entry_id = ?", new byte[] {1}, first.id());
    assertThat(register.verify().firstFailure().reason()).contains("attachment does not match");
  }

  @Test
  void concurrentAppendsFormOneUnbrokenChain() throws Exception {
    var pool = Executors.newFixedThreadPool(4);
    try {
      var appends = new ArrayList<Future<EvidenceEntry>>();
      for (int i = 0; i < 40; i++) {
        var title = "Decision " + i;
        appends.add(pool.submit(() -> register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.DECISION, title).build())));
      }
      for (var append : appends) {
        append.get();
      }
    } finally {
      pool.shutdown();
    }

    var report = register.verify();
    assertThat(report.valid()).as("%s", report).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(40);
  }
}
