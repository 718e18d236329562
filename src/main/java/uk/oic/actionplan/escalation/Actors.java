package uk.oic.actionplan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.oic.actionplan.kernel.Cover;

/**
 * Who did a step: the engine's authenticated user (a person completing a task; a colleague covering for
 * the absent owner as "x on behalf of y"), else "system" (a job).
 */
final class Actors {

  static final String SYSTEM = "system";

  private Actors() {}

  static String of(DelegateExecution execution, Cover cover) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return SYSTEM;
    }
    return Cover.byOnBehalfOf(authentication.getUserId(), cover.actingFor(authentication.getUserId()));
  }
}
