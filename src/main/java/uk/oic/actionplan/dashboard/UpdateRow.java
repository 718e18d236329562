package uk.oic.actionplan.dashboard;

import java.time.LocalDateTime;

/** One accepted progress update of an area, as the engine's history recorded it. */
public record UpdateRow(
    int areaNumber,
    String areaName,
    String recommendationLabel,
    LocalDateTime submittedAt,
    String submittedBy,
    Rag rag,
    Integer progressPercent,
    String narrative,
    String reviewComment) {}
