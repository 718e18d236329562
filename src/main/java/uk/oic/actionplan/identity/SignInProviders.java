package uk.oic.actionplan.identity;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the login page offers besides the password form: a "Sign in with ..." link for each single
 * sign-on provider (none while single sign-on is off), and why a single sign-on was refused. The page
 * reads it as {@code @signInProviders}.
 */
@Component("signInProviders")
public class SignInProviders {

  /** A provider to sign in with: its name on the page and where the link starts the sign-in. */
  public record Provider(String name, String url) {}

  private final List<Provider> providers;

  SignInProviders(Environment environment, ObjectProvider<ClientRegistrationRepository> registrations) {
    boolean enabled = environment.getProperty(SsoProperties.ENABLED, Boolean.class, false);
    this.providers = !enabled ? List.of() : SingleSignOn.clientRegistrations(registrations.getIfAvailable()).stream()
        .map(r -> new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()))
        .toList();
  }

  public List<Provider> all() {
    return providers;
  }

  /** Why the last single sign-on in this session was refused; empty when none was. */
  public String failure() {
    var attributes = RequestContextHolder.getRequestAttributes();
    if (providers.isEmpty() || attributes == null) {
      return "";
    }
    var failure = attributes.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, RequestAttributes.SCOPE_SESSION);
    if (failure instanceof OAuth2AuthenticationException oauth2) {
      var description = oauth2.getError().getDescription();
      return description != null ? description : "Single sign-on failed (" + oauth2.getError().getErrorCode() + ").";
    }
    if (failure instanceof AuthenticationException other) {
      return "Single sign-on failed: " + other.getMessage();
    }
    return "Single sign-on failed.";
  }
}
