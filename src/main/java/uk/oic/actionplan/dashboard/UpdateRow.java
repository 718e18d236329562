package uk.oic.actionplan.dashboard;

import java.time.LocalDateTime;
import uk.oic.actionplan.kernel.Rag;

/**
 * One accepted progress update of an area, as the engine's history recorded it.
 *
 * @param evidenceEntry the sequence number of the evidence register entry the update was recorded as,
 *     or null when the register does not have one (yet) or is not installed
 */
public record UpdateRow(
    int areaNumber,
    String areaName,
    String recommendationLabel,
    LocalDateTime submittedAt,
    String submittedBy,
    Rag rag,
    Integer progressPercent,
    String narrative,
    String reviewComment,
    String blockers,
    String evidenceReference,
    Long evidenceEntry) {}
