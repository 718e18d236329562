package uk.oic.actionplan.escalation;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * What escalation needs beyond the general grants: chief officers, who receive higher escalations
 * and decide revised dates, may follow missed-deadline instances and their history in Cockpit.
 * (Every level's group works its own tasks through the engine's candidate-group grants.)
 */
@Component
class EscalationAccessSetup implements ProvisioningStep {

  private final AuthorizationService authorizationService;
  private final PlanCatalog plans;

  EscalationAccessSetup(AuthorizationService authorizationService, PlanCatalog plans) {
    this.authorizationService = authorizationService;
    this.plans = plans;
  }

  @Override
  public StartupStep step() {
    return StartupStep.ESCALATION_GRANTS;
  }

  @Override
  public void provision() {
    grantEscalationAccess();
  }

  public void grantEscalationAccess() {
    for (var plan : plans.all()) {
      var chiefOfficers = plan.roles().chiefOfficers();
      grant(chiefOfficers, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS));
      grant(chiefOfficers, Resources.PROCESS_DEFINITION, MissedDeadlineVariables.PROCESS_KEY,
          List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
              ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK));
    }
  }

  private void grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    var existing = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).list();
    var authorization = existing.isEmpty() ? authorizationService.createNewAuthorization(AUTH_TYPE_GRANT) : existing.get(0);
    boolean changed = existing.isEmpty();
    if (changed) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (var permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
