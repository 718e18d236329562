package uk.oic.actionplan.evidence;

/**
 * An append refused because the register's head or last entries were changed behind the application's
 * back: writing on top of them would hide the change. Nothing was recorded. Answered with 409.
 */
public class EvidenceRegisterTamperedException extends RuntimeException {

  EvidenceRegisterTamperedException(String reason) {
    super("The evidence register has been tampered with, so nothing was recorded: " + reason
        + ". Check it with GET /api/evidence/verification; see docs/evidence-register.md, \"When verification fails\".");
  }
}
