package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.oic.actionplan.escalation.DeadlineSchedule;

/**
 * Engine tests of the area processes. The shared call activities are replaced by stand-ins with
 * the same keys and the same inner variable names (deployed here, newer than any real one in this
 * test context): the delivery plan and sign-off complete at once with outputs the test chooses; the
 * progress update waits at a task that the test completes with the update's outputs. The evidence
 * register and escalation hand-offs are mocks that record the inputs each call saw.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class AreaProcessTestSupport {

  static final String PLAN_ID = "hiow-oic-2025";
  /** Monday 5 January 2026, 09:00 UTC. */
  static final Date NOW = Date.from(Instant.parse("2026-01-05T09:00:00Z"));
  static final String STAND_IN_UPDATE_TASK = "Task_StandInProgressUpdate";

  @MockitoBean(name = "recordEvidence")
  JavaDelegate recordEvidence;

  @MockitoBean(name = "sendReminder")
  JavaDelegate sendReminder;

  @MockitoBean(name = "raiseEscalation")
  JavaDelegate raiseEscalation;

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;
  @Autowired
  FormService formService;
  @Autowired
  DeadlineSchedule deadlineSchedule;

  /** What a hand-off delegate saw: the activity it ran in and its input parameters. */
  record HandOff(String activityId, Map<String, Object> inputs) {
    Object input(String name) {
      return inputs.get(name);
    }
  }

  final List<HandOff> evidence = new ArrayList<>();
  final List<HandOff> reminders = new ArrayList<>();
  final List<HandOff> escalations = new ArrayList<>();

  @Autowired
  ConfigurableListableBeanFactory beanFactory;

  /**
   * The sign-off call gets its due date from {@code reviewSchedule}, which comes with the shared
   * call activities; until then a stand-in with the same method answers (15 working days from now).
   */
  public static class ReviewScheduleStandIn {
    private final DeadlineSchedule deadlines;

    ReviewScheduleStandIn(DeadlineSchedule deadlines) {
      this.deadlines = deadlines;
    }

    public Date reviewDue() {
      return deadlines.dueInWorkingDays(15);
    }
  }

  @BeforeEach
  void engineAndStandIns() throws Exception {
    init(engine);
    ClockUtil.setCurrentTime(NOW);
    deployStandIns();
    if (!beanFactory.containsBean("reviewSchedule")) {
      beanFactory.registerSingleton("reviewSchedule", new ReviewScheduleStandIn(deadlineSchedule));
    }
    record(recordEvidence, evidence);
    record(sendReminder, reminders);
    record(raiseEscalation, escalations);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void record(JavaDelegate mock, List<HandOff> calls) throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      calls.add(new HandOff(execution.getCurrentActivityId(), new HashMap<>(execution.getVariablesLocal())));
      return null;
    }).when(mock).execute(any());
  }

  private void deployStandIns() {
    if (repositoryService.createDeploymentQuery().deploymentName("area-stand-ins").count() > 0) {
      return;
    }
    var deliveryPlan = Bpmn.createExecutableProcess("oic-delivery-plan").camundaHistoryTimeToLive(1)
        .startEvent("Event_StandInStarted")
        .serviceTask("Task_StandInDeliveryPlan")
        .camundaExpression("${execution.setVariable('deliveryTargetDate', standInDeliveryTargetDate)}")
        .serviceTask("Task_StandInDeliveryPlanSummary")
        .camundaExpression("${execution.setVariable('deliveryPlanSummary', 'Actions, owners and dates agreed')}")
        .endEvent("Event_StandInEnded")
        .done();
    var progressUpdate = Bpmn.createExecutableProcess("oic-progress-update").camundaHistoryTimeToLive(1)
        .startEvent("Event_StandInStarted")
        .userTask(STAND_IN_UPDATE_TASK).camundaCandidateGroups("${ownerGroup}")
        .endEvent("Event_StandInEnded")
        .done();
    var signOff = Bpmn.createExecutableProcess("oic-area-sign-off").camundaHistoryTimeToLive(1)
        .startEvent("Event_StandInStarted")
        .serviceTask("Task_StandInSignOff")
        .camundaExpression("${execution.setVariable('reviewAccepted', standInAreaSignedOff)}")
        .serviceTask("Task_StandInSignOffReason")
        .camundaExpression("${execution.setVariable('reviewComment', standInSignOffReason)}")
        .endEvent("Event_StandInEnded")
        .done();
    repositoryService.createDeployment().name("area-stand-ins")
        .addModelInstance("oic-delivery-plan.bpmn", deliveryPlan)
        .addModelInstance("oic-progress-update.bpmn", progressUpdate)
        .addModelInstance("oic-area-sign-off.bpmn", signOff)
        .deploy();
  }

  /** The end of a day in the plan's calendar: what a due date on that day means. */
  Date endOf(LocalDate day) {
    return deadlineSchedule.endOf(day);
  }

  /** Starts an area as the action plan would, with the delivery plan's target date chosen by the test. */
  ProcessInstance startArea(int number, String name, String recommendationId, String label, LocalDate deadline,
      LocalDate deliveryTarget) {
    var variables = new HashMap<String, Object>();
    variables.put("planId", PLAN_ID);
    variables.put("planTitle", "Organised immigration crime action plan");
    variables.put("areaNumber", number);
    variables.put("areaName", name);
    variables.put("ownerGroup", "area-" + number + "-owners");
    variables.put("recommendationId", recommendationId);
    variables.put("recommendationLabel", label);
    variables.put("areaDeadline", endOf(deadline));
    variables.put("standInDeliveryTargetDate", endOf(deliveryTarget));
    variables.put("standInAreaSignedOff", true);
    variables.put("standInSignOffReason", "Evidence seen and accepted");
    return runtimeService.startProcessInstanceByKey("oic-area-" + number, PLAN_ID + "/area-" + number, variables);
  }

  ProcessInstance progressUpdate(ProcessInstance area) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(area.getId())
        .processDefinitionKey("oic-progress-update").singleResult();
  }

  /** Completes the waiting progress update as the shared call activity would after the lead accepts it. */
  void acceptProgressUpdate(ProcessInstance area, String rag, int percent, boolean readyForSignOff) {
    var update = progressUpdate(area);
    assertThat(update).as("a progress update is waiting").isNotNull();
    var task = taskService.createTaskQuery().processInstanceId(update.getId()).singleResult();
    // the shared call activity's own names; the area maps them to lastRag, lastProgressPercent, ...
    var outputs = new HashMap<String, Object>();
    outputs.put("rag", rag);
    outputs.put("progressPercent", percent);
    outputs.put("narrative", "On track");
    outputs.put("submittedBy", "area.owner");
    outputs.put("submittedAt", ClockUtil.getCurrentTime());
    outputs.put("reviewComment", "Accepted");
    outputs.put("readyForSignOff", readyForSignOff);
    taskService.complete(task.getId(), outputs);
  }

  Task task(ProcessInstance area, String activityId) {
    return taskService.createTaskQuery().processInstanceId(area.getId()).taskDefinitionKey(activityId).singleResult();
  }

  void complete(ProcessInstance area, String activityId, Map<String, Object> formValues) {
    var task = task(area, activityId);
    assertThat(task).as("task %s is waiting", activityId).isNotNull();
    taskService.complete(task.getId(), formValues);
  }

  /** The task shows the deployed Camunda Form {@code formId}, which Tasklist can load. */
  void assertForm(Task task, String formId) throws Exception {
    var withForm = taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo(formId);
    assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    try (var form = formService.getDeployedTaskForm(task.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"id\": \"" + formId + "\"");
    }
  }

  Job timer(ProcessInstance area, String timerId) {
    return managementService.createJobQuery().processInstanceId(area.getId()).activityId(timerId).singleResult();
  }

  Object variable(ProcessInstance area, String name) {
    return runtimeService.getVariable(area.getId(), name);
  }

  Object historicVariable(ProcessInstance area, String name) {
    var instance = historyService.createHistoricVariableInstanceQuery().processInstanceId(area.getId())
        .variableName(name).singleResult();
    return instance == null ? null : instance.getValue();
  }

  /** Every value {@code name} took, oldest first (the history level is full). */
  List<Object> valuesOf(ProcessInstance area, String name) {
    return historyService.createHistoricDetailQuery().processInstanceId(area.getId()).variableUpdates()
        .orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(update -> update.getVariableName().equals(name))
        .map(HistoricVariableUpdate::getValue)
        .toList();
  }

  /** Moves the engine clock to the job's due date and runs it, as the job executor would. */
  void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    managementService.executeJob(job.getId());
  }

  List<HandOff> evidenceOf(String kind) {
    return evidence.stream().filter(e -> kind.equals(e.input("evidenceKind"))).toList();
  }
}
