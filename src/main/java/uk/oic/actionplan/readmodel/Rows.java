package uk.oic.actionplan.readmodel;

import java.time.Instant;

/** The rows of the read model as the projection writes them. */
final class Rows {

  private Rows() {}

  /** A process instance of a plan; {@code areaNumber} null for the plan's own instances. */
  record Route(String instanceId, String definitionKey, String planId, Integer areaNumber, String superInstanceId,
      Instant startedAt, Instant endedAt) {

    Route ended(Instant at) {
      return new Route(instanceId, definitionKey, planId, areaNumber, superInstanceId, startedAt, at);
    }
  }

  record Plan(String planId, String instanceId, Instant startedAt, Instant endedAt) {}

  /** An area's state; mutable while a batch of changes is applied. */
  static final class Area {
    final String planId;
    final int number;
    String instanceId;
    Instant startedAt;
    Instant endedAt;
    String status;
    String rag;
    Integer progressPercent;
    Instant lastUpdateAt;
    String lastUpdateBy;
    String lastNarrative;
    String lastReviewComment;
    String waitingOn;
    String waitingFor;
    String waitingSince;
    String waitingChasedOn;
    String signOffReason;
    Double completionRate;
    String figuresAsAt;
    final Double[] moduleRates = new Double[6];

    Area(String planId, int number, String instanceId, Instant startedAt) {
      this.planId = planId;
      this.number = number;
      this.instanceId = instanceId;
      this.startedAt = startedAt;
    }
  }

  record Submission(String calledInstanceId, String areaInstanceId, Instant submittedAt, String blockers,
      String evidenceReference) {}

  record Update(String planId, int areaNumber, String areaInstanceId, Instant submittedAt, Instant recordedAt,
      String submittedBy, String rag, Integer progressPercent, String narrative, String reviewComment,
      String calledInstanceId, String blockers, String evidenceReference) {}

  record Figures(String planId, int areaNumber, String instanceId, Instant recordedAt, Double rate, String rag,
      Boolean targetMet, String summary) {}

  record SignOff(String planId, int areaNumber, String areaInstanceId, Instant signedOffAt, String reason) {}

  record OpenTask(String taskId, String instanceId, String planId, int areaNumber, String name, Instant dueAt) {}
}
