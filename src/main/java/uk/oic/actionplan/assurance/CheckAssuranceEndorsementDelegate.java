package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads a chief officer's decision on the force's assurance report (the form has required it, and
 * the reasons when the report is sent back): sets {@code reportEndorsed} for the model's gateway and
 * the account for the evidence register. A report sent back keeps the reasons for the report form
 * and clears the decision, so the next draft is decided afresh.
 */
@Component("checkAssuranceEndorsement")
class CheckAssuranceEndorsementDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    var decision = LoopContext.text(execution, ENDORSEMENT_DECISION);
    var reasons = LoopContext.text(execution, ENDORSEMENT_REASONS);
    boolean endorsed = ENDORSE.equals(decision);
    if (!endorsed && !SEND_BACK.equals(decision)) {
      throw new IllegalStateException("The endorsement decision is '" + decision + "', not " + ENDORSE + " or " + SEND_BACK);
    }
    execution.setVariable(REPORT_ENDORSED, endorsed);
    if (endorsed) {
      execution.setVariable(ENDORSEMENT_SUMMARY, "Endorsed by " + LoopContext.actingUser(execution)
          + " for the force" + (reasons == null || reasons.isBlank() ? "." : ": " + reasons.trim()));
      execution.setVariable(REPORT_SENT_BACK_REASONS, "");
      return;
    }
    if (reasons == null || reasons.isBlank()) {
      throw new IllegalStateException("A report sent back needs the reasons");
    }
    execution.setVariable(SEND_BACK_COUNT, LoopContext.number(execution, SEND_BACK_COUNT) + 1);
    execution.setVariable(ENDORSEMENT_SUMMARY, "Sent back by " + LoopContext.actingUser(execution) + ": " + reasons.trim());
    execution.setVariable(REPORT_SENT_BACK_REASONS, reasons.trim());
    execution.setVariable(ENDORSEMENT_DECISION, null);
    execution.setVariable(ENDORSEMENT_REASONS, null);
  }
}
