package uk.oic.actionplan.identity;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Boot's OAuth2 client and resource server auto-configuration out unless single sign-on
 * is enabled ({@value SsoProperties#ENABLED}): with it off, provider settings left in the environment
 * are not read, no provider is contacted at start-up and no login or token endpoint exists.
 */
public class SsoAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

  static final String OAUTH2_AUTO_CONFIGURATION = "org.springframework.boot.autoconfigure.security.oauth2.";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
    boolean enabled = environment != null && environment.getProperty(SsoProperties.ENABLED, Boolean.class, false);
    var matches = new boolean[autoConfigurationClasses.length];
    for (int i = 0; i < autoConfigurationClasses.length; i++) {
      var name = autoConfigurationClasses[i];
      matches[i] = enabled || name == null || !name.startsWith(OAUTH2_AUTO_CONFIGURATION);
    }
    return matches;
  }
}
