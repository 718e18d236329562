package uk.oic.actionplan.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.identity.ldap.LdapProperties;
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
 * is refused: signing in at the provider never takes over such an account. Each user id is bound to the
 * person who first signed in with it, by the provider's issuer and subject ({@code oic_sso_account}):
 * anyone else whose user name gives the same id is refused. A token without the groups claim leaves the
 * memberships as they were.
 */
@Component
@ConditionalOnProperty(name = SsoProperties.ENABLED, havingValue = "true")
class SsoAccounts {

  /** The engine's longest user id (ACT_ID_USER.ID_). */
  static final int MAX_USER_ID_LENGTH = 64;
  /** The engine's resource id pattern (camunda.bpm.generic-properties general-resource-whitelist-pattern). */
  static final Pattern VALID_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");
  /** What a user name may hold: a user id's characters, and one '@' (which becomes '_'). */
  private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*(@[a-z0-9._-]+)?");
  /** A bearer call records the user's last use at most this often. */
  static final Duration LAST_SEEN_PRECISION = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(SsoAccounts.class);

  private final IdentityService identityService;
  private final SsoProperties properties;
  private final PlanCatalog plans;
  private final LdapProperties directory;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  SsoAccounts(IdentityService identityService, SsoProperties properties, PlanCatalog plans, LdapProperties directory,
      JdbcTemplate jdbc, Clock engineClock) {
    this.identityService = identityService;
    this.properties = properties;
    this.plans = plans;
    this.directory = directory;
    this.jdbc = jdbc;
    this.clock = engineClock;
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
      var account = fromDirectory(userId);
      bind(account.userId(), claims);
      return account;
    }
    refuseLocalAccount(userId);
    bind(userId, claims);
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
   * Binds the user id to the person the provider names (issuer and subject) on their first sign-in, and
   * refuses a later one from anybody else; notes when the user was last seen.
   */
  private void bind(String userId, Map<String, Object> claims) {
    var issuer = claims.get("iss") == null ? null : text(claims.get("iss").toString());
    var subject = text(claims.get("sub"));
    if (issuer == null || subject == null) {
      throw new SsoRefusedException("Your sign-in did not say who you are at the provider (claims 'iss' and 'sub'):"
          + " ask an administrator to check the single sign-on set-up.");
    }
    var now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    var bound = boundTo(userId);
    if (bound.isEmpty()) {
      try {
        jdbc.update("INSERT INTO oic_sso_account (user_id, issuer, subject, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
            userId, issuer, subject, now, now);
        return;
      } catch (DuplicateKeyException boundMeanwhile) {
        bound = boundTo(userId);
      }
    }
    var person = bound.orElseThrow();
    if ((!person.issuer().equals(issuer) || !person.subject().equals(subject)) && userDeleted(userId)) {
      // an administrator deleted the user (a leaver): the id is free for the next person it is given to
      jdbc.update("UPDATE oic_sso_account SET issuer = ?, subject = ?, created_at = ?, last_seen_at = ? WHERE user_id = ?",
          issuer, subject, now, now, userId);
      LOG.info("Single sign-on gave the user id {}, whose user had been deleted, to another person", userId);
      return;
    }
    if (!person.issuer().equals(issuer) || !person.subject().equals(subject)) {
      throw new SsoRefusedException("The user id '" + userId + "' belongs to another person who signed in before"
          + " (a name given again, or one that looks the same here): ask an administrator.");
    }
    if (person.lastSeenAt().isBefore(now.minus(LAST_SEEN_PRECISION))) {
      jdbc.update("UPDATE oic_sso_account SET last_seen_at = ? WHERE user_id = ?", now, userId);
    }
  }

  /** Whether the engine's own user store no longer has the user (a directory's users are the directory's). */
  private boolean userDeleted(String userId) {
    return !identityService.isReadOnly() && identityService.createUserQuery().userId(userId).count() == 0;
  }

  private record Person(String issuer, String subject, OffsetDateTime lastSeenAt) {}

  private Optional<Person> boundTo(String userId) {
    return jdbc.query("SELECT issuer, subject, last_seen_at FROM oic_sso_account WHERE user_id = ?",
        (rs, n) -> new Person(rs.getString("issuer"), rs.getString("subject"),
            rs.getObject("last_seen_at", OffsetDateTime.class)), userId).stream().findFirst();
  }

  /**
   * The engine user id for a claim's value: in lower case, with its '@' replaced by '_'
   * (jane.smith@force.police.uk becomes jane.smith_force.police.uk). Nothing else is rewritten, so two
   * different names cannot become one id but through that '@'; and each id is bound to the person who
   * first signed in with it ({@link #signIn}).
   *
   * @throws SsoRefusedException when there is no value, or it holds other characters than letters, digits,
   *     '.', '_', '-' and one '@', does not start with a letter or digit, or is longer than
   *     {@value #MAX_USER_ID_LENGTH} characters
   */
  static String userId(Object claim, String claimName) {
    if (!(claim instanceof String value) || value.isBlank()) {
      throw new SsoRefusedException("Your sign-in did not give a user name (claim '" + claimName
          + "'): ask an administrator to check the single sign-on set-up.");
    }
    var lower = value.strip().toLowerCase(Locale.ROOT);
    var id = lower.replace('@', '_');
    if (!USER_NAME.matcher(lower).matches() || !VALID_ID.matcher(id).matches() || id.length() > MAX_USER_ID_LENGTH) {
      throw new SsoRefusedException("Your user name '" + value + "' (claim '" + claimName
          + "') cannot be used as a user id here: it may hold letters, digits, '.', '_', '-' and one '@', must start"
          + " with a letter or digit and be at most " + MAX_USER_ID_LENGTH + " characters. Ask an administrator.");
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

  /** The directory's user (named as the directory names them), their directory groups and administrator rights. */
  private SsoAccount fromDirectory(String userId) {
    var user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new SsoRefusedException("There is no user '" + userId + "' in the directory: ask an administrator.");
    }
    var groups = new LinkedHashSet<>(groupsOf(user.getId()));
    if (directory.isAdministrator(user.getId(), groups)) {
      groups.add(Groups.CAMUNDA_ADMIN);
    }
    return new SsoAccount(user.getId(), List.copyOf(groups));
  }

  /** Refuses the id of a local account with a password (the local administrator, a demo user). */
  private void refuseLocalAccount(String userId) {
    var user = identityService.createUserQuery().userId(userId).singleResult();
    if (user != null && user.getPassword() != null) {
      throw new SsoRefusedException("'" + userId + "' is a local account with a password, which single sign-on"
          + " never takes over: sign in with its password, or ask an administrator.");
    }
  }

  private SsoAccount provision(String userId, Map<String, Object> claims) {
    refuseLocalAccount(userId);
    var user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
      copyClaims(claims, user);
      identityService.saveUser(user);
      LOG.info("Single sign-on created the user {}", userId);
    } else if (copyClaims(claims, user)) {
      identityService.saveUser(user);
    }
    var groupsClaim = claims.get(properties.groupsClaim());
    if (groupsClaim == null || claims.containsKey("_claim_names")) {
      // no groups in this token (an access token without them, or Entra ID's "too many groups to list"):
      // the memberships stay as the last token that listed them left them
      LOG.warn("The token of {} lists no groups (claim '{}'): their groups stay as they were", userId, properties.groupsClaim());
      return new SsoAccount(userId, groupsOf(userId));
    }
    var wanted = new LinkedHashSet<String>();
    for (var group : mappedGroups(groupsClaim)) {
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

  /** Copies names and e-mail from the claims; a claim the token lacks leaves its field alone. Whether anything changed. */
  private static boolean copyClaims(Map<String, Object> claims, User user) {
    var firstName = text(claims.get("given_name"));
    var lastName = text(claims.get("family_name"));
    if (firstName == null && lastName == null) {
      lastName = text(claims.get("name"));
    }
    var email = text(claims.get("email"));
    var userName = text(claims.get("preferred_username"));
    if (email == null && user.getEmail() == null && userName != null && userName.contains("@")) {
      email = userName;
    }
    boolean changed = false;
    if (firstName != null && !firstName.equals(user.getFirstName())) {
      user.setFirstName(firstName);
      changed = true;
    }
    if (lastName != null && !lastName.equals(user.getLastName())) {
      user.setLastName(lastName);
      changed = true;
    }
    if (email != null && !email.equals(user.getEmail())) {
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
