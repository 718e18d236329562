package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import uk.oic.actionplan.support.TestPostgres;

/**
 * The tampering catalogue on PostgreSQL, each kind in a schema of its own: every kind detected, and no
 * append fails with anything but a refusal.
 */
class EvidenceTamperingPostgresIT {

  @Test
  void everyKindOfTamperingInSqlIsDetected() {
    var outcome = Tamperings.run("PostgreSQL", () -> {
      var schema = TestPostgres.createSchema("tamper_it");
      var dataSource = TestPostgres.dataSource(schema);
      Flyway.configure().dataSource(dataSource).schemas(schema).table("oic_schema_history")
          .locations("classpath:db/migration").load().migrate();
      var witness = new EvidenceWitness(RegisterDatabase.witnessFile());
      var register = new EvidenceRegister(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC(),
          ZoneId.of("Europe/London"), RegisterDatabase.KEY, witness);
      register.seal();
      var jdbc = new JdbcTemplate(dataSource);
      return new Tamperings.Fixture() {
        @Override
        public JdbcTemplate jdbc() {
          return jdbc;
        }

        @Override
        public EvidenceRegister register() {
          return register;
        }

        @Override
        public void close() {
          TestPostgres.dropSchema(schema);
          witness.file().toFile().delete();
        }
      };
    });

    assertThat(outcome.kinds()).isGreaterThanOrEqualTo(20);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.detected()).isEqualTo(outcome.kinds());
  }
}
