package uk.oic.actionplan.dashboard;

import java.security.Principal;
import java.util.HashSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * Who may read a plan's dashboard, history and exports: members of any group the plan names (its
 * area owners, the force leads, chief officers, the OPCC) and administrators.
 */
@Component
class PlanAccess {

  private final IdentityService identityService;
  private final PlanCatalog plans;
  private final DashboardData data;

  PlanAccess(IdentityService identityService, PlanCatalog plans, DashboardData data) {
    this.identityService = identityService;
    this.plans = plans;
    this.data = data;
  }

  /**
   * The plan's report for a page or a download.
   *
   * @throws ResponseStatusException 404, the same for a plan that does not exist and one the user may not see
   */
  PlanReport readable(String planId, Principal user) {
    if (!canRead(user.getName(), planId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan '" + planId + "' that you can see");
    }
    return data.report(planId, user.getName())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan '" + planId + "'"));
  }

  boolean canRead(String userId, String planId) {
    var plan = plans.find(planId);
    if (plan.isEmpty()) {
      return false;
    }
    var groups = new HashSet<String>();
    identityService.createGroupQuery().groupMember(userId).list().forEach(g -> groups.add(g.getId()));
    return groups.contains(Groups.CAMUNDA_ADMIN) || plan.get().groups().stream().anyMatch(groups::contains);
  }
}
