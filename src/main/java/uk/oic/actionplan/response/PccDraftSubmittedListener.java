package uk.oic.actionplan.response;

import static uk.oic.actionplan.response.ResponseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${pccDraftSubmitted}}, when OPCC staff complete "Draft": the PCC's decision on an earlier
 * round (a return, and its reasons, which the draft was shown) is cleared, so the next approval starts
 * with no decision: the PCC decides again (the completion checks require it) and the form carries no
 * old reasons.
 */
@Component("pccDraftSubmitted")
class PccDraftSubmittedListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().removeVariable(APPROVAL_DECISION);
    task.getExecution().setVariable(APPROVAL_REASONS, "");
  }
}
