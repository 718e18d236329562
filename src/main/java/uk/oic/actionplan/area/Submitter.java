package uk.oic.actionplan.area;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the engine's authenticated user, else the assignee, else "system". */
final class Submitter {

  static final String SYSTEM = "system";

  private Submitter() {}

  static String of(DelegateTask task, IdentityService identityService) {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
