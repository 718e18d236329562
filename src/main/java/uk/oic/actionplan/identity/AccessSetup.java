package uk.oic.actionplan.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Creates the plan's groups and what each may do, on every start and idempotently, so a new plan
 * file or a new release brings its groups and grants with it.
 *
 * <p>With the directory as the engine's identity ({@code oic.ldap.enabled}) nothing can be created
 * there: the plan's groups must exist in the directory, with the plan's group ids as their ids (the
 * configured group id attribute, e.g. {@code cn=area-1-owners}). Those missing are named in the log,
 * and the grants are written for them all the same, so a group added to the directory later works at once.
 *
 * <p>Area owners get Tasklist only; the engine itself grants a candidate group the tasks it is a
 * candidate for, so owners see their own area's work and no other. Reviewers and the OPCC also read
 * every definition, instance, task and their history (Cockpit). Only administrators reach Admin.
 */
@Component
public class AccessSetup implements ProvisioningStep {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final PlanCatalog plans;

  AccessSetup(IdentityService identityService, AuthorizationService authorizationService, PlanCatalog plans) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.plans = plans;
  }

  @Override
  public StartupStep step() {
    return StartupStep.GROUPS_AND_GRANTS;
  }

  @Override
  public void provision() {
    createGroupsAndGrants();
  }

  public void createGroupsAndGrants() {
    var missingFromDirectory = new java.util.LinkedHashSet<String>();
    for (var plan : plans.all()) {
      if (identityService.isReadOnly()) {
        missingFromDirectory.addAll(missingGroups(groupNames(plan).keySet()));
      } else {
        groupNames(plan).forEach(this::ensureGroup);
      }
      for (var group : plan.groups()) {
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.USER, ANY, Permissions.READ);
        grant(group, Resources.GROUP, ANY, Permissions.READ);
      }
      for (var overseer : List.of(plan.roles().strategicLead(), plan.roles().opccStaff(), plan.roles().pcc())) {
        grantOversight(overseer);
      }
    }
    if (!missingFromDirectory.isEmpty()) {
      LOG.warn("The directory has no group with the id {}: nobody is a member of {} until it is created there"
          + " (see README, \"Directory\")", missingFromDirectory, missingFromDirectory.size() == 1 ? "it" : "them");
    }
    LOG.info("Groups and authorizations are in place for {} plan(s)", plans.all().size());
  }

  /** The plan groups the engine's read-only identity (the directory) does not have. */
  java.util.List<String> missingGroups(java.util.Collection<String> groupIds) {
    return groupIds.stream().filter(id -> identityService.createGroupQuery().groupId(id).count() == 0).toList();
  }

  private void grantOversight(String group) {
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(group, Resources.TASK, ANY, TaskPermissions.READ);
    grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
  }

  /** The display name of each group the plan uses. */
  static Map<String, String> groupNames(PlanDefinition plan) {
    var names = new java.util.LinkedHashMap<String, String>();
    plan.areas().forEach(a -> names.put(a.ownerGroup(), "Area " + a.number() + " owners: " + a.name()));
    names.put(plan.roles().strategicLead(), "Force strategic lead (OIC)");
    names.put(plan.roles().chiefOfficers(), "Chief officers");
    names.put(plan.roles().opccStaff(), "OPCC staff");
    names.put(plan.roles().pcc(), "Police and Crime Commissioner");
    plan.groups().forEach(g -> names.putIfAbsent(g, g));
    return names;
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      var group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    var existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group)
        .resourceType(resource)
        .resourceId(resourceId)
        .list();
    var authorization = existing.isEmpty() ? authorizationService.createNewAuthorization(AUTH_TYPE_GRANT) : existing.get(0);
    if (existing.isEmpty()) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing.isEmpty();
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
