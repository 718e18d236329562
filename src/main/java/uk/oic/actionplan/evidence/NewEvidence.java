package uk.oic.actionplan.evidence;

import java.time.LocalDate;

/**
 * What a caller asks the register to record. Build one with {@link #builder(String, EvidenceKind, String)}.
 *
 * @param effectiveDate the day the evidence speaks for; null means today
 * @param sourceKey what produced the entry; a second append with the same key returns the first entry
 * @param supersedes the id of an earlier entry of the same plan that this one corrects
 * @param attachment a file to store with the entry, or null
 */
public record NewEvidence(
    String planId,
    String recommendationId,
    Integer areaNumber,
    EvidenceKind kind,
    String title,
    String description,
    String reference,
    LocalDate effectiveDate,
    String recordedBy,
    String processInstanceId,
    String activityId,
    String taskId,
    String sourceKey,
    String supersedes,
    NewAttachment attachment) {

  /** A file to attach: its bytes are hashed and stored with the entry. */
  public record NewAttachment(String fileName, String contentType, byte[] content) {}

  public static Builder builder(String planId, EvidenceKind kind, String title) {
    return new Builder(planId, kind, title);
  }

  public static final class Builder {
    private final String planId;
    private final EvidenceKind kind;
    private final String title;
    private String recommendationId;
    private Integer areaNumber;
    private String description;
    private String reference;
    private LocalDate effectiveDate;
    private String recordedBy;
    private String processInstanceId;
    private String activityId;
    private String taskId;
    private String sourceKey;
    private String supersedes;
    private NewAttachment attachment;

    private Builder(String planId, EvidenceKind kind, String title) {
      this.planId = planId;
      this.kind = kind;
      this.title = title;
    }

    public Builder recommendation(String recommendationId) {
      this.recommendationId = recommendationId;
      return this;
    }

    public Builder area(Integer areaNumber) {
      this.areaNumber = areaNumber;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    public Builder effectiveDate(LocalDate effectiveDate) {
      this.effectiveDate = effectiveDate;
      return this;
    }

    public Builder recordedBy(String recordedBy) {
      this.recordedBy = recordedBy;
      return this;
    }

    /** The process instance, and the activity or task within it, that produced the evidence. */
    public Builder source(String processInstanceId, String activityId, String taskId) {
      this.processInstanceId = processInstanceId;
      this.activityId = activityId;
      this.taskId = taskId;
      return this;
    }

    public Builder sourceKey(String sourceKey) {
      this.sourceKey = sourceKey;
      return this;
    }

    public Builder supersedes(String entryId) {
      this.supersedes = entryId;
      return this;
    }

    public Builder attachment(String fileName, String contentType, byte[] content) {
      this.attachment = new NewAttachment(fileName, contentType, content);
      return this;
    }

    public NewEvidence build() {
      return new NewEvidence(planId, recommendationId, areaNumber, kind, title, description, reference, effectiveDate,
          recordedBy, processInstanceId, activityId, taskId, sourceKey, supersedes, attachment);
    }
  }
}
