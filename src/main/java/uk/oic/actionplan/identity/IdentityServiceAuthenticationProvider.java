package uk.oic.actionplan.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the engine's identity service, so the accounts managed
 * in Admin are the accounts for the whole application. Each group becomes an authority
 * {@code GROUP_<id>}.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  IdentityServiceAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    var userId = authentication.getName();
    var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
    if (userId == null || userId.isBlank() || !identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority(GroupAuthorities.authority(id)))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
