package uk.oic.actionplan.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops the {@code prod} profile before anything starts when its configuration is unsafe: no
 * PostgreSQL database, the embedded demo switched on, no way to sign in but demo accounts (neither single
 * sign-on, the directory, nor a local administrator with a strong password), or calendar URLs, which carry
 * a secret, given out over plain HTTP.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final String PROD = "prod";
  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
  /** Single sign-on through OpenID Connect is configured. */
  static final String SSO_ENABLED = "oic.sso.enabled";
  /** The engine's users and groups come from an LDAP directory. */
  static final String LDAP_ENABLED = "oic.ldap.enabled";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROD))) {
      return;
    }
    var problems = problems(environment);
    if (!problems.isEmpty()) {
      throw new UnsafeProductionConfigurationException(problems);
    }
  }

  static List<String> problems(ConfigurableEnvironment environment) {
    var problems = new ArrayList<String>();
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      problems.add("the demo profile is active alongside prod: run with SPRING_PROFILES_ACTIVE=prod alone");
    }
    if (environment.getProperty("oic.demo.enabled", Boolean.class, false)) {
      problems.add("oic.demo.enabled is true: demo users are for the embedded demo only");
    }
    var url = environment.getProperty("spring.datasource.url", "");
    if (url.isBlank()) {
      problems.add("no database: set OIC_DATABASE_URL (spring.datasource.url) to a jdbc:postgresql:// URL");
    } else if (url.startsWith("jdbc:h2:")) {
      problems.add("spring.datasource.url is an H2 database (" + url + "): production needs PostgreSQL");
    } else if (!url.startsWith("jdbc:postgresql:")) {
      problems.add("spring.datasource.url must be a jdbc:postgresql:// URL, not " + url);
    }
    var sso = environment.getProperty(SSO_ENABLED, Boolean.class, false);
    var ldap = environment.getProperty(LDAP_ENABLED, Boolean.class, false);
    var adminId = environment.getProperty("camunda.bpm.admin-user.id", "");
    var adminPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (adminId.isBlank() && !sso && !ldap) {
      problems.add("no way to sign in: set up single sign-on (OIC_SSO_ENABLED), the directory (OIC_LDAP_ENABLED), "
          + "or a local administrator (OIC_ADMIN_ID and OIC_ADMIN_PASSWORD)");
    } else if (adminId.equals(DemoUsers.ADMIN_ID) || DemoUsers.ALL.stream().anyMatch(u -> u.id().equals(adminId))) {
      problems.add("the administrator '" + adminId + "' is a demo account: choose another OIC_ADMIN_ID");
    }
    // a local administrator signs in with this password; one from the directory signs in with the directory's
    if (!adminId.isBlank() && !ldap && adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH) {
      problems.add("OIC_ADMIN_PASSWORD must be at least " + MIN_ADMIN_PASSWORD_LENGTH + " characters");
    }
    if (ldap && environment.getProperty("oic.ldap.accept-untrusted-certificates", Boolean.class, false)) {
      problems.add("oic.ldap.accept-untrusted-certificates is true: it turns off certificate checks for every TLS "
          + "connection of the application; put the directory's CA in the JVM's trust store instead");
    }
    var ldapUrl = environment.getProperty("oic.ldap.server-url", "").strip();
    if (ldap && !ldapUrl.toLowerCase(java.util.Locale.ROOT).startsWith("ldaps://")
        && !environment.getProperty("oic.ldap.allow-unencrypted", Boolean.class, false)) {
      problems.add("oic.ldap.server-url (OIC_LDAP_URL) must be an ldaps:// address, not '" + ldapUrl + "': every sign-in"
          + " sends the user's password to the directory (OIC_LDAP_ALLOW_UNENCRYPTED=true only where the network"
          + " itself is encrypted)");
    }
    var calendarBase = environment.getProperty("oic.calendar-feed.base-url", "").strip();
    if (!calendarBase.isEmpty() && !calendarBase.startsWith("https://")) {
      problems.add("oic.calendar-feed.base-url (OIC_CALENDAR_FEED_BASE_URL) must be an https:// address, not "
          + calendarBase + ": the calendar URLs carry a secret");
    }
    return problems;
  }

  /** Thrown at start-up; the message lists every problem found. */
  static class UnsafeProductionConfigurationException extends IllegalStateException {
    UnsafeProductionConfigurationException(List<String> problems) {
      super("Refusing to start with the prod profile:\n  - " + String.join("\n  - ", problems));
    }
  }
}
