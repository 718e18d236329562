package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.oic.actionplan.kernel.AreaStatus;
import uk.oic.actionplan.kernel.Rag;

/**
 * One action area: its owners, where it stands and its latest accepted progress update.
 *
 * @param status the {@link AreaStatus} label, "Not started" or "Not visible to you"
 * @param rag the owner's RAG in the latest accepted update
 * @param scheduleRag the RAG of reported progress against the time gone to the deadline
 * @param nextDueDate the earliest due date of its open work, or its deadline; null once signed off
 * @param nextDueItem what falls due then, e.g. "Submit progress update"
 * @param target a measured target (training completion, compliance), or null
 * @param waitingOn what delivery waits for outside the force, from the latest accepted update
 *     ("National MSOIC teams: the intelligence document form, since 1 December 2025, last chased ..."), or null
 */
public record AreaRow(
    int number,
    String name,
    String ownerGroup,
    String recommendationId,
    String recommendationLabel,
    LocalDate deadline,
    String status,
    Rag rag,
    Rag scheduleRag,
    Integer progressPercent,
    LocalDate nextDueDate,
    String nextDueItem,
    String lastUpdateBy,
    LocalDateTime lastUpdateAt,
    String lastNarrative,
    String lastReviewComment,
    TargetProgress target,
    String waitingOn) {

  public boolean visible() {
    return !EngineDashboardData.NOT_VISIBLE.equals(status);
  }

  public boolean signedOff() {
    return AreaStatus.SIGNED_OFF.label().equals(status);
  }
}
