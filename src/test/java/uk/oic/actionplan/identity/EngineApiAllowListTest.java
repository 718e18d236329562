package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.identity.EngineApiAllowList.Audience;

/** The allow-list read as a rule book: which engine calls exist for people other than administrators. */
class EngineApiAllowListTest {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Test
  void bothDoorsNameTheSameEngineCall() {
    assertThat(EngineApiGuard.enginePath("/engine-rest/task/1/complete")).hasValue("/task/1/complete");
    assertThat(EngineApiGuard.enginePath("/engine-rest/engine/default/task/1/complete")).hasValue("/task/1/complete");
    assertThat(EngineApiGuard.enginePath("/camunda/api/engine/engine/default/task/1/complete")).hasValue("/task/1/complete");
    assertThat(EngineApiGuard.enginePath("/camunda/api/engine/engine/default/task/")).hasValue("/task");
    assertThat(EngineApiGuard.enginePath("/camunda/api/engine/engine/")).hasValue("/engine");
    assertThat(EngineApiGuard.enginePath("/engine-rest/engine")).hasValue("/engine");
    assertThat(EngineApiGuard.enginePath("/engine-rest")).hasValue("/");
    assertThat(EngineApiGuard.enginePath("/camunda/api/engine/job/1/execute")).isEmpty();
    assertThat(EngineApiGuard.enginePath("/camunda/api/engine")).isEmpty();
  }

  @Test
  void nothingButReadsTouchesJobsIncidentsExternalTasksInstancesDefinitionsOrIdentities() {
    for (var path : List.of("/job/1/execute", "/job/1/retries", "/job/retries", "/job/1", "/job-definition/1/retries",
        "/incident/1", "/incident/1/annotation", "/external-task/fetchAndLock", "/external-task/1/retries",
        "/process-instance/1/variables", "/process-instance/1/variables/x", "/process-instance/1/modification",
        "/process-instance/delete", "/process-instance/1", "/execution/1/localVariables/x", "/execution/1/signal",
        "/process-definition/key/k/start", "/process-definition/1/submit-form", "/process-definition/1/suspended",
        "/deployment/create", "/deployment/1", "/migration/execute", "/modification/execute", "/batch/1",
        "/message", "/signal", "/authorization/create", "/user/create", "/user/x", "/group/g/members/u",
        "/filter/create", "/filter/1", "/task/create", "/task/1", "/task/1/delegate", "/task/1/identity-links",
        "/task/1/variables", "/task/1/variables/x", "/history/process-instance/delete", "/history/cleanup")) {
      for (var method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        assertThat(EngineApiAllowList.rulesFor(method, path)).as(method + " " + path).isEmpty();
      }
    }
  }

  @Test
  void everyWriteActsOnOneTaskAndNeedsItsAssigneeOrCandidate_orOnOnesOwnAccount_otherPostsAreQueries() {
    for (var rule : EngineApiAllowList.all()) {
      var writes = rule.methods().stream().filter(m -> !READS.contains(m)).toList();
      if (writes.isEmpty()) {
        continue;
      }
      if (rule.audience() == Audience.TASK_PARTY) {
        assertThat(rule.template()).startsWith("/task/{task}/");
      } else if (rule.audience() == Audience.SELF) {
        assertThat(rule.template()).startsWith("/user/{user}/");
      } else {
        assertThat(writes).as(rule.template()).containsOnly("POST");
        assertThat(rule.template()).as(rule.template())
            .matches("/(filter/\\*/(list|count|singleResult)|task|task/count|process-instance|execution|variable-instance"
                + "|job|job-definition|external-task|history/(process-instance|activity-instance|variable-instance|task|detail))(/count)?");
      }
    }
  }

  @Test
  void areaOwnersWorkInTasklistWhileCockpitReadingIsForTheReviewingRoles() {
    assertThat(audiences("GET", "/filter/1/list")).contains(Audience.TASKLIST);
    assertThat(audiences("POST", "/task/1/complete")).containsExactly(Audience.TASK_PARTY);
    assertThat(audiences("POST", "/task/1/comment/create")).containsExactly(Audience.TASK_PARTY);
    assertThat(audiences("GET", "/job")).containsExactly(Audience.COCKPIT);
    assertThat(audiences("GET", "/incident")).containsExactly(Audience.COCKPIT);
    assertThat(audiences("GET", "/history/job-log")).containsExactly(Audience.COCKPIT);
    assertThat(audiences("GET", "/history/user-operation")).contains(Audience.TASKLIST);
    assertThat(audiences("PUT", "/user/x/credentials")).containsExactly(Audience.SELF);
    assertThat(audiences("GET", "/authorization")).isEmpty();
    assertThat(audiences("GET", "/batch")).isEmpty();
  }

  private static List<Audience> audiences(String method, String path) {
    return EngineApiAllowList.rulesFor(method, path).stream().map(EngineApiAllowList.Rule::audience).distinct().toList();
  }
}
