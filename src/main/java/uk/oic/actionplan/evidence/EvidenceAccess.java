package uk.oic.actionplan.evidence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * Who may read which plan's evidence: members of any group the plan names (owners, reviewers, the
 * escalation chain, the OPCC) and administrators. Groups come from the identity service, so a change
 * made in Admin applies at once.
 */
@Component
class EvidenceAccess {

  private final IdentityService identityService;
  private final PlanCatalog plans;

  EvidenceAccess(IdentityService identityService, PlanCatalog plans) {
    this.identityService = identityService;
    this.plans = plans;
  }

  Set<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .collect(Collectors.toSet());
  }

  boolean isAdministrator(String userId) {
    return groupsOf(userId).contains(Groups.CAMUNDA_ADMIN);
  }

  /** The ids of the plans the user may read, or null when the user may read every plan's evidence. */
  List<String> readablePlans(String userId) {
    var groups = groupsOf(userId);
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return null;
    }
    return plans.all().stream()
        .filter(plan -> plan.groups().stream().anyMatch(groups::contains))
        .map(plan -> plan.id())
        .toList();
  }

  boolean canRead(String userId, String planId) {
    var readable = readablePlans(userId);
    return readable == null || readable.contains(planId);
  }

  void checkCanRead(String userId, String planId) {
    if (!canRead(userId, planId)) {
      throw new EvidenceAccessDeniedException("You are not in any group of plan " + planId + ", so you cannot read its evidence");
    }
  }
}
