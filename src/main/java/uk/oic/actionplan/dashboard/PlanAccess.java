package uk.oic.actionplan.dashboard;

import java.util.HashSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * Who may read a plan's dashboard, history and exports: members of any group the plan names (its
 * area owners, the force leads, chief officers, the OPCC) and administrators.
 */
@Component
class PlanAccess {

  private final IdentityService identityService;
  private final PlanCatalog plans;

  PlanAccess(IdentityService identityService, PlanCatalog plans) {
    this.identityService = identityService;
    this.plans = plans;
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
