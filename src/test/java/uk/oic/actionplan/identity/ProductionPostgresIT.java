package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.oic.actionplan.ActionPlanApplication;
import uk.oic.actionplan.support.WebSession;

/**
 * The prod profile on a real PostgreSQL: it starts with its own administrator and no demo
 * people, starts the default plan once, and refuses to run once a demo account can log in with
 * the demo password.
 *
 * <p>Needs the test database that {@code .ci/run} creates; elsewhere it is skipped unless CI=true.
 */
class ProductionPostgresIT {

  private static final String URL = env("OIC_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/oic_test");
  private static final String USER = env("OIC_TEST_DATABASE_USER", "oic_test");
  private static final String PASSWORD = env("OIC_TEST_DATABASE_PASSWORD", "oic_test");
  private static final String ADMIN = "oic-admin";
  private static final String ADMIN_PASSWORD = "correct-horse-battery";

  /** A schema of this run's own, so that builds sharing the test database never meet. */
  private final String schema = "prod_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @BeforeEach
  void emptySchema() {
    try (var connection = DriverManager.getConnection(URL, USER, PASSWORD); var sql = connection.createStatement()) {
      sql.execute("CREATE SCHEMA " + schema);
    } catch (SQLException unavailable) {
      assumeTrue("true".equals(System.getenv("CI")) ? fail(unavailable) : false,
          "PostgreSQL test database not reachable (" + unavailable.getMessage() + "); .ci/run creates it");
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (var connection = DriverManager.getConnection(URL, USER, PASSWORD); var sql = connection.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void productionRunsOnPostgresWithItsOwnAdministratorAndNoDemoPeople() {
    try (var app = start()) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      assertThat(WebSession.basic(port, ADMIN, ADMIN_PASSWORD).get("/engine-rest/group?id=area-1-owners").body())
          .contains("area-1-owners");
      assertThat(WebSession.basic(port, "demo", "demo").get("/engine-rest/task").statusCode()).isEqualTo(401);
      // the default plan runs on PostgreSQL: started once, with its nine areas and the assurance loop
      var runtime = app.getBean(RuntimeService.class);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("oic-action-plan")
          .processInstanceBusinessKey("hiow-oic-2025").count()).isEqualTo(1);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKeyIn("oic-area-1", "oic-area-2", "oic-area-3",
          "oic-area-4", "oic-area-5", "oic-area-6", "oic-area-7", "oic-area-8", "oic-area-9").count()).isEqualTo(9);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("oic-pcc-assurance").count()).isEqualTo(1);
      var identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().userId("area1.owner").count()).isZero();
      // a demo account appears, as in a database copied from a demo
      var copied = identity.newUser("area1.owner");
      copied.setPassword(DemoUsers.PASSWORD);
      identity.saveUser(copied);
    }
    assertThatThrownBy(this::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo accounts [area1.owner] still accept the demo password");
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ActionPlanApplication.class)
        .profiles("prod")
        .run("--server.port=0",
            "--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
            // the engine looks for its tables in this schema only, not in other runs' schemas
            "--camunda.bpm.database.schema-name=" + schema,
            "--camunda.bpm.database.table-prefix=" + schema + ".",
            "--spring.datasource.username=" + USER,
            "--spring.datasource.password=" + PASSWORD,
            "--camunda.bpm.admin-user.id=" + ADMIN,
            "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
            "--camunda.bpm.job-execution.enabled=false");
  }

  private static boolean fail(SQLException cause) {
    throw new IllegalStateException("CI=true but the PostgreSQL test database is not reachable", cause);
  }

  private static String env(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
