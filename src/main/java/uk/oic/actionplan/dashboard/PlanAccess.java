package uk.oic.actionplan.dashboard;

import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

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

  /** The plans the user may read, in catalogue order (one look at the user's groups). */
  List<String> readablePlans(String userId) {
    var groups = groups(userId);
    return plans.all().stream().filter(plan -> mayRead(groups, plan)).map(PlanDefinition::id).toList();
  }

  boolean canRead(String userId, String planId) {
    var plan = plans.find(planId);
    if (plan.isEmpty()) {
      return false;
    }
    return mayRead(groups(userId), plan.get());
  }

  private Set<String> groups(String userId) {
    var groups = new HashSet<String>();
    identityService.createGroupQuery().groupMember(userId).list().forEach(g -> groups.add(g.getId()));
    return groups;
  }

  private static boolean mayRead(Set<String> groups, PlanDefinition plan) {
    return groups.contains(Groups.CAMUNDA_ADMIN) || plan.groups().stream().anyMatch(groups::contains);
  }
}
