package uk.oic.actionplan.identity;

import java.util.Collection;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in through the OpenID Connect provider, known to the application, the engine and the
 * webapps by their engine user id (the principal's name) rather than the provider's subject.
 */
class SsoUser extends DefaultOidcUser {

  private static final long serialVersionUID = 1L;

  private final String userId;

  SsoUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo, String userId) {
    super(authorities, idToken, userInfo, StandardClaimNames.SUB);
    this.userId = userId;
  }

  @Override
  public String getName() {
    return userId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SsoUser user && super.equals(other) && userId.equals(user.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), userId);
  }
}
