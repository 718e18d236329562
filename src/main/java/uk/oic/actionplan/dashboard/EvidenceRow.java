package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry of the evidence register. */
public record EvidenceRow(
    long id,
    String kind,
    String title,
    String description,
    String recommendationId,
    Integer areaNumber,
    String reference,
    LocalDate effectiveDate,
    String recordedBy,
    LocalDateTime recordedAt,
    boolean attachment,
    String contentHash) {}
