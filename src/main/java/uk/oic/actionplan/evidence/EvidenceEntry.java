package uk.oic.actionplan.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the register as stored. Entries are never changed: a correction is a new entry
 * whose {@code supersedes} names the one it corrects.
 *
 * @param id a UUID
 * @param sequence the entry's place in the chain, from 1 without gaps
 * @param effectiveDate the day the evidence speaks for, which may differ from {@code recordedAt}
 * @param sourceKey what produced the entry, e.g. {@code <processInstanceId>/<activityInstanceId>}; null for uploads
 * @param attachment the attached file, or null
 * @param contentHash SHA-256 (hex) of the entry's canonical content, which includes {@code previousHash}
 * @param previousHash {@code contentHash} of the entry before it (64 zeros for the first)
 * @param mac HMAC-SHA256 (hex) of the entry's canonical content and the previous entry's {@code mac}, with a key
 *     kept outside the database
 */
public record EvidenceEntry(
    String id,
    long sequence,
    String planId,
    String recommendationId,
    Integer areaNumber,
    EvidenceKind kind,
    String title,
    String description,
    String reference,
    LocalDate effectiveDate,
    String recordedBy,
    Instant recordedAt,
    String processInstanceId,
    String activityId,
    String taskId,
    String sourceKey,
    String supersedes,
    EvidenceAttachment attachment,
    String contentHash,
    String previousHash,
    String mac) {}
