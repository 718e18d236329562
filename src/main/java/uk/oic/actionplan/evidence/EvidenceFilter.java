package uk.oic.actionplan.evidence;

import java.time.LocalDate;

/**
 * Which entries to list; every field is optional.
 *
 * @param effectiveFrom first effective date included
 * @param effectiveTo last effective date included
 * @param processInstanceId entries recorded by one process instance (its service tasks and attached files)
 */
public record EvidenceFilter(
    String planId,
    String recommendationId,
    Integer areaNumber,
    EvidenceKind kind,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String processInstanceId) {

  public static EvidenceFilter plan(String planId) {
    return new EvidenceFilter(planId, null, null, null, null, null, null);
  }

  public static EvidenceFilter processInstance(String processInstanceId) {
    return new EvidenceFilter(null, null, null, null, null, null, processInstanceId);
  }
}
