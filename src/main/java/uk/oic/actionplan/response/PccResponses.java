package uk.oic.actionplan.response;

import static uk.oic.actionplan.response.ResponseVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import uk.oic.actionplan.web.RequestRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.kernel.ProcessKeys;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Where a plan's PCC response stands, from the running {@code oic-pcc-response} instance and the
 * published versions, and the request for a progress statement.
 */
@Service
public class PccResponses {

  /** Where the response stands. LATE: not published and past its due date. */
  public enum State { NOT_REQUIRED, NOT_STARTED, DRAFTING, AWAITING_APPROVAL, PUBLISHED, LATE }

  /** One recommendation: its text as drafted in the running instance, or as published. */
  public record RecommendationText(String id, String label, String title, String pccResponse, String forceSteps,
      String source) {}

  /** One published version, for lists and links. */
  public record Version(int version, StatementKind kind, Instant publishedAt, String approvedBy, String contentHash,
      long evidenceSequence, String url) {}

  public record Status(String planId, LocalDate reportPublishedOn, LocalDate dueDate, State status,
      String pccComments, List<RecommendationText> recommendations, List<Version> versions,
      boolean progressStatementInProgress) {}

  /**
   * Refused with an HTTP status: 404 unknown plan, 403 not allowed, 409 not now, 500 a published version
   * whose record does not match the evidence register.
   */
  public static class ResponseRequestException extends RequestRefused {
    ResponseRequestException(HttpStatus status, String title, String message) {
      super(status, title, message);
    }
  }

  static final String PROGRESS_STATEMENT_MESSAGE = "ProgressStatementRequested";

  private final PlanCatalog plans;
  private final PublishedStatements published;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final DeadlineSchedule deadlines;
  private final StatementLock lock;
  private final TransactionTemplate transaction;
  private final StatementIntegrity integrity;

  PccResponses(PlanCatalog plans, PublishedStatements published, RuntimeService runtimeService, TaskService taskService,
      DeadlineSchedule deadlines, StatementLock lock, PlatformTransactionManager transactions,
      StatementIntegrity integrity) {
    this.integrity = integrity;
    this.plans = plans;
    this.published = published;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.deadlines = deadlines;
    this.lock = lock;
    this.transaction = new TransactionTemplate(transactions);
  }

  public PlanDefinition plan(String planId) {
    return plans.find(planId).orElseThrow(() -> new ResponseRequestException(HttpStatus.NOT_FOUND, "Plan not found",
        "There is no plan '" + planId + "'"));
  }

  public Status status(String planId) {
    var plan = plan(planId);
    var versions = published.versions(planId);
    var response = versions.stream().filter(v -> v.kind() == StatementKind.RESPONSE).reduce((a, b) -> b);
    var running = running(ProcessKeys.pccResponseBusinessKey(planId));
    var due = plan.pccResponseDueOn().orElse(null);
    State state;
    if (plan.reportPublishedOn() == null) {
      state = response.isPresent() ? State.PUBLISHED : State.NOT_REQUIRED;
    } else if (response.isPresent()) {
      state = State.PUBLISHED;
    } else if (ClockUtil.getCurrentTime().toInstant().isAfter(deadlines.endOf(due).toInstant())) {
      state = State.LATE;
    } else if (running == null) {
      state = State.NOT_STARTED;
    } else if (taskService.createTaskQuery().processInstanceId(running.getId())
        .taskDefinitionKey("Task_ApprovePccResponse").count() > 0) {
      state = State.AWAITING_APPROVAL;
    } else {
      state = State.DRAFTING;
    }
    String comments = null;
    var texts = new ArrayList<RecommendationText>();
    if (running != null) {
      var variables = runtimeService.getVariables(running.getId());
      comments = blankToNull(variables.get(PCC_COMMENTS));
      for (int slot : slots()) {
        var id = blankToNull(variables.get(recId(slot)));
        if (id == null) {
          continue;
        }
        var rec = plan.recommendation(id).orElse(null);
        texts.add(new RecommendationText(id, rec == null ? id : rec.label(), rec == null ? null : rec.title(),
            blankToNull(variables.get(recPcc(slot))), blankToNull(variables.get(recForce(slot))), "DRAFT"));
      }
    } else if (response.isPresent()) {
      var content = intact(response.get()).parsed();
      comments = content.pccComments();
      content.recommendations().forEach(r -> texts.add(new RecommendationText(r.id(), r.label(), r.title(), r.pccResponse(),
          r.forceSteps(), "PUBLISHED")));
    }
    return new Status(planId, plan.reportPublishedOn(), due, state, comments, texts,
        versions.stream().map(PccResponses::version).toList(),
        running(ProcessKeys.progressStatementBusinessKey(planId)) != null);
  }

  /**
   * Starts a progress statement: OPCC staff draft it and the PCC approves it, as the next version.
   * Only once the response is published, and one at a time: the request locks the plan's statements
   * ({@link StatementLock}) before it looks for a running statement and starts the instance in the same
   * transaction, so of two simultaneous requests the second waits, sees the first one's instance and
   * is refused (409) having stored nothing.
   */
  public ProcessInstance requestProgressStatement(String planId, String userId, String reason) {
    plan(planId);
    if (published.latest(planId).isEmpty()) {
      throw new ResponseRequestException(HttpStatus.CONFLICT, "Nothing published yet",
          "A progress statement follows the published response; plan '" + planId + "' has published nothing yet.");
    }
    try {
      return transaction.execute(status -> {
        lock.lock(planId);
        if (running(ProcessKeys.progressStatementBusinessKey(planId)) != null
            || running(ProcessKeys.pccResponseBusinessKey(planId)) != null) {
          throw new ResponseRequestException(HttpStatus.CONFLICT, "Statement in progress",
              "A statement of plan '" + planId + "' is being drafted or approved; publish it first.");
        }
        var variables = new HashMap<String, Object>();
        variables.put(PLAN_ID, planId);
        variables.put(REQUESTED_BY, userId);
        variables.put(REQUEST_REASON, reason == null || reason.isBlank() ? null : reason.strip());
        return runtimeService.createMessageCorrelation(PROGRESS_STATEMENT_MESSAGE)
            .processInstanceBusinessKey(ProcessKeys.progressStatementBusinessKey(planId))
            .setVariables(variables)
            .correlateStartMessage();
      });
    } catch (PessimisticLockingFailureException e) {
      throw new ResponseRequestException(HttpStatus.CONFLICT, "Statement in progress",
          "Another request for a statement of plan '" + planId + "' is being handled at this moment; nothing was"
              + " started. Look at the plan's PCC response before asking again.");
    }
  }

  /** The published version, when its record matches the evidence register; refused (500) otherwise. */
  private PublishedStatement intact(PublishedStatement statement) {
    try {
      return integrity.checked(statement);
    } catch (StatementIntegrity.StatementNotIntactException e) {
      throw new ResponseRequestException(HttpStatus.INTERNAL_SERVER_ERROR, "Statement does not match the evidence register",
          "This statement cannot be shown: its record does not match the evidence register. " + e.getMessage());
    }
  }

  private ProcessInstance running(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PCC_RESPONSE)
        .processInstanceBusinessKey(businessKey).list().stream().findFirst().orElse(null);
  }

  static Version version(PublishedStatement s) {
    return new Version(s.version(), s.kind(), s.publishedAt(), s.approvedBy(), s.contentHash(), s.evidenceSequence(),
        "/published/" + s.planId() + "/v/" + s.version());
  }

  private static String blankToNull(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
