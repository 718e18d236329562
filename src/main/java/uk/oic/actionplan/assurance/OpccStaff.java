package uk.oic.actionplan.assurance;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import uk.oic.actionplan.identity.GroupAuthorities;
import uk.oic.actionplan.plan.PlanDefinition;

/** Who may start assurance cycles and reopen recommendations: members of the plan's OPCC staff group. */
final class OpccStaff {

  private OpccStaff() {}

  static boolean isMember(PlanDefinition plan, Authentication user) {
    return GroupAuthorities.isMember(user, plan.roles().opccStaff());
  }

  /** The plan, if the user is one of its OPCC staff; refused with 404 for an unknown plan, 403 otherwise. */
  static PlanDefinition require(AssuranceLoop loop, String planId, Authentication user) {
    var plan = loop.plan(planId);
    if (!isMember(plan, user)) {
      throw new AssuranceLoop.AssuranceRequestException(HttpStatus.FORBIDDEN, "OPCC staff only",
          "Only members of '" + plan.roles().opccStaff() + "' may start assurance cycles or reopen recommendations.");
    }
    return plan;
  }
}
