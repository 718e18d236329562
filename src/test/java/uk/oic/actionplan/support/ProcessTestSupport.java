package uk.oic.actionplan.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/**
 * Base of the process tests: one Spring context (test profile, job executor off) shared by all of
 * them, the engine clock fixed at Monday 12 January 2026 09:00 in London, and the delegates other
 * features own ({@code recordEvidence}, {@code sendReminder}, {@code raiseEscalation}) replaced by
 * mocks that record the input parameters of each call.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ProcessTestSupport {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  public static final String PLAN_ID = "hiow-oic-2025";

  @MockitoBean(name = "recordEvidence")
  protected JavaDelegate recordEvidence;
  @MockitoBean(name = "sendReminder")
  protected JavaDelegate sendReminder;
  @MockitoBean(name = "raiseEscalation")
  protected JavaDelegate raiseEscalation;

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected IdentityService identityService;
  @Autowired protected DeadlineSchedule deadlineSchedule;

  /** What each hand-off delegate was called with: its activity id and local variables (the inputs). */
  protected final List<Map<String, Object>> evidence = new ArrayList<>();
  protected final List<Map<String, Object>> reminders = new ArrayList<>();
  protected final List<Map<String, Object>> escalations = new ArrayList<>();

  @BeforeEach
  void engineAndHandOffs() throws Exception {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 1, 12), 9));
    record(recordEvidence, evidence);
    record(sendReminder, reminders);
    record(raiseEscalation, escalations);
  }

  @AfterEach
  void resetClockUserAndInstances() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    // tests share one engine: business keys such as hiow-oic-2025/area-1 must be free for the next test
    var running = runtimeService.createProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(instance -> instance.getId()).toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstances(running, "test finished", true, true);
    }
  }

  private static void record(JavaDelegate delegate, List<Map<String, Object>> calls) throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      var call = new HashMap<String, Object>(execution.getVariablesLocal());
      call.put("activityId", execution.getCurrentActivityId());
      call.put("planId", execution.getVariable("planId"));
      call.put("businessKey", execution.getProcessBusinessKey());
      calls.add(call);
      return null;
    }).when(delegate).execute(any());
  }

  /** A moment on a day in London. */
  public static Date at(LocalDate day, int hour) {
    return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(LONDON).toInstant());
  }

  /** The start of a day in London. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(LONDON).toInstant());
  }

  /** The end of a day in London: when an item due that day is late. */
  public static Date endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }

  /** A process offering one task to area 1's owners and one to area 2's, side by side. */
  public static BpmnModelInstance areaOneAndAreaTwoTasks(String processKey) {
    return org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess(processKey)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .userTask("Task_AreaOne").name("Area one work").camundaCandidateGroups("area-1-owners")
        .endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("Task_AreaTwo").name("Area two work").camundaCandidateGroups("area-2-owners")
        .endEvent()
        .done();
  }

  /**
   * Adds to the model of process {@code processId} the areas' deadline escalation as {@code oic-area.bpmn}
   * models it: a non-interrupting timer at {@code ${areaDeadline}} raising an {@code AREA_DEADLINE}
   * escalation for {@code ${ownerGroup}}.
   */
  public static BpmnModelInstance withAreaDeadlineEscalation(BpmnModelInstance model, String processId) {
    model.<Process>getModelElementById(processId).builder()
        .eventSubProcess("SubProcess_DeadlineEscalation")
        .startEvent("Timer_DeadlineOverdue").interrupting(false).timerWithDate("${areaDeadline}")
        .serviceTask("Task_RaiseDeadlineEscalation").camundaDelegateExpression("${raiseEscalation}")
        .camundaInputParameter("itemName", "Deliver action area: ${title}")
        .camundaInputParameter("itemDueDate", "${areaDeadline}")
        .camundaInputParameter("itemOwnerGroup", "${ownerGroup}")
        .camundaInputParameter("itemType", "AREA_DEADLINE")
        .camundaInputParameter("itemDueDateVariable", "areaDeadline")
        .endEvent("Event_DeadlineEscalated");
    return model;
  }

  protected Job timer(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
  }

  /** Completes the instance's one open task with this task definition key. */
  protected void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new AssertionError("No open task " + taskKey + " in " + processInstanceId);
    }
    taskService.complete(task.getId(), variables);
  }

  protected static Map<String, Object> vars(Object... keysAndValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The variables of area 1 of the default plan, as the action plan passes them. */
  protected static Map<String, Object> areaOneVariables() {
    return vars("planId", PLAN_ID, "planTitle", "Organised immigration crime action plan",
        "areaNumber", 1, "areaName", "Leadership, governance and prioritisation", "ownerGroup", "area-1-owners",
        "recommendationId", null, "recommendationLabel", "No recommendation",
        "areaDeadline", endOf(LocalDate.of(2026, 4, 30)));
  }
}
