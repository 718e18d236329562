package uk.oic.actionplan.area;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import uk.oic.actionplan.kernel.Cover;

/**
 * Who completes a task: the engine's authenticated user, else the assignee, else "system"; a colleague
 * covering for an absent owner as "x on behalf of y".
 */
final class Submitter {

  static final String SYSTEM = "system";

  private Submitter() {}

  static String of(DelegateTask task, IdentityService identityService, Cover cover) {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      var user = authentication.getUserId();
      return Cover.byOnBehalfOf(user, cover.actingFor(user));
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
