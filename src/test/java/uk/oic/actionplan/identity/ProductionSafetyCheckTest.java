package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import uk.oic.actionplan.ActionPlanApplication;

class ProductionSafetyCheckTest {

  @Test
  void aSafeProductionConfigurationHasNoProblems() {
    assertThat(ProductionSafetyCheck.problems(production())).isEmpty();
  }

  @Test
  void h2IsRefused() {
    var env = production().withProperty("spring.datasource.url", "jdbc:h2:file:./data/oic");
    assertThat(ProductionSafetyCheck.problems(env))
        .singleElement().asString().contains("H2 database", "production needs PostgreSQL");
  }

  @Test
  void aMissingDatabaseIsRefused() {
    var env = production().withProperty("spring.datasource.url", "");
    assertThat(ProductionSafetyCheck.problems(env)).singleElement().asString().contains("OIC_DATABASE_URL");
  }

  @Test
  void demoUsersAndTheDemoAdministratorAreRefused() {
    var env = production().withProperty("oic.demo.enabled", "true").withProperty("camunda.bpm.admin-user.id", "demo");
    assertThat(ProductionSafetyCheck.problems(env)).hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("oic.demo.enabled is true"))
        .anySatisfy(p -> assertThat(p).contains("'demo' is a demo account"));
  }

  @Test
  void aMissingOrShortAdministratorPasswordIsRefused() {
    assertThat(ProductionSafetyCheck.problems(production().withProperty("camunda.bpm.admin-user.id", "")))
        .singleElement().asString().contains("no way to sign in", "OIC_SSO_ENABLED", "OIC_LDAP_ENABLED", "OIC_ADMIN_ID");
    assertThat(ProductionSafetyCheck.problems(production().withProperty("camunda.bpm.admin-user.password", "demo")))
        .singleElement().asString().contains("at least 12 characters");
  }

  @Test
  void singleSignOnOrTheDirectoryStandsInForTheLocalAdministrator() {
    var noLocalAdmin = production().withProperty("camunda.bpm.admin-user.id", "").withProperty("camunda.bpm.admin-user.password", "");
    assertThat(ProductionSafetyCheck.problems(noLocalAdmin.withProperty("oic.sso.enabled", "true"))).isEmpty();
    var directory = production().withProperty("camunda.bpm.admin-user.id", "").withProperty("oic.ldap.enabled", "true")
        .withProperty("oic.ldap.server-url", "ldaps://dc1.force.example:636");
    assertThat(ProductionSafetyCheck.problems(directory)).isEmpty();
    // an administrator from the directory signs in with the directory's password, never this one
    var directoryAdmin = production().withProperty("oic.ldap.enabled", "true").withProperty("camunda.bpm.admin-user.password", "")
        .withProperty("oic.ldap.server-url", "ldaps://dc1.force.example:636");
    assertThat(ProductionSafetyCheck.problems(directoryAdmin)).isEmpty();
    // with single sign-on, a local administrator still needs a strong password
    var weakLocalAdmin = production().withProperty("oic.sso.enabled", "true").withProperty("camunda.bpm.admin-user.password", "short");
    assertThat(ProductionSafetyCheck.problems(weakLocalAdmin)).singleElement().asString().contains("at least 12 characters");
    // and never a demo account
    var demoAdmin = production().withProperty("oic.ldap.enabled", "true").withProperty("camunda.bpm.admin-user.id", "demo")
        .withProperty("oic.ldap.server-url", "ldaps://dc1.force.example:636");
    assertThat(ProductionSafetyCheck.problems(demoAdmin)).singleElement().asString().contains("'demo' is a demo account");
  }

  @Test
  void theDirectoryMustPresentATrustedCertificate() {
    var env = production().withProperty("oic.ldap.enabled", "true").withProperty("oic.ldap.accept-untrusted-certificates", "true")
        .withProperty("oic.ldap.server-url", "ldaps://dc1.force.example:636");
    assertThat(ProductionSafetyCheck.problems(env)).singleElement().asString().contains("trust store");
  }

  @Test
  void passwordsGoToTheDirectoryEncrypted() {
    var plain = production().withProperty("oic.ldap.enabled", "true").withProperty("oic.ldap.server-url", "ldap://dc1.force.example:389");
    assertThat(ProductionSafetyCheck.problems(plain)).singleElement().asString().contains("ldaps://", "OIC_LDAP_ALLOW_UNENCRYPTED");
    assertThat(ProductionSafetyCheck.problems(plain.withProperty("oic.ldap.allow-unencrypted", "true"))).isEmpty();
  }

  @Test
  void calendarUrlsAreGivenOutOverHttpsOnly() {
    assertThat(ProductionSafetyCheck.problems(production().withProperty("oic.calendar-feed.base-url", "https://oic.example.police.uk")))
        .isEmpty();
    assertThat(ProductionSafetyCheck.problems(production().withProperty("oic.calendar-feed.base-url", "http://oic.example.police.uk")))
        .singleElement().asString().contains("OIC_CALENDAR_FEED_BASE_URL", "https://");
  }

  @Test
  void theProdProfileRefusesToStartOnH2WithDemoUsersSayingWhy() {
    var application = new SpringApplicationBuilder(ActionPlanApplication.class)
        .profiles("prod");
    assertThatThrownBy(() -> application.run(
            "--spring.datasource.url=jdbc:h2:mem:refused", "--oic.demo.enabled=true", "--server.port=0"))
        .isInstanceOf(ProductionSafetyCheck.UnsafeProductionConfigurationException.class)
        .hasMessageContaining("Refusing to start with the prod profile")
        .hasMessageContaining("H2 database")
        .hasMessageContaining("oic.demo.enabled is true")
        .hasMessageContaining("no way to sign in");
  }

  @Test
  void otherProfilesAreNotChecked() {
    var env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
    env.setActiveProfiles("demo");
    new ProductionSafetyCheck().postProcessEnvironment(env, null);
    assertThat(env.getActiveProfiles()).containsExactly("demo");
  }

  private static MockEnvironment production() {
    var env = new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/oic")
        .withProperty("camunda.bpm.admin-user.id", "oic-admin")
        .withProperty("camunda.bpm.admin-user.password", "a-long-enough-secret");
    env.setActiveProfiles("prod");
    return env;
  }
}
