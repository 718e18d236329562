package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.oic.actionplan.ActionPlanApplication;
import uk.oic.actionplan.support.TestPostgres;
import uk.oic.actionplan.support.WebSession;

/**
 * The prod profile on a real PostgreSQL: it starts with its own administrator and no demo
 * people, starts the default plan once, and refuses to run once a demo account can log in with
 * the demo password.
 *
 * <p>Needs the test database that {@code .ci/run} creates; elsewhere it is skipped unless CI=true.
 */
class ProductionPostgresIT {

  private static final String ADMIN = "oic-admin";
  private static final String ADMIN_PASSWORD = "correct-horse-battery";

  private String schema;

  @BeforeEach
  void emptySchema() {
    schema = TestPostgres.createSchema("prod_it");
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      TestPostgres.dropSchema(schema);
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
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("oic-area").count()).isEqualTo(9);
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
            "--spring.datasource.url=" + TestPostgres.url(schema),
            // the engine looks for its tables in this schema only, not in other runs' schemas
            "--camunda.bpm.database.schema-name=" + schema,
            "--camunda.bpm.database.table-prefix=" + schema + ".",
            "--spring.datasource.username=" + TestPostgres.USER,
            "--spring.datasource.password=" + TestPostgres.PASSWORD,
            "--camunda.bpm.admin-user.id=" + ADMIN,
            "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
            "--camunda.bpm.job-execution.enabled=false",
            "--oic.evidence.key=a-production-key-for-this-test-only-0123456789",
            "--oic.evidence.witness-file=" + java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), schema + "-witness.log"));
  }
}
