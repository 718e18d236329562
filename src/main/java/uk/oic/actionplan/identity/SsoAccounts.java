package uk.oic.actionplan.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * Turns the claims of a user signed in at the OpenID Connect provider (an ID token at login, a bearer
 * token on an API call) into an engine user and its groups, just in time.
 *
 * <p>With the engine's own user store, the user is created or updated from the claims (names, e-mail,
 * no password) and their memberships of the managed groups (every plan's groups, {@code camunda-admin}
 * and every group named in the mapping) are set to exactly the groups the groups claim maps to; other
 * groups an administrator added them to are left alone. With a read-only store (a directory), nothing
 * is written: the user must be in the directory and their groups are the directory's.
 *
 * <p>A user id that belongs to a local account with a password (the local administrator, a demo user)
 * is refused: signing in at the provider never takes over such an account.
 */
@Component
@ConditionalOnProperty(name = SsoProperties.ENABLED, havingValue = "true")
class SsoAccounts {

  /** The engine's longest user id (ACT_ID_USER.ID_). */
  static final int MAX_USER_ID_LENGTH = 64;
  /** The engine's resource id pattern (camunda.bpm.generic-properties general-resource-whitelist-pattern). */
  static final Pattern VALID_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9._-]");

  private static final Logger LOG = LoggerFactory.getLogger(SsoAccounts.class);

  private final IdentityService identityService;
  private final SsoProperties properties;
  private final PlanCatalog plans;

  SsoAccounts(IdentityService identityService, SsoProperties properties, PlanCatalog plans) {
    this.identityService = identityService;
    this.properties = properties;
    this.plans = plans;
  }

  /** A signed-in user: their engine id and engine groups. */
  record SsoAccount(String userId, List<String> groups) {
    List<GrantedAuthority> authorities() {
      return groups.stream().<GrantedAuthority>map(g -> new SimpleGrantedAuthority(GroupAuthorities.authority(g))).toList();
    }
  }

  /** Why a user may not sign in; the message is shown to them. */
  static class SsoRefusedException extends RuntimeException {
    SsoRefusedException(String message) {
      super(message);
    }
  }

  /**
   * Provisions the user the claims describe and returns their id and groups.
   *
   * @throws SsoRefusedException when the claims name no valid user id, or the user may not sign in
   */
  SsoAccount signIn(Map<String, Object> claims) {
    var userId = userId(claims.get(properties.userIdClaim()), properties.userIdClaim());
    if (identityService.isReadOnly()) {
      return fromDirectory(userId);
    }
    try {
      return provision(userId, claims);
    } catch (SsoRefusedException e) {
      throw e;
    } catch (RuntimeException e) {
      // two first requests of one user at once: the other created the user or a membership first
      LOG.debug("Provisioning {} again after {}", userId, e.toString());
      return provision(userId, claims);
    }
  }

  /**
   * The engine user id for a claim's value: in lower case, every character but a-z, 0-9, '.', '_' and
   * '-' replaced by '_' (jane.smith@force.police.uk becomes jane.smith_force.police.uk).
   *
   * @throws SsoRefusedException when there is no value, or it cannot be made a valid id (it would not
   *     start with a letter or digit, or is longer than {@value #MAX_USER_ID_LENGTH} characters)
   */
  static String userId(Object claim, String claimName) {
    if (!(claim instanceof String value) || value.isBlank()) {
      throw new SsoRefusedException("Your sign-in did not give a user name (claim '" + claimName
          + "'): ask an administrator to check the single sign-on set-up.");
    }
    var id = NOT_ALLOWED.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    if (!VALID_ID.matcher(id).matches() || id.length() > MAX_USER_ID_LENGTH) {
      throw new SsoRefusedException("Your user name '" + value + "' (claim '" + claimName
          + "') cannot be used as a user id here: it must start with a letter or digit and be at most "
          + MAX_USER_ID_LENGTH + " characters. Ask an administrator.");
    }
    return id;
  }

  /** The plan groups the groups claim maps to, in the mapping's order; values not mapped grant nothing. */
  Set<String> mappedGroups(Object claim) {
    var values = new ArrayList<String>();
    if (claim instanceof Collection<?> list) {
      list.stream().filter(Objects::nonNull).map(Object::toString).forEach(values::add);
    } else if (claim instanceof String value) {
      values.add(value);
    }
    var groups = new LinkedHashSet<String>();
    for (var value : values) {
      groups.addAll(properties.groupMapping().getOrDefault(value.strip(), List.of()));
    }
    return groups;
  }

  /** The groups whose members single sign-on decides: the plans' groups, administrators and every mapped group. */
  Set<String> managedGroups() {
    var managed = new TreeSet<String>();
    plans.all().forEach(plan -> managed.addAll(plan.groups()));
    managed.add(Groups.CAMUNDA_ADMIN);
    properties.groupMapping().values().forEach(managed::addAll);
    return managed;
  }

  private SsoAccount fromDirectory(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new SsoRefusedException("There is no user '" + userId + "' in the directory: ask an administrator.");
    }
    return new SsoAccount(userId, groupsOf(userId));
  }

  private SsoAccount provision(String userId, Map<String, Object> claims) {
    var user = identityService.createUserQuery().userId(userId).singleResult();
    if (user != null && user.getPassword() != null) {
      throw new SsoRefusedException("'" + userId + "' is a local account with a password, which single sign-on"
          + " never takes over: sign in with its password, or ask an administrator.");
    }
    if (user == null) {
      user = identityService.newUser(userId);
      copyClaims(claims, user);
      identityService.saveUser(user);
      LOG.info("Single sign-on created the user {}", userId);
    } else if (copyClaims(claims, user)) {
      identityService.saveUser(user);
    }
    var wanted = new LinkedHashSet<String>();
    for (var group : mappedGroups(claims.get(properties.groupsClaim()))) {
      if (identityService.createGroupQuery().groupId(group).count() == 0) {
        LOG.warn("oic.sso.group-mapping names the group '{}', which does not exist: {} is not made a member", group, userId);
      } else {
        wanted.add(group);
      }
    }
    var current = new LinkedHashSet<>(groupsOf(userId));
    for (var group : managedGroups()) {
      if (wanted.contains(group) && !current.contains(group)) {
        identityService.createMembership(userId, group);
        LOG.info("Single sign-on made {} a member of {}", userId, group);
      } else if (!wanted.contains(group) && current.contains(group)) {
        identityService.deleteMembership(userId, group);
        LOG.info("Single sign-on removed {} from {}", userId, group);
      }
    }
    return new SsoAccount(userId, groupsOf(userId));
  }

  /** Copies names and e-mail from the claims; whether anything changed. */
  private static boolean copyClaims(Map<String, Object> claims, User user) {
    var firstName = text(claims.get("given_name"));
    var lastName = text(claims.get("family_name"));
    if (firstName == null && lastName == null) {
      lastName = text(claims.get("name"));
    }
    var email = text(claims.get("email"));
    if (email == null && text(claims.get("preferred_username")) != null && text(claims.get("preferred_username")).contains("@")) {
      email = text(claims.get("preferred_username"));
    }
    boolean changed = false;
    if (!Objects.equals(firstName, user.getFirstName())) {
      user.setFirstName(firstName);
      changed = true;
    }
    if (!Objects.equals(lastName, user.getLastName())) {
      user.setLastName(lastName);
      changed = true;
    }
    if (!Objects.equals(email, user.getEmail())) {
      user.setEmail(email);
      changed = true;
    }
    return changed;
  }

  private static String text(Object claim) {
    if (!(claim instanceof String value) || value.isBlank()) {
      return null;
    }
    var stripped = value.strip();
    return stripped.length() > 255 ? stripped.substring(0, 255) : stripped;
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
