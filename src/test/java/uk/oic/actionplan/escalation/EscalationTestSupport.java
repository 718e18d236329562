package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/**
 * Drives a dated item through the test model {@code oic-test-dated-item} (a user task with the
 * reminder and escalation timers of the modelling rules), moving the engine clock.
 */
abstract class EscalationTestSupport {

  static final String PLAN = "hiow-oic-2025";
  static final String TEST_PROCESS = "oic-test-dated-item";
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired DeadlineSchedule schedule;
  @Autowired EscalationLog log;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void initEngine() {
    BpmnAwareTests.init(processEngine);
    repositoryService.createDeployment().name("escalation tests").enableDuplicateFiltering(true)
        .addClasspathResource("escalation/oic-test-dated-item.bpmn").deploy();
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  /** Midnight at the start of a day in London. */
  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(LONDON).toInstant());
  }

  static void clockAt(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  ProcessInstance startItem(String title, String ownerGroup, LocalDate due) {
    return runtimeService.startProcessInstanceByKey(TEST_PROCESS, Map.of("planId", PLAN, "itemTitle", title,
        "ownerGroup", ownerGroup, "itemDue", schedule.endOf(due)));
  }

  Job timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  /** Moves the clock to the timer's due date and runs it. */
  void fire(Job job) {
    assertThat(job).as("timer job").isNotNull();
    clockAt(job.getDuedate());
    managementService.executeJob(job.getId());
  }

  /** Fires the item's escalation timer and gives the missed-deadline instance it started. */
  ProcessInstance escalate(ProcessInstance item) {
    fire(timer(item, "Timer_ItemOverdue"));
    return missedDeadlineOf(item);
  }

  ProcessInstance missedDeadlineOf(ProcessInstance item) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY)
        .variableValueEquals(MissedDeadlineVariables.SOURCE_PROCESS_INSTANCE_ID, item.getId()).singleResult();
  }

  List<ProcessInstance> missedDeadlinesOf(ProcessInstance item) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MissedDeadlineVariables.PROCESS_KEY)
        .variableValueEquals(MissedDeadlineVariables.SOURCE_PROCESS_INSTANCE_ID, item.getId()).list();
  }

  Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(l -> l.getGroupId()).toList();
  }

  /** Completes a task as a member of a group, so the engine checks that the group may work on it. */
  void completeAs(String userId, String group, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  EscalationLog.Entry escalationOf(ProcessInstance item) {
    var escalations = log.search(new EscalationLog.Filter(PLAN, null, null, EscalationLog.ESCALATION), 0, 200).content()
        .stream().filter(e -> item.getId().equals(e.sourceProcessInstanceId())).toList();
    assertThat(escalations).hasSize(1);
    return log.find(escalations.get(0).id()).orElseThrow();
  }

  List<String> stepsOf(EscalationLog.Entry entry) {
    return log.steps(entry.id()).stream().map(EscalationLog.Step::step).toList();
  }

  long rowsFor(ProcessInstance item) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM oic_escalation_log WHERE source_process_instance_id = ?",
        Long.class, item.getId());
  }
}
