package uk.oic.actionplan.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Minimal stand-ins, built in test code, for processes the action plan calls that live on other
 * branches (areas 2, 4, 7, 8 and the PCC assurance loop): one user task, then the end.
 */
public final class StandIns {

  public static final String TASK = "Task_StandIn";

  private StandIns() {}

  /** Deploys a stand-in for each key that has no deployed process yet; real models win. */
  public static void deployIfMissing(RepositoryService repositoryService, String... keys) {
    for (var key : keys) {
      if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
        deploy(repositoryService, key);
      }
    }
  }

  /** Deploys a stand-in as the newest version of {@code key}; returns the deployment id (delete it after). */
  public static String deploy(RepositoryService repositoryService, String key) {
    var model = Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_StandInStarted")
        .userTask(TASK).name("Stand-in for " + key).camundaCandidateGroups("oic-strategic-lead")
        .endEvent("Event_StandInEnded")
        .done();
    return repositoryService.createDeployment().name("stand-in " + key).addModelInstance(key + ".bpmn", model).deploy().getId();
  }
}
