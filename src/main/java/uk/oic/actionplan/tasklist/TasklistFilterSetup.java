package uk.oic.actionplan.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * Puts the application's Tasklist filters in place on every start: creates the missing ones,
 * updates those whose definition changed, and shares each with its groups (read permission on the
 * filter). Without filters Tasklist shows "No filter available" and nobody finds their work.
 */
@Component
class TasklistFilterSetup implements ProvisioningStep {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilterSetup.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final PlanCatalog plans;

  TasklistFilterSetup(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      PlanCatalog plans) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.plans = plans;
  }

  @Override
  public StartupStep step() {
    return StartupStep.TASKLIST_FILTERS;
  }

  @Override
  public void provision() {
    putFiltersInPlace();
  }

  public void putFiltersInPlace() {
    int created = 0;
    int updated = 0;
    var existing = filterService.createTaskFilterQuery().list();
    for (var definition : definitions()) {
      var filter = find(existing, definition);
      if (filter == null) {
        filter = filterService.saveFilter(apply(definition, filterService.newTaskFilter()));
        created++;
      } else if (!digest(definition).equals(storedDigest(filter))) {
        filter = filterService.saveFilter(apply(definition, filter));
        updated++;
      }
      share(filter.getId(), definition.groups());
    }
    LOG.info("Tasklist filters in place: {} created, {} updated", created, updated);
  }

  List<TasklistFilter> definitions() {
    return TasklistFilters.forPlans(plans.all());
  }

  /**
   * The stored filter for a definition: by its key, or else by its name among filters without a
   * key (Tasklist's filter dialog drops properties it does not know when someone edits a filter).
   */
  private static Filter find(List<Filter> filters, TasklistFilter definition) {
    Filter sameName = null;
    for (var filter : filters) {
      var key = filter.getProperties() == null ? null : filter.getProperties().get(TasklistFilter.KEY_PROPERTY);
      if (definition.key().equals(key)) {
        return filter;
      }
      if (key == null && sameName == null && definition.name().equals(filter.getName())) {
        sameName = filter;
      }
    }
    return sameName;
  }

  private Filter apply(TasklistFilter definition, Filter filter) {
    var properties = definition.properties();
    properties.put(TasklistFilter.DEFINITION_PROPERTY, digest(definition));
    return filter
        .setName(definition.name())
        .setQuery(definition.query(taskService.createTaskQuery()))
        .setProperties(properties);
  }

  private static Object storedDigest(Filter filter) {
    return filter.getProperties() == null ? null : filter.getProperties().get(TasklistFilter.DEFINITION_PROPERTY);
  }

  /** A digest of everything the filter stores, so any change to the definition is noticed. */
  String digest(TasklistFilter definition) {
    var draft = (FilterEntity) filterService.newTaskFilter()
        .setName(definition.name())
        .setQuery(definition.query(taskService.createTaskQuery()))
        .setProperties(definition.properties());
    var text = draft.getName() + "\n" + draft.getQueryInternal() + "\n" + draft.getPropertiesInternal();
    try {
      var sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Grants each group read access to the filter, and takes it from the plans' other groups. */
  private void share(String filterId, Set<String> groups) {
    for (var group : plans.groups()) {
      var existing = authorizationService.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(group)
          .resourceType(Resources.FILTER)
          .resourceId(filterId)
          .list();
      if (!groups.contains(group)) {
        existing.forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
        continue;
      }
      var authorization = existing.isEmpty() ? authorizationService.createNewAuthorization(AUTH_TYPE_GRANT) : existing.get(0);
      if (existing.isEmpty()) {
        authorization.setGroupId(group);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filterId);
      }
      if (existing.isEmpty() || !authorization.isPermissionGranted(Permissions.READ)) {
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
      }
    }
  }
}
