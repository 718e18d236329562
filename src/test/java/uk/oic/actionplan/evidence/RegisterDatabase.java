package uk.oic.actionplan.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A private in-memory database with the application's migrations, and a register on it: no engine, no Spring context. */
final class RegisterDatabase {

  static final Instant NOW = Instant.parse("2026-01-15T10:30:00.123Z");
  static final EvidenceKey KEY = EvidenceKey.of("test-key-for-the-evidence-register-never-used-in-production");

  final DriverManagerDataSource dataSource;
  final JdbcTemplate jdbc;
  final EvidenceRegister register;
  final EvidenceWitness witness;

  RegisterDatabase() {
    dataSource = new DriverManagerDataSource("jdbc:h2:mem:evidence-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure()
        .dataSource(dataSource)
        .table("oic_schema_history")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    jdbc = new JdbcTemplate(dataSource);
    witness = new EvidenceWitness(witnessFile());
    register = new EvidenceRegister(dataSource, new DataSourceTransactionManager(dataSource),
        Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/London"), KEY, witness);
    register.seal();
  }

  void close() {
    jdbc.execute("SHUTDOWN");
    try {
      java.nio.file.Files.deleteIfExists(witness.file());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A witness file of the test's own, outside any database. */
  static java.nio.file.Path witnessFile() {
    try {
      var file = java.nio.file.Files.createTempFile("evidence-witness-", ".log");
      java.nio.file.Files.delete(file);
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
