package uk.oic.actionplan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.tasklist.TasklistCheckTasks.CheckTask;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFilterSetupTest {

  @Autowired TasklistFilterSetup setup;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void openTasks() {
    TasklistCheckTasks.ensureStarted(repositoryService, runtimeService);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void anAreaOwnersFirstFilterIsMyAreaWithTheirAreasTasksMostUrgentFirst() {
    identityService.setAuthentication("area1.owner", List.of("area-1-owners"));

    var filters = visibleFilters();

    assertThat(filters).extracting(Filter::getName).containsExactly(
        TasklistFilters.MY_AREA, TasklistFilters.MY_TASKS, TasklistFilters.COVERING, TasklistFilters.OVERDUE,
        TasklistFilters.DUE_SOON);
    // Tasklist sorts by creation date unless the user chooses: the filter's own order comes first
    var listed = filterService.list(filters.get(0).getId(), checkTasks().orderByTaskCreateTime().desc());
    assertThat(names(listed)).containsExactlyElementsOf(expectedNames(TasklistCheckTasks.AREA_1_BY_DUE_DATE));
  }

  @Test
  void overdueAndDueSoonListOnlyTheOwnersOwnTasksInTheirWindow() {
    identityService.setAuthentication("area1.owner", List.of("area-1-owners"));

    assertThat(names(filterService.list(filterId(TasklistFilters.OVERDUE), checkTasks())))
        .containsExactly(TasklistCheckTasks.AREA_1_CHALLENGE.taskName());
    assertThat(names(filterService.list(filterId(TasklistFilters.DUE_SOON), checkTasks())))
        .containsExactly(TasklistCheckTasks.AREA_1_UPDATE.taskName());
  }

  @Test
  void myTasksListsWhatTheUserHasClaimed() {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(TasklistCheckTasks.AREA_2_UPDATE.businessKey()).singleResult();
    taskService.claim(task.getId(), "area2.owner");
    try {
      identityService.setAuthentication("area2.owner", List.of("area-2-owners"));
      assertThat(names(filterService.list(filterId(TasklistFilters.MY_TASKS), checkTasks())))
          .containsExactly(TasklistCheckTasks.AREA_2_UPDATE.taskName());
      assertThat(filterService.list(filterId(TasklistFilters.MY_AREA), checkTasks())).isEmpty();
    } finally {
      identityService.clearAuthentication();
      taskService.setAssignee(task.getId(), null);
    }
  }

  @Test
  void opccStaffGetTheirTeamsTasksFirstAndAllOpenTasks() {
    identityService.setAuthentication("opcc.officer", List.of("opcc-staff"));

    assertThat(visibleFilters()).extracting(Filter::getName).containsExactly(
        TasklistFilters.MY_TEAM, TasklistFilters.MY_TASKS, TasklistFilters.COVERING, TasklistFilters.OVERDUE,
        TasklistFilters.DUE_SOON,
        TasklistFilters.ALL_OPEN);
    assertThat(names(filterService.list(filterId(TasklistFilters.ALL_OPEN), checkTasks())))
        .containsExactly(TasklistCheckTasks.AREA_1_CHALLENGE.taskName(), TasklistCheckTasks.AREA_2_UPDATE.taskName(),
            TasklistCheckTasks.AREA_1_UPDATE.taskName(), TasklistCheckTasks.AREA_1_PLAN.taskName());
  }

  @Test
  void theStrategicLeadSeesAllOpenTasksAndChiefOfficersDoNot() {
    identityService.setAuthentication("strategic.lead", List.of("oic-strategic-lead"));
    assertThat(visibleFilters()).extracting(Filter::getName).contains(TasklistFilters.ALL_OPEN);

    identityService.setAuthentication("chief.officer", List.of("chief-officers"));
    assertThat(visibleFilters()).extracting(Filter::getName).doesNotContain(TasklistFilters.ALL_OPEN)
        .startsWith(TasklistFilters.MY_TEAM);
  }

  @Test
  void everyFilterShowsPlanAreaAndRecommendationAndRefreshes() {
    for (var filter : filterService.createTaskFilterQuery().list()) {
      assertThat(filter.getProperties())
          .containsEntry("refresh", true)
          .containsEntry("variables", List.of(
              Map.of("name", "planTitle", "label", "Plan"),
              Map.of("name", "areaName", "label", "Area"),
              Map.of("name", "recommendationLabel", "label", "Recommendation")));
    }
  }

  @Test
  void startingAgainNeitherDuplicatesNorKeepsChangedFilters() {
    var before = filterService.createTaskFilterQuery().count();
    // edited in Tasklist's filter dialog, which drops the application's properties
    var myArea = filterService.getFilter(filterId(TasklistFilters.MY_AREA));
    myArea.setProperties(Map.of("priority", 0, "description", "changed by hand"));
    myArea.setQuery(taskService.createTaskQuery().taskAssignee("nobody"));
    filterService.saveFilter(myArea);
    // stored by an earlier release with another definition
    var overdue = filterService.getFilter(filterId(TasklistFilters.OVERDUE));
    var oldProperties = new java.util.HashMap<>(overdue.getProperties());
    oldProperties.put(TasklistFilter.DEFINITION_PROPERTY, "an earlier definition");
    oldProperties.put("description", "old text");
    filterService.saveFilter(overdue.setProperties(oldProperties));
    // shared by an earlier release with a group that should no longer see it
    var allOpen = filterId(TasklistFilters.ALL_OPEN);
    var stale = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    stale.setGroupId("area-1-owners");
    stale.setResource(Resources.FILTER);
    stale.setResourceId(allOpen);
    stale.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(stale);

    setup.putFiltersInPlace();
    setup.putFiltersInPlace();

    assertThat(filterService.createTaskFilterQuery().count()).isEqualTo(before);
    assertThat(filterService.createTaskFilterQuery().filterName(TasklistFilters.MY_AREA).count()).isOne();
    var restored = filterService.getFilter(myArea.getId());
    assertThat(restored.getProperties()).containsEntry("priority", -50)
        .containsEntry(TasklistFilter.KEY_PROPERTY, "my-area");
    assertThat(filterService.getFilter(overdue.getId()).getProperties().get("description"))
        .isNotEqualTo("old text");
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn("area-1-owners")
        .resourceType(Resources.FILTER).resourceId(allOpen).count()).isZero();
    identityService.setAuthentication("area1.owner", List.of("area-1-owners"));
    assertThat(names(filterService.list(myArea.getId(), checkTasks())))
        .containsExactlyElementsOf(expectedNames(TasklistCheckTasks.AREA_1_BY_DUE_DATE));
  }

  @Test
  void dueSoonCountsWorkingDaysEachTimeItIsQueried() {
    var dueSoon = filterService.getFilter(filterId(TasklistFilters.DUE_SOON));

    assertThat(dueSoon.<TaskQueryImpl>getQuery().getExpressions())
        .containsEntry("dueAfter", "${now()}")
        .containsEntry("dueBefore", "${deadlineSchedule.dueInWorkingDays(10)}");
  }

  /** Only this test's tasks: other tests in the same application may have tasks open. */
  private TaskQuery checkTasks() {
    return taskService.createTaskQuery().processDefinitionKey(TasklistCheckTasks.PROCESS_KEY);
  }

  private List<Filter> visibleFilters() {
    return filterService.createTaskFilterQuery().list().stream()
        .sorted(Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
        .toList();
  }

  private String filterId(String name) {
    return filterService.createTaskFilterQuery().filterName(name).singleResult().getId();
  }

  private static List<String> names(List<Task> tasks) {
    return tasks.stream().map(Task::getName).toList();
  }

  private static List<String> expectedNames(List<CheckTask> tasks) {
    return tasks.stream().map(CheckTask::taskName).toList();
  }
}
