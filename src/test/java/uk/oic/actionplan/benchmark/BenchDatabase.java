package uk.oic.actionplan.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import uk.oic.actionplan.support.TestPostgres;

/**
 * A database a benchmark runs on: H2 in files (as the embedded demo) or a fresh schema of the
 * PostgreSQL test database ({@link TestPostgres}). Each {@link #open} gives a new, empty store that
 * {@link Store#close} removes.
 */
public enum BenchDatabase {
  H2("h2"),
  POSTGRESQL("postgresql");

  private final String label;

  BenchDatabase(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static BenchDatabase named(String name) {
    for (var database : values()) {
      if (database.label.equalsIgnoreCase(name)) {
        return database;
      }
    }
    throw new IllegalArgumentException("Unknown benchmark database " + name + ": h2 or postgresql");
  }

  /** H2 always; PostgreSQL when the test database answers. */
  public boolean reachable() {
    if (this == H2) {
      return true;
    }
    try (var connection = DriverManager.getConnection(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD)) {
      return connection.isValid(5);
    } catch (SQLException unreachable) {
      System.out.println("SKIP postgresql unreachable=" + unreachable.getMessage().replace(' ', '_'));
      return false;
    }
  }

  /** A new empty store; {@code name} goes into the directory's or schema's name. */
  public Store open(String name) {
    try {
      var directory = Files.createTempDirectory("oic-bench-" + name + "-");
      if (this == H2) {
        return new Store(this, directory, null);
      }
      var schema = (name.replaceAll("[^a-z0-9]", "_") + "_" + UUID.randomUUID().toString().replace("-", ""))
          .substring(0, Math.min(40, name.length() + 33));
      try (var connection = DriverManager.getConnection(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD);
          var sql = connection.createStatement()) {
        sql.execute("CREATE SCHEMA " + schema);
      }
      return new Store(this, directory, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a benchmark schema on " + TestPostgres.URL, e);
    }
  }

  /** One benchmark's database: a directory (also for files beside it) and, on PostgreSQL, a schema. */
  public record Store(BenchDatabase database, Path directory, String schema) implements AutoCloseable {

    public String jdbcUrl() {
      return database == H2
          ? "jdbc:h2:file:" + directory.resolve("db/bench").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"
          : TestPostgres.url(schema);
    }

    public String user() {
      return database == H2 ? "sa" : TestPostgres.USER;
    }

    public String password() {
      return database == H2 ? "" : TestPostgres.PASSWORD;
    }

    /** The datasource and, on PostgreSQL, the engine's schema, as Spring Boot arguments. */
    public List<String> springArguments() {
      var arguments = new java.util.ArrayList<>(List.of(
          "--spring.datasource.url=" + jdbcUrl(),
          "--spring.datasource.username=" + user(),
          "--spring.datasource.password=" + password()));
      if (schema != null) {
        // the engine looks for its tables in this schema only, not in other runs' schemas
        arguments.add("--camunda.bpm.database.schema-name=" + schema);
        arguments.add("--camunda.bpm.database.table-prefix=" + schema + ".");
      }
      return arguments;
    }

    @Override
    public void close() {
      if (schema != null) {
        TestPostgres.dropSchema(schema);
      }
      try {
        Files.deleteIfExists(BenchApps.witnessFile(directory));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try (var files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
