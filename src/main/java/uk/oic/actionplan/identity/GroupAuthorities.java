package uk.oic.actionplan.identity;

import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * A logged-in user's engine groups as Spring Security holds them: each group is the authority
 * {@code GROUP_<id>}. The one place that knows the prefix.
 */
public final class GroupAuthorities {

  static final String PREFIX = "GROUP_";

  private GroupAuthorities() {}

  static String authority(String groupId) {
    return PREFIX + groupId;
  }

  /** Whether the user is a member of the group; false without a user. */
  public static boolean isMember(Authentication user, String groupId) {
    return user != null && user.getAuthorities().stream().anyMatch(a -> authority(groupId).equals(a.getAuthority()));
  }

  /** The ids of the user's groups. */
  public static List<String> groups(Authentication user) {
    return user == null ? List.of() : user.getAuthorities().stream().map(a -> a.getAuthority())
        .filter(a -> a.startsWith(PREFIX)).map(a -> a.substring(PREFIX.length())).toList();
  }
}
