package uk.oic.actionplan.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The PostgreSQL test database that {@code .ci/run} creates ({@code OIC_TEST_DATABASE_URL},
 * {@code _USER}, {@code _PASSWORD}; default {@code oic_test} on localhost), one schema per test run
 * so that builds sharing it never meet.
 */
public final class TestPostgres {

  public static final String URL = env("OIC_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/oic_test");
  public static final String USER = env("OIC_TEST_DATABASE_USER", "oic_test");
  public static final String PASSWORD = env("OIC_TEST_DATABASE_PASSWORD", "oic_test");

  private TestPostgres() {}

  /**
   * Creates a schema of this run's own and gives its name. Without the database the calling test is
   * skipped, unless {@code CI=true}, where it fails: CI provides the database.
   */
  public static String createSchema(String prefix) {
    var schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      execute("CREATE SCHEMA " + schema);
    } catch (SQLException unavailable) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but the PostgreSQL test database is not reachable: " + unavailable.getMessage(), unavailable);
      }
      assumeTrue(false, "PostgreSQL test database not reachable (" + unavailable.getMessage() + "); .ci/run creates it");
    }
    return schema;
  }

  public static void dropSchema(String schema) {
    try {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop the test schema " + schema, e);
    }
  }

  /** The JDBC URL with the schema as the connection's current schema. */
  public static String url(String schema) {
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public static DataSource dataSource(String schema) {
    return new SimpleDriverDataSource(new org.postgresql.Driver(), url(schema), USER, PASSWORD);
  }

  private static void execute(String statement) throws SQLException {
    try (var connection = DriverManager.getConnection(URL, USER, PASSWORD); var sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  private static String env(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
