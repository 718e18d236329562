package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import uk.oic.actionplan.web.RequestRefused;
import org.springframework.stereotype.Service;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * What the application (API, dashboard) does with a plan's assurance loop: ask for a cycle on
 * demand, reopen a discharged recommendation, and read where each recommendation stands.
 */
@Service
public class AssuranceLoop {

  /** Where the loop waits between cycles. */
  static final String AWAITING_NEXT_CYCLE = "Gateway_NextCycleTrigger";

  private final PlanCatalog plans;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final AssuranceRecords records;

  AssuranceLoop(PlanCatalog plans, RuntimeService runtimeService, HistoryService historyService, TaskService taskService,
      AssuranceRecords records) {
    this.plans = plans;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.taskService = taskService;
    this.records = records;
  }

  /**
   * Where one recommendation stands in the loop.
   *
   * @param grades the OPCC's grades of its reviews, oldest first
   */
  public record RecommendationStatus(String recommendationId, String label, boolean discharged,
      DischargedRecommendations.Discharge discharge, List<String> openTasks, List<GradeRecord> grades) {}

  /**
   * One review's grade of the assurance the force's report gave.
   *
   * @param grade SUBSTANTIAL, REASONABLE, LIMITED or NO_ASSURANCE
   * @param label as people read it: "Substantial assurance"
   * @param evidenceSequence the review decision's place in the evidence register, or null
   */
  public record GradeRecord(int cycleNumber, String grade, String label, String rationale, String gradedBy,
      Instant gradedAt, Long evidenceSequence) {

    static GradeRecord of(AssuranceRecords.Grade grade) {
      return new GradeRecord(grade.cycleNumber(), grade.grade().name(), grade.grade().label(), grade.rationale(),
          grade.gradedBy(), grade.gradedAt(), grade.evidenceSequence());
    }
  }

  /** The loop of one plan: state RUNNING, FINISHED or NOT_STARTED. */
  public record Status(String planId, String state, int cycleNumber, boolean cycleRunning, Date nextCycleAt,
      List<RecommendationStatus> recommendations) {}

  /** Started cycle: its number and the recommendations it assures. */
  public record StartedCycle(String planId, int cycleNumber, List<String> recommendationIds) {}

  /** A request the loop cannot take; {@code status} says how the API answers. */
  public static class AssuranceRequestException extends RequestRefused {
    AssuranceRequestException(HttpStatus status, String title, String detail) {
      super(status, title, detail);
    }
  }

  public PlanDefinition plan(String planId) {
    return plans.find(planId).orElseThrow(() -> new AssuranceRequestException(HttpStatus.NOT_FOUND,
        "Unknown plan", "There is no plan '" + planId + "'."));
  }

  /** Starts a cycle now, if the loop is waiting between cycles. */
  @SuppressWarnings("unchecked")
  public StartedCycle requestCycle(String planId, String requestedBy, String reason) {
    plan(planId);
    var loop = runningLoop(planId);
    // asked first, so that the usual refusal does not go through the engine's error log
    if (runtimeService.createExecutionQuery().processInstanceId(loop.getId()).activityId(AWAITING_NEXT_CYCLE).count() == 0) {
      throw cycleRunning(planId, loop.getId());
    }
    try {
      runtimeService.createMessageCorrelation(MESSAGE_ASSURANCE_REQUESTED)
          .processInstanceId(loop.getId())
          .setVariable(CYCLE_TRIGGER, TRIGGER_ON_DEMAND)
          .setVariable(CYCLE_REQUESTED_BY, requestedBy)
          .setVariable(CYCLE_REQUEST_REASON, reason == null || reason.isBlank() ? null : reason.trim())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      // a cycle began between the question and the message
      throw cycleRunning(planId, loop.getId());
    }
    var variables = runtimeService.getVariables(loop.getId(), List.of(CYCLE_NUMBER, OPEN_RECOMMENDATION_IDS));
    return new StartedCycle(planId, ((Number) variables.get(CYCLE_NUMBER)).intValue(),
        List.copyOf((List<String>) variables.get(OPEN_RECOMMENDATION_IDS)));
  }

  private AssuranceRequestException cycleRunning(String planId, String loopId) {
    var cycle = runtimeService.getVariable(loopId, CYCLE_NUMBER);
    return new AssuranceRequestException(HttpStatus.CONFLICT, "Assurance cycle already running",
        "Assurance cycle " + cycle + " of plan '" + planId + "' is still running; a new cycle can start when it has finished.");
  }

  /** Reopens a discharged recommendation; the next cycle assures it again. */
  public void reopen(String planId, String recommendationId, String reopenedBy, String reason) {
    var plan = plan(planId);
    var recommendation = plan.recommendation(recommendationId).orElseThrow(() -> new AssuranceRequestException(
        HttpStatus.NOT_FOUND, "Unknown recommendation", "Plan '" + planId + "' has no recommendation '" + recommendationId + "'."));
    if (reason == null || reason.isBlank()) {
      throw new AssuranceRequestException(HttpStatus.BAD_REQUEST, "Reason required",
          "reason: give the reason for reopening " + recommendation.label() + ", for example new evidence of a lapse.");
    }
    var loop = runningLoop(planId);
    if (!records.openDischarges(planId).isDischarged(recommendationId)) {
      throw new AssuranceRequestException(HttpStatus.CONFLICT, "Recommendation not discharged",
          recommendation.label() + " is not discharged, so there is nothing to reopen.");
    }
    runtimeService.createMessageCorrelation(MESSAGE_REOPEN_REQUESTED)
        .processInstanceId(loop.getId())
        .setVariables(Map.of(REOPEN_REQUESTED_FOR, recommendationId, REOPEN_REQUEST_REASON, reason.trim(),
            REOPEN_REQUESTED_BY, reopenedBy))
        .correlateWithResult();
  }

  /**
   * Where each recommendation of the plan stands: its discharge from the records, its open tasks and
   * the cycle from the running loop or, once it ended, from its history.
   */
  public Status status(String planId) {
    var plan = plan(planId);
    var running = running(planId);
    Map<String, Object> variables = new LinkedHashMap<>();
    Map<String, List<String>> tasks = Map.of();
    String state;
    boolean cycleRunning = false;
    if (running.isPresent()) {
      state = "RUNNING";
      var id = running.get().getId();
      variables.putAll(runtimeService.getVariables(id, List.of(CYCLE_NUMBER, NEXT_CYCLE_AT)));
      // between cycles the loop waits at the event-based gateway, otherwise a cycle runs
      cycleRunning = runtimeService.createExecutionQuery().processInstanceId(id)
          .activityId(AWAITING_NEXT_CYCLE).count() == 0;
      tasks = openTasks(id);
    } else {
      var finished = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(businessKey(planId)).completed()
          .orderByProcessInstanceEndTime().desc().listPage(0, 1);
      if (finished.isEmpty()) {
        state = "NOT_STARTED";
      } else {
        state = "FINISHED";
        var id = finished.get(0).getId();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
            .variableName(CYCLE_NUMBER).list().stream()
            .filter(v -> id.equals(v.getExecutionId()))
            .forEach(v -> variables.put(v.getName(), v.getValue()));
      }
    }
    var discharged = records.openDischarges(planId);
    var openTasks = tasks;
    var grades = records.grades(planId);
    var recommendations = plan.recommendations().stream()
        .map(r -> new RecommendationStatus(r.id(), r.label(), discharged.isDischarged(r.id()),
            discharged.find(r.id()).orElse(null), List.copyOf(openTasks.getOrDefault(r.id(), List.of())),
            grades.getOrDefault(r.id(), List.of()).stream().map(GradeRecord::of).toList()))
        .toList();
    int cycle = variables.get(CYCLE_NUMBER) instanceof Number n ? n.intValue() : 0;
    return new Status(planId, state, cycle, cycleRunning, (Date) variables.get(NEXT_CYCLE_AT), recommendations);
  }

  /** The plan's running loop, if any. */
  Optional<ProcessInstance> running(String planId) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey(planId)).list().stream().findFirst();
  }

  /** The names of a loop's open tasks, oldest first, by recommendation id. */
  Map<String, List<String>> openTasks(String loopId) {
    var tasks = new LinkedHashMap<String, List<String>>();
    for (var task : taskService.createTaskQuery().processInstanceId(loopId).orderByTaskCreateTime().asc().list()) {
      var recommendationId = (String) taskService.getVariable(task.getId(), RECOMMENDATION_ID);
      tasks.computeIfAbsent(recommendationId, k -> new ArrayList<>()).add(task.getName());
    }
    return tasks;
  }

  private ProcessInstance runningLoop(String planId) {
    return running(planId).orElseThrow(() -> new AssuranceRequestException(HttpStatus.CONFLICT,
        "Assurance loop not running", "The assurance loop of plan '" + planId + "' is not running: the plan has not started, or every recommendation is discharged."));
  }
}
