package uk.oic.actionplan.evidence;

import uk.oic.actionplan.web.ExplainedFailure;
import uk.oic.actionplan.web.Problem;

/**
 * An append refused because the register's head or last entries were changed behind the application's
 * back: writing on top of them would hide the change. Nothing was recorded. Answered with 409.
 */
public class EvidenceRegisterTamperedException extends RuntimeException implements ExplainedFailure {

  EvidenceRegisterTamperedException(String reason) {
    super("The evidence register has been tampered with, so nothing was recorded: " + reason
        + ". Check it with GET /api/evidence/verification; see docs/evidence-register.md, \"When verification fails\".");
  }

  @Override
  public Problem problem() {
    return Problem.of(409, "Evidence register tampered",
        "Nothing was saved: the evidence register fails its verification, so no evidence can be recorded until an "
            + "administrator has dealt with it (see GET /api/evidence/verification).");
  }
}
