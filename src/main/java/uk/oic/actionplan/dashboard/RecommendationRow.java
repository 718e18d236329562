package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.util.List;
import uk.oic.actionplan.kernel.Rag;

/**
 * One recommendation as the dashboard and the exports show it.
 *
 * @param deadline the deadline the inspection set
 * @param revisedDeadline a later date approved after a missed deadline, or null
 * @param daysOverdue days past the current deadline while not delivered; 0 when not overdue
 * @param status "Not started", "In progress", "Overdue", "Delivered", "Discharged" or "Not visible to you"
 * @param rag the worst RAG of its areas' accepted updates, or null before any
 * @param assuranceState the PCC assurance loop's latest state, or null when not available
 * @param discharged whether the PCC has discharged it; null when the assurance loop is not available
 * @param forceActions what the force reports it has done: its areas' latest accepted updates, dated
 * @param pccAssessment the OPCC's latest assessment, dated; null when none is recorded
 * @param assuranceGrades the OPCC's grades of the assurance given, per review, oldest first
 */
public record RecommendationRow(
    String id,
    String label,
    String title,
    String text,
    LocalDate deadline,
    LocalDate revisedDeadline,
    long daysOverdue,
    String status,
    Rag rag,
    String assuranceState,
    Boolean discharged,
    LocalDate dischargedOn,
    List<String> forceActions,
    String pccAssessment,
    LocalDate assessedOn,
    List<Integer> areaNumbers,
    List<AssuranceSource.Grade> assuranceGrades) {

  public RecommendationRow {
    forceActions = forceActions == null ? List.of() : List.copyOf(forceActions);
    areaNumbers = areaNumbers == null ? List.of() : List.copyOf(areaNumbers);
    assuranceGrades = assuranceGrades == null ? List.of() : List.copyOf(assuranceGrades);
  }

  /** A row without grades of assurance. */
  public RecommendationRow(String id, String label, String title, String text, LocalDate deadline,
      LocalDate revisedDeadline, long daysOverdue, String status, Rag rag, String assuranceState, Boolean discharged,
      LocalDate dischargedOn, List<String> forceActions, String pccAssessment, LocalDate assessedOn,
      List<Integer> areaNumbers) {
    this(id, label, title, text, deadline, revisedDeadline, daysOverdue, status, rag, assuranceState, discharged,
        dischargedOn, forceActions, pccAssessment, assessedOn, areaNumbers, List.of());
  }

  /** The date that counts now: the revised date if one was approved, else the original. */
  public LocalDate currentDeadline() {
    return revisedDeadline != null ? revisedDeadline : deadline;
  }

  public boolean overdue() {
    return daysOverdue > 0;
  }

  /** "Yes", "No" or "Not available", for tables and exports. */
  public String dischargedText() {
    return discharged == null ? "Not available" : discharged ? "Yes" : "No";
  }
}
