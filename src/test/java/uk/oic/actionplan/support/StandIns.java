package uk.oic.actionplan.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Minimal stand-ins, built in test code, for the processes the action plan calls (the areas and the
 * PCC assurance loop), deployed as their newest version so a test can end each with one task: one
 * user task, then the end.
 */
public final class StandIns {

  public static final String TASK = "Task_StandIn";

  private StandIns() {}

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
