package uk.oic.actionplan.assurance;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/**
 * Writes the assurance loop's records (the OPCC's latest decision about a recommendation, the PCC's
 * discharges and reopenings) straight into the {@link AssuranceRecords} of a running application,
 * dated as given: past activity for benchmarks, without running the loop's steps that write them in
 * the application.
 */
public final class SyntheticAssurance {

  /** The loop's steps that record a decision, with the state each leaves (as {@link AssuranceRecords#DECISIONS}). */
  public static final String ASSURED = "Task_RecordAssured";
  public static final String CHALLENGE = "Task_RecordChallenge";
  public static final String DISCHARGE = "Task_RecordDischarge";
  public static final String REOPENING = "Task_RecordReopening";

  private final AssuranceRecords records;

  public SyntheticAssurance(ApplicationContext application) {
    this.records = application.getBean(AssuranceRecords.class);
  }

  /** The OPCC's decision by the step {@code activityId}, recorded in the register at {@code evidenceSequence}. */
  public void decision(String planId, String recommendationId, String activityId, String title, String description,
      Instant at, Long evidenceSequence) {
    var state = AssuranceRecords.DECISIONS.get(activityId);
    if (state == null) {
      throw new IllegalArgumentException(activityId + " is not a step that records a decision: " + AssuranceRecords.DECISIONS.keySet());
    }
    records.recordDecision(new AssuranceRecords.Decision(planId, recommendationId, state, activityId, title, description,
        at, evidenceSequence, null), at);
  }

  /** The PCC's discharge in cycle {@code cycle}; false when the recommendation is discharged already. */
  public boolean discharge(String planId, String recommendationId, String label, int cycle, Instant at, String by,
      String reasons) {
    return records.recordDischarge(new AssuranceRecords.NewDischarge(planId, recommendationId, label, cycle, at, by,
        reasons, null));
  }

  /** Reopens the open discharge; false when there was none. */
  public boolean reopen(String planId, String recommendationId, Instant at, String by, String reasons) {
    return records.reopen(planId, recommendationId, at, by, reasons);
  }
}
