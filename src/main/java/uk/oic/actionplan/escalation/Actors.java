package uk.oic.actionplan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who did a step: the engine's authenticated user (a person completing a task), else "system" (a job). */
final class Actors {

  static final String SYSTEM = "system";

  private Actors() {}

  static String of(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }
}
