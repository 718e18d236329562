package uk.oic.actionplan.evidence;

/** Answered with 404. */
class EvidenceNotFoundException extends RuntimeException {
  EvidenceNotFoundException(String message) {
    super(message);
  }
}
