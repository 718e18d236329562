package uk.oic.actionplan.response;

import static uk.oic.actionplan.response.ResponseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${pccStatementDecided}}, when the PCC completes "Approve": whether the statement is approved
 * (for the gateway) and who approved it (the person completing the task), after the completion checks
 * have accepted the decision.
 */
@Component("pccStatementDecided")
class PccStatementDecidedListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    var approved = DECISION_APPROVE.equals(task.getVariable(APPROVAL_DECISION));
    task.getExecution().setVariable(STATEMENT_APPROVED, approved);
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    var who = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
        : task.getAssignee() != null ? task.getAssignee() : "unknown";
    task.getExecution().setVariable(APPROVED_BY, approved ? who : null);
  }
}
