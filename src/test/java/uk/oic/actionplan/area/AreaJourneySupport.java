package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.evidence.EvidenceEntry;
import uk.oic.actionplan.evidence.EvidenceFilter;
import uk.oic.actionplan.evidence.EvidenceKind;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.plan.ActionPlanVariables;
import uk.oic.actionplan.plan.PlanAreas;

/**
 * Journeys through one action area with everything real: the area frame ({@code oic-area}), the
 * area's own-work model, the shared delivery plan, progress update and sign-off, the evidence
 * register and the escalation delegates. People complete tasks as the engine's authenticated user,
 * as Tasklist would; the engine clock stands at Monday 12 January 2026, 09:00 in London.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class AreaJourneySupport {

  static final String PLAN_ID = "hiow-oic-2025";
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final LocalDate TODAY = LocalDate.of(2026, 1, 12);
  static final String LEAD = "oic.lead";
  static final String LEAD_GROUP = "oic-strategic-lead";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired EvidenceRegister register;
  @Autowired PlanAreas planAreas;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  private long evidenceBefore;

  @BeforeEach
  void atTheStartOfTheJourney() {
    init(engine);
    ClockUtil.setCurrentTime(at(TODAY, 9));
    // what earlier journeys in this engine recorded is not this journey's
    evidenceBefore = register.search(EvidenceFilter.plan(PLAN_ID), List.of(PLAN_ID), 0, 100_000).entries().stream()
        .mapToLong(EvidenceEntry::sequence).max().orElse(0);
  }

  /** Journeys share one engine: each leaves no instance behind for the next to find by business key. */
  @AfterEach
  void endTheJourney() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    for (var key : List.of(ActionPlanVariables.AREA_PROCESS_KEY, "oic-missed-deadline", ActionPlanVariables.ASSURANCE_PROCESS_KEY)) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(i -> runtimeService.deleteProcessInstanceIfExists(i.getId(), "test over", true, true, true, false));
    }
  }

  static Date at(LocalDate day, int hour) {
    return Date.from(LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(LONDON).toInstant());
  }

  static String businessKey(int area) {
    return PLAN_ID + "/area-" + area;
  }

  static String owner(int area) {
    return "area" + area + ".owner";
  }

  static String ownerGroup(int area) {
    return "area-" + area + "-owners";
  }

  /** Starts the area as the action plan does: the frame, with the variables its call activity passes in. */
  ProcessInstance startArea(int area) {
    var variables = new HashMap<String, Object>();
    variables.put("planId", PLAN_ID);
    variables.put("planTitle", "Organised immigration crime action plan");
    variables.put("areaNumber", area);
    variables.put("areaName", planAreas.name(PLAN_ID, area));
    variables.put("ownerGroup", planAreas.ownerGroup(PLAN_ID, area));
    variables.put("recommendationId", planAreas.recommendationId(PLAN_ID, area));
    variables.put("recommendationLabel", planAreas.recommendationLabel(PLAN_ID, area));
    variables.put("areaDeadline", Date.from(planAreas.deadline(PLAN_ID, area).plusDays(1).atStartOfDay(LONDON).toInstant()));
    return runtimeService.startProcessInstanceByKey(ActionPlanVariables.AREA_PROCESS_KEY, businessKey(area), variables);
  }

  /** The area's one open task with this key, in the frame or in anything it called. */
  Task task(int area, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey(area)).taskDefinitionKey(taskKey)
        .singleResult();
  }

  void completeAs(String user, String group, int area, String taskKey, Map<String, Object> values) {
    var task = task(area, taskKey);
    assertThat(task).as("area %d waits at %s", area, taskKey).isNotNull();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void asOwner(int area, String taskKey, Map<String, Object> values) {
    completeAs(owner(area), ownerGroup(area), area, taskKey, values);
  }

  void asLead(int area, String taskKey, Map<String, Object> values) {
    completeAs(LEAD, LEAD_GROUP, area, taskKey, values);
  }

  /** The owner agrees a plan of work due at the end of {@code target}; the lead approves it. */
  void agreePlan(int area, LocalDate target) {
    asOwner(area, "Task_AgreeDeliveryPlan", vars("deliveryPlanSummary", "Deliver the area's work",
        "deliveryMilestones", "One action; owner; " + target, "targetDate", target.toString()));
    asLead(area, "Task_ApproveDeliveryPlan", vars("reviewDecision", "ACCEPT", "reviewComment", "Agreed"));
  }

  /** An accepted progress update. */
  void acceptUpdate(int area, String rag, long percent, boolean ready, Map<String, Object> more) {
    var values = vars("rag", rag, "progressPercent", percent, "narrative", "Update at " + percent + "%",
        "readyForSignOff", ready);
    values.putAll(more);
    asOwner(area, "Task_SubmitProgressUpdate", values);
    asLead(area, "Task_ReviewProgressUpdate", vars("reviewDecision", "ACCEPT", "reviewComment", "Noted"));
  }

  void signOff(int area, boolean signed, String reason) {
    asLead(area, "Task_SignOffArea", vars("reviewDecision", signed ? "SIGN_OFF" : "DECLINE", "reviewComment", reason));
  }

  /** The area's own work, as the frame called it. */
  ProcessInstance ownWork(ProcessInstance frame) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(frame.getId())
        .processDefinitionKey(ActionPlanVariables.ownWorkProcessKey(frameArea(frame))).singleResult();
  }

  private int frameArea(ProcessInstance frame) {
    return ((Number) runtimeService.getVariable(frame.getId(), "areaNumber")).intValue();
  }

  Object variable(String processInstanceId, String name) {
    return runtimeService.getVariable(processInstanceId, name);
  }

  /** What this journey recorded in the evidence register for the area, oldest first. */
  List<EvidenceEntry> evidence(int area) {
    return register.search(new EvidenceFilter(PLAN_ID, null, area, null, null, null, null), List.of(PLAN_ID), 0, 100_000)
        .entries().stream().filter(e -> e.sequence() > evidenceBefore)
        .sorted(java.util.Comparator.comparingLong(EvidenceEntry::sequence)).toList();
  }

  List<EvidenceEntry> evidence(int area, EvidenceKind kind) {
    return evidence(area).stream().filter(e -> e.kind() == kind).toList();
  }

  /** Moves the engine clock to the job's due date and runs it, as the job executor would. */
  void fire(Job job) {
    assertThat(job).isNotNull();
    if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(job.getDuedate());
    }
    managementService.executeJob(job.getId());
  }

  Job job(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
  }

  static Map<String, Object> vars(Object... keysAndValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
