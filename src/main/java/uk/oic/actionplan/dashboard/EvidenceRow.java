package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of the evidence register.
 *
 * @param id the entry's id, as the evidence API knows it
 * @param sequence its place in the register's chain
 * @param supersedes the id of the entry it corrects, or null
 * @param processInstanceId the process instance that recorded it, or null for an uploaded file
 */
public record EvidenceRow(
    String id,
    long sequence,
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
    String contentHash,
    String supersedes,
    String processInstanceId) {}
