package uk.oic.actionplan.evidence;

/** Answered with 403. */
class EvidenceAccessDeniedException extends RuntimeException {
  EvidenceAccessDeniedException(String message) {
    super(message);
  }
}
