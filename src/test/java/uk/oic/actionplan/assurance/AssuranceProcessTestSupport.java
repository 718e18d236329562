package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/**
 * Drives the assurance loop the way its people do, with the evidence register and the escalation
 * hand-offs replaced by mocks whose inputs are captured for assertions.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class AssuranceProcessTestSupport {

  static final String PLAN = "hiow-oic-2025";
  static final List<String> ALL_RECOMMENDATIONS = List.of("rec-2", "rec-4", "rec-8", "rec-9");
  /** A Monday in winter, so that London time is UTC. */
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final Duration REMINDER_LEAD = Duration.ofDays(3);

  static final String OPCC = "opcc.officer";
  static final String LEAD = "strategic.lead";
  static final String PCC = "pcc";
  static final String CHIEF = "chief.officer";

  @MockitoBean(name = "recordEvidence")
  JavaDelegate recordEvidence;
  @MockitoBean(name = "sendReminder")
  JavaDelegate sendReminder;
  @MockitoBean(name = "raiseEscalation")
  JavaDelegate raiseEscalation;
  @MockitoBean(name = "deadlineSchedule")
  DeadlineSchedule deadlineSchedule;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AssuranceLoop assuranceLoop;
  @Autowired AssuranceRecords records;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

  /** What one recordEvidence hand-off was given, and by whom it was done. */
  record Evidence(String kind, String title, String description, String recommendationId, String reference,
      Object effectiveDate, String recordedBy, String user) {}

  /** What one reminder or escalation hand-off was given. */
  record Item(String name, Date dueDate, String ownerGroup, String type) {}

  final List<Evidence> evidence = new ArrayList<>();
  final List<Item> reminders = new ArrayList<>();
  final List<Item> escalations = new ArrayList<>();
  ProcessInstance loop;

  @BeforeEach
  void engineAndHandOffs() throws Exception {
    BpmnAwareTests.init(processEngine);
    records.deletePlan(PLAN);
    // the areas an earlier test ran with this plan id are not this test's
    uk.oic.actionplan.support.ReadModelRows.forget(jdbcTemplate, PLAN);
    ClockUtil.setCurrentTime(Date.from(T0));
    given(deadlineSchedule.reminderAt(anyString(), any(Date.class)))
        .willAnswer(call -> Date.from(call.<Date>getArgument(1).toInstant().minus(REMINDER_LEAD)));
    given(deadlineSchedule.escalateAt(anyString(), any(Date.class))).willAnswer(call -> call.getArgument(1));
    willAnswer(call -> evidence.add(evidence(call.getArgument(0)))).given(recordEvidence).execute(any());
    willAnswer(call -> reminders.add(item(call.getArgument(0)))).given(sendReminder).execute(any());
    willAnswer(call -> escalations.add(item(call.getArgument(0)))).given(raiseEscalation).execute(any());
  }

  @AfterEach
  void resetClockAndLoops() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test finished"));
    // each test reads its own loop's history and records only
    records.deletePlan(PLAN);
    var finished = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).finished().list();
    if (!finished.isEmpty()) {
      historyService.deleteHistoricProcessInstances(finished.stream().map(p -> p.getId()).toList());
    }
  }

  private static Evidence evidence(DelegateExecution execution) {
    var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return new Evidence((String) execution.getVariable("evidenceKind"), (String) execution.getVariable("evidenceTitle"),
        (String) execution.getVariable("evidenceDescription"), (String) execution.getVariable(RECOMMENDATION_ID),
        (String) execution.getVariable("evidenceReference"), execution.getVariable("evidenceEffectiveDate"),
        (String) execution.getVariable("evidenceRecordedBy"), auth == null ? null : auth.getUserId());
  }

  private static Item item(DelegateExecution execution) {
    return new Item((String) execution.getVariable("itemName"), (Date) execution.getVariable("itemDueDate"),
        (String) execution.getVariable("itemOwnerGroup"), (String) execution.getVariable("itemType"));
  }

  // ---- driving the loop ----

  ProcessInstance startLoop() {
    loop = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(PLAN),
        Map.of(PLAN_ID, PLAN, PLAN_TITLE, "Organised immigration crime action plan"));
    return loop;
  }

  Object variable(String name) {
    return runtimeService.getVariable(loop.getId(), name);
  }

  /** The plan's open discharges, as the loop recorded them. */
  DischargedRecommendations discharged() {
    return records.openDischarges(PLAN);
  }

  /** Asserts when the next cadence cycle is due, moves the clock there and fires it. */
  void fireCadenceCycle(Instant expectedDue) {
    var job = job("Timer_NextCycleDue");
    assertThat(job.getDuedate()).isEqualTo(Date.from(expectedDue));
    ClockUtil.setCurrentTime(Date.from(expectedDue));
    managementService.executeJob(job.getId());
  }

  Job job(String activityId) {
    var jobs = managementService.createJobQuery().processInstanceId(loop.getId()).activityId(activityId).list();
    assertThat(jobs).as("jobs at " + activityId).hasSize(1);
    return jobs.get(0);
  }

  Task task(String recommendationId, String taskKey) {
    var tasks = taskService.createTaskQuery().processInstanceId(loop.getId()).taskDefinitionKey(taskKey).list().stream()
        .filter(t -> recommendationId.equals(taskService.getVariable(t.getId(), RECOMMENDATION_ID)))
        .toList();
    assertThat(tasks).as(taskKey + " for " + recommendationId).hasSize(1);
    return tasks.get(0);
  }

  Object taskVariable(String recommendationId, String taskKey, String name) {
    return taskService.getVariable(task(recommendationId, taskKey).getId(), name);
  }

  void complete(String user, String recommendationId, String taskKey, Map<String, Object> variables) {
    var task = task(recommendationId, taskKey);
    // as the person in Tasklist: with their groups, so that the engine's authorization checks apply
    var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void request(String rec) {
    complete(OPCC, rec, "Task_RequestAssurance", Map.of(ASSURANCE_REQUEST, "Show audit results for " + rec));
  }

  /** The strategic lead's report, and a chief officer's endorsement, which takes it to OPCC staff. */
  void report(String rec) {
    draftReport(rec);
    endorse(rec);
  }

  /** The strategic lead's report, answering each of the PCC's asks; it waits for a chief officer. */
  void draftReport(String rec) {
    complete(LEAD, rec, "Task_ProvideAssuranceReport", reportVariables(rec));
  }

  /** A complete report of {@code rec}: narrative, references and an answer to each ask its form shows. */
  Map<String, Object> reportVariables(String rec) {
    var variables = vars(
        REPORT_NARRATIVE, "Delivery of " + rec + " is on track, audits attached.",
        REPORT_EVIDENCE_REFERENCES, "EV-" + rec);
    for (int n = 1; n <= MAX_PCC_ASKS; n++) {
      var ask = taskVariable(rec, "Task_ProvideAssuranceReport", numbered(PCC_ASK, n));
      if (ask != null && !ask.toString().isEmpty()) {
        variables.put(numbered(ASK_ANSWER, n), "Answer " + n + " for " + rec + ": audited in March.");
      }
    }
    return variables;
  }

  void endorse(String rec) {
    complete(CHIEF, rec, "Task_EndorseAssuranceReport", Map.of(ENDORSEMENT_DECISION, ENDORSE));
  }

  void sendBack(String rec, String reasons) {
    complete(CHIEF, rec, "Task_EndorseAssuranceReport", Map.of(ENDORSEMENT_DECISION, SEND_BACK, ENDORSEMENT_REASONS, reasons));
  }

  /** The review's variables with the OPCC's grade of the assurance and its rationale. */
  static Map<String, Object> graded(String grade, Map<String, Object> review) {
    var variables = new HashMap<String, Object>(review);
    variables.put(ASSURANCE_GRADE, grade);
    variables.put(GRADE_RATIONALE, "Graded " + grade + ": the audits cover every team sampled.");
    return variables;
  }

  void assure(String rec, boolean recommendDischarge) {
    complete(OPCC, rec, "Task_ReviewAssurance", graded("SUBSTANTIAL", Map.of(
        REVIEW_DECISION, DECISION_ASSURED, REVIEW_RATIONALE, "The audit evidence for " + rec + " is convincing.",
        RECOMMEND_DISCHARGE, recommendDischarge)));
  }

  void challenge(String rec, String responseDate) {
    complete(OPCC, rec, "Task_ReviewAssurance", graded("LIMITED", Map.of(
        REVIEW_DECISION, DECISION_CHALLENGE, REVIEW_RATIONALE, "The figures do not cover the custody teams.",
        CHALLENGE_QUESTIONS, "How many custody officers have completed it?", CHALLENGE_RESPONSE_DATE, responseDate)));
  }

  void answer(String rec) {
    complete(LEAD, rec, "Task_AnswerChallenge", Map.of(CHALLENGE_ANSWER, "All 212 custody officers completed it by March."));
  }

  void signOff(String rec, String decision) {
    complete(PCC, rec, "Task_SignOffRecommendation", Map.of(
        SIGN_OFF_DECISION, decision, SIGN_OFF_REASONS, "Reasons of the PCC for " + rec));
  }

  /** One recommendation through a cycle: requested, reported and endorsed, assured; discharged if {@code discharge}. */
  void assureThrough(String rec, boolean discharge) {
    request(rec);
    report(rec);
    assure(rec, discharge);
    if (discharge) {
      signOff(rec, SIGN_OFF_DISCHARGE);
    }
  }

  List<Evidence> evidenceFor(String rec) {
    return evidence.stream().filter(e -> rec.equals(e.recommendationId())).toList();
  }

  List<String> titles(List<Evidence> records) {
    return records.stream().map(Evidence::title).toList();
  }

  static Map<String, Object> vars(Object... keyValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
