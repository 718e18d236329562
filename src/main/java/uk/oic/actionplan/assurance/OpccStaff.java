package uk.oic.actionplan.assurance;

import org.springframework.security.core.Authentication;

/** Who may start assurance cycles and reopen recommendations: members of the plan's OPCC staff group. */
final class OpccStaff {

  /** Spring Security authority of a group, as the identity provider grants it. */
  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  private OpccStaff() {}

  static boolean isMember(String opccStaffGroup, Authentication user) {
    return user != null && user.getAuthorities().stream()
        .anyMatch(a -> (GROUP_AUTHORITY_PREFIX + opccStaffGroup).equals(a.getAuthority()));
  }
}
