package uk.oic.actionplan.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.identity.ldap.LdapProperties;

/**
 * Checks user name and password against the engine's identity service, so the accounts managed
 * in Admin are the accounts for the whole application. Each group becomes an authority
 * {@code GROUP_<id>}.
 *
 * <p>With the directory ({@code oic.ldap.enabled}) the password is checked by binding to the directory
 * as the user, and the groups are the directory groups the user is a member of, read afresh at every
 * login. The directory's administrators named in the configuration are administrators here too
 * ({@code GROUP_camunda-admin}).
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LdapProperties directory;

  IdentityServiceAuthenticationProvider(IdentityService identityService, LdapProperties directory) {
    this.identityService = identityService;
    this.directory = directory;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    var userId = authentication.getName();
    var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
    if (userId == null || userId.isBlank() || !identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    // the user as the identity service names them: a directory matches "JSmith" and " jsmith" to jsmith,
    // who must be one user here, not three
    var user = identityService.createUserQuery().userId(userId).singleResult();
    if (user != null) {
      userId = user.getId();
    }
    var groups = new java.util.LinkedHashSet<String>();
    identityService.createGroupQuery().groupMember(userId).list().forEach(group -> groups.add(group.getId()));
    if (directory.isAdministrator(userId, groups)) {
      groups.add(Groups.CAMUNDA_ADMIN);
    }
    List<SimpleGrantedAuthority> authorities = groups.stream()
        .map(id -> new SimpleGrantedAuthority(GroupAuthorities.authority(id)))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
