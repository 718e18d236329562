package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.oic.actionplan.support.ProcessTestSupport;

/**
 * The five areas without a measured target (1, 3, 5, 6, 9): delivery plan, their own work, progress
 * updates until ready, sign-off; each detour on its own.
 */
class GenericAreasTest extends ProcessTestSupport {

  /** One piece of an area's own work: the task, what the owner enters, the evidence it leaves. */
  record OwnWork(String taskKey, Map<String, Object> input, String evidenceKind, String evidenceTitle) {}

  record Area(int number, String name, LocalDate deadline, LocalDate deadlineReminder, List<OwnWork> ownWork) {
    String businessKey() {
      return PLAN_ID + "/area-" + number;
    }

    @Override
    public String toString() {
      return "area " + number;
    }
  }

  static Stream<Area> areas() {
    return Stream.of(
        new Area(1, "Leadership, governance and prioritisation", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 16), List.of(
            new OwnWork("Task_RecordPriorityDecision", vars("decisionForum", "Force Executive Board", "decisionDate", "2026-01-20",
                "priorityDecision", "OIC added to the control strategy", "priorityDecisionReference", "FEB minutes 20/01"),
                "DECISION", "OIC in the force priorities: Force Executive Board, 2026-01-20"),
            new OwnWork("Task_RecordResourcingAgreed", vars("resourcingPosts", 4L, "resourcingSummary", "Four investigators",
                "resourcingReference", "Budget paper 7"), "DECISION", "Resourcing agreed for OIC: 4 dedicated posts"))),
        new Area(3, "Initial response and migrant debriefing", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 16), List.of(
            new OwnWork("Task_PublishDebriefProtocol", vars("debriefProtocolTitle", "Migrant debrief on arrival",
                "debriefProtocolVersion", "1.0", "debriefSafeguarding", "Welfare checks first; debrief only when safe",
                "debriefProtocolReference", "Policy 112"), "DOCUMENT", "Debrief protocol published: Migrant debrief on arrival v1.0"),
            new OwnWork("Task_RecordOfficersBriefed", vars("officersBriefed", 320L, "briefingMethod", "Shift briefings",
                "briefingReference", "Briefing log"), "TRAINING_FIGURES", "Frontline officers briefed on the debrief protocol: 320"))),
        new Area(5, "Systems, data and technology access", LocalDate.of(2026, 7, 31), LocalDate.of(2026, 7, 17), List.of(
            new OwnWork("Task_RecordSystemsAccess", vars("pndAccess", "GRANTED", "facialRecognitionAccess", "REQUESTED",
                "lawfulBasis", "DPIA approved", "systemsAccessReference", "DPIA-2026-03"), "DECISION",
                "PND access GRANTED, facial recognition REQUESTED"),
            new OwnWork("Task_SubmitDevicePowersCase", vars("devicePowersRecipient", "the Home Office",
                "devicePowersCase", "Powers to examine phones of suspects", "devicePowersReference", "Letter 2026-02"),
                "DOCUMENT", "Case for device-examination powers submitted to the Home Office"))),
        new Area(6, "Targeting and disrupting OIC groups", LocalDate.of(2026, 7, 31), LocalDate.of(2026, 7, 17), List.of(
            new OwnWork("Task_RecordJointOperations", vars("jointOperations", 3L, "jointOperationsSummary", "Op Southampton",
                "jointOperationsReference", "Op log"), "DOCUMENT", "Joint operations with Immigration Enforcement and the NCA: 3"),
            new OwnWork("Task_RecordDisruptions", vars("disruptionsPeriod", "Q1 2026", "disruptions", 5L,
                "disruptionsSummary", "Five OCG disruptions", "disruptionsReference", "Disruption register"), "DOCUMENT",
                "Disruptions of OIC groups, Q1 2026: 5"))),
        new Area(9, "Safeguarding, partnerships and community engagement", LocalDate.of(2026, 7, 31), LocalDate.of(2026, 7, 17), List.of(
            new OwnWork("Task_AgreeInteragencyRoles", vars("interagencyRoles", "Police lead; IE screening; LA safeguarding",
                "victimSafeguarding", "NRM referrals", "interagencyRolesReference", "MoU 2026"), "DECISION",
                "Interagency roles agreed for OIC"),
            new OwnWork("Task_RecordCommunityEngagement", vars("engagementEvents", 6L, "publicReports", 11L,
                "engagementSummary", "Community events", "engagementReference", "Engagement log"), "DOCUMENT",
                "Community engagement on OIC: 6 events, 11 reports"))));
  }

  ProcessInstance start(Area area) {
    var variables = vars("planId", PLAN_ID, "planTitle", "Organised immigration crime action plan",
        "areaNumber", area.number(), "areaName", area.name(), "ownerGroup", "area-" + area.number() + "-owners",
        "recommendationId", null, "recommendationLabel", "No recommendation", "areaDeadline", endOf(area.deadline()));
    return runtimeService.startProcessInstanceByKey("oic-area-" + area.number(), area.businessKey(), variables);
  }

  Task task(Area area, String taskKey) {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(area.businessKey()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task " + taskKey).isNotNull();
    return task;
  }

  void completeTask(Area area, String taskKey, Map<String, Object> variables) {
    taskService.complete(task(area, taskKey).getId(), variables);
  }

  void agreeDeliveryPlan(Area area) {
    completeTask(area, "Task_AgreeDeliveryPlan", vars("deliveryPlanSummary", "Deliver the area", "deliveryMilestones",
        "One action; owner; 2026-03-31", "targetDate", "2026-03-31"));
    completeTask(area, "Task_ApproveDeliveryPlan", vars("reviewDecision", "ACCEPT"));
  }

  void doOwnWork(Area area) {
    area.ownWork().forEach(work -> completeTask(area, work.taskKey(), work.input()));
  }

  void acceptedUpdate(Area area, String rag, long percent, boolean ready) {
    completeTask(area, "Task_SubmitProgressUpdate", vars("rag", rag, "progressPercent", percent,
        "narrative", "Update at " + percent + "%", "readyForSignOff", ready));
    completeTask(area, "Task_ReviewProgressUpdate", vars("reviewDecision", "ACCEPT", "reviewComment", "Noted"));
  }

  /** A variable local to the area's embedded delivery subprocess. */
  Object deliveryVariable(ProcessInstance instance, String name) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).variableName(name)
        .singleResult().getValue();
  }

  Object variable(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult().getValue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void happyPath(Area area) {
    var instance = start(area);
    assertThat(instance).isWaitingAt("CallActivity_DeliveryPlan").variables().containsEntry("areaStatus", "PLANNING");

    agreeDeliveryPlan(area);
    assertThat(instance).isWaitingAt(area.ownWork().get(0).taskKey(), "CallActivity_ProgressUpdate")
        .variables().containsEntry("areaStatus", "IN_PROGRESS")
        .containsEntry("deliveryTargetDate", endOf(LocalDate.of(2026, 3, 31)));
    assertThat(deliveryVariable(instance, "ownWorkComplete")).isEqualTo(false);
    var own = task(area, area.ownWork().get(0).taskKey());
    assertThat(own.getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 3, 31)));
    assertThat(taskService.getIdentityLinksForTask(own.getId())).singleElement()
        .satisfies(link -> assertThat(link.getGroupId()).isEqualTo("area-" + area.number() + "-owners"));
    // the first update falls due 20 working days from Monday 12 January 2026
    assertThat(task(area, "Task_SubmitProgressUpdate").getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 2, 9)));

    doOwnWork(area);
    assertThat(deliveryVariable(instance, "ownWorkComplete")).isEqualTo(true);
    identityService.setAuthentication("area" + area.number() + ".owner", List.of("area-" + area.number() + "-owners"));
    completeTask(area, "Task_SubmitProgressUpdate", vars("rag", "GREEN", "progressPercent", 100L,
        "narrative", "All delivered", "readyForSignOff", true));
    identityService.clearAuthentication();
    completeTask(area, "Task_ReviewProgressUpdate", vars("reviewDecision", "ACCEPT", "reviewComment", "Well done"));
    assertThat(instance).isWaitingAt("CallActivity_AreaSignOff").variables()
        .containsEntry("lastRag", "GREEN")
        .containsEntry("lastProgressPercent", 100)
        .containsEntry("lastNarrative", "All delivered")
        .containsEntry("lastUpdateBy", "area" + area.number() + ".owner")
        .containsEntry("lastUpdateAt", at(LocalDate.of(2026, 1, 12), 9))
        .containsEntry("lastReviewComment", "Well done")
        .containsEntry("readyForSignOff", true);

    completeTask(area, "Task_SignOffArea", vars("reviewDecision", "SIGN_OFF", "reviewComment", "Delivered"));
    assertThat(instance).hasPassed("Event_AreaDelivered").isEnded();
    assertThat(variable(instance, "areaStatus")).isEqualTo("SIGNED_OFF");
    assertThat(variable(instance, "areaSignedOff")).isEqualTo(true);
    assertThat(variable(instance, "signOffReason")).isEqualTo("Delivered");

    assertThat(evidence).extracting(call -> call.get("evidenceKind"))
        .containsExactly("DECISION", area.ownWork().get(0).evidenceKind(), area.ownWork().get(1).evidenceKind(),
            "PROGRESS_UPDATE", "SIGN_OFF");
    for (var work : area.ownWork()) {
      assertThat(evidence).anySatisfy(call -> assertThat(call)
          .containsEntry("evidenceTitle", work.evidenceTitle())
          .containsEntry("evidenceReference", work.input().values().stream()
              .filter(v -> evidenceReference(work).equals(v)).findFirst().orElseThrow())
          .containsEntry("businessKey", area.businessKey()));
    }
    assertThat(reminders).isEmpty();
    assertThat(escalations).isEmpty();
  }

  private static Object evidenceReference(OwnWork work) {
    return work.input().entrySet().stream().filter(e -> e.getKey().endsWith("Reference")).findFirst().orElseThrow().getValue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void ownWorkMissingARequiredFieldIsRefusedAndChangesNothing(Area area) {
    var instance = start(area);
    agreeDeliveryPlan(area);
    var work = area.ownWork().get(0);
    var incomplete = new java.util.HashMap<>(work.input());
    incomplete.remove(incomplete.keySet().stream().filter(k -> k.endsWith("Reference")).findFirst().orElseThrow());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> completeTask(area, work.taskKey(), incomplete))
        .hasMessageContaining("Reference: is required");
    assertThat(instance).isWaitingAt(work.taskKey());
    assertThat(evidence).extracting(call -> call.get("evidenceKind")).containsExactly("DECISION");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void updatesRecurUntilTheOwnerSaysReady(Area area) {
    var instance = start(area);
    agreeDeliveryPlan(area);
    doOwnWork(area);

    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 2, 2), 10));
    acceptedUpdate(area, "AMBER", 40, false);
    assertThat(instance).isWaitingAt("CallActivity_ProgressUpdate").variables()
        .containsEntry("lastRag", "AMBER").containsEntry("lastProgressPercent", 40).containsEntry("readyForSignOff", false);
    // the next update is due 20 working days after Monday 2 February 2026
    assertThat(task(area, "Task_SubmitProgressUpdate").getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 3, 2)));

    acceptedUpdate(area, "GREEN", 100, true);
    assertThat(instance).isWaitingAt("CallActivity_AreaSignOff");
    assertThat(evidence).filteredOn(call -> "PROGRESS_UPDATE".equals(call.get("evidenceKind"))).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void readyIsNotEnoughWhileTheOwnWorkIsOpen(Area area) {
    var instance = start(area);
    agreeDeliveryPlan(area);

    acceptedUpdate(area, "GREEN", 90, true);
    assertThat(instance).isWaitingAt(area.ownWork().get(0).taskKey(), "CallActivity_ProgressUpdate")
        .hasNotPassed("CallActivity_AreaSignOff");

    doOwnWork(area);
    acceptedUpdate(area, "GREEN", 100, true);
    assertThat(instance).isWaitingAt("CallActivity_AreaSignOff");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void aDeclinedSignOffGoesBackToUpdates(Area area) {
    var instance = start(area);
    agreeDeliveryPlan(area);
    doOwnWork(area);
    acceptedUpdate(area, "GREEN", 100, true);

    completeTask(area, "Task_SignOffArea", vars("reviewDecision", "DECLINE", "reviewComment", "Evidence of training missing"));
    assertThat(instance).isWaitingAt("CallActivity_ProgressUpdate").variables()
        .containsEntry("areaSignedOff", false)
        .containsEntry("signOffReason", "Evidence of training missing")
        .containsEntry("areaStatus", "IN_PROGRESS");

    acceptedUpdate(area, "GREEN", 100, true);
    completeTask(area, "Task_SignOffArea", vars("reviewDecision", "SIGN_OFF", "reviewComment", "Now evidenced"));
    assertThat(instance).isEnded();
    assertThat(variable(instance, "areaStatus")).isEqualTo("SIGNED_OFF");
    assertThat(evidence).filteredOn(call -> "SIGN_OFF".equals(call.get("evidenceKind"))).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void theAreaDeadlineIsRemindedAndEscalatedAroundTheWholeDelivery(Area area) {
    var instance = start(area);
    var reminder = timer(instance.getId(), "Timer_AreaDeadlineReminder");
    var overdue = timer(instance.getId(), "Timer_AreaDeadlineOverdue");
    assertThat(reminder.getDuedate()).isEqualTo(startOf(area.deadlineReminder()));
    assertThat(overdue.getDuedate()).isEqualTo(endOf(area.deadline()));

    execute(reminder);
    execute(overdue);
    assertThat(instance).isWaitingAt("CallActivity_DeliveryPlan")
        .hasPassed("Event_AreaDeadlineReminded", "Event_AreaDeadlineEscalated");
    Date due = endOf(area.deadline());
    assertThat(reminders).singleElement().satisfies(call -> assertThat(call)
        .containsEntry("itemName", "Deliver action area: " + area.name() + " (No recommendation)")
        .containsEntry("itemDueDate", due)
        .containsEntry("itemOwnerGroup", "area-" + area.number() + "-owners")
        .containsEntry("itemType", "AREA_DEADLINE")
        .containsEntry("planId", PLAN_ID));
    // a revised area deadline moves the variable the area's timers and forms read
    assertThat(escalations).singleElement().satisfies(call -> assertThat(call)
        .containsEntry("itemDueDate", due).containsEntry("itemType", "AREA_DEADLINE")
        .containsEntry("itemDueDateVariable", "areaDeadline"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void ownWorkIsRemindedAndEscalatedByTheDeliveryTargetDate(Area area) {
    var instance = start(area);
    agreeDeliveryPlan(area);
    var first = area.ownWork().get(0).taskKey().substring("Task_".length());
    var calledAreaJobs = managementService.createJobQuery().processInstanceId(instance.getId());
    var reminder = calledAreaJobs.activityId("Timer_" + first + "Reminder").singleResult();
    var overdue = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_" + first + "Overdue").singleResult();
    assertThat(reminder.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 3, 17)));
    assertThat(overdue.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 3, 31)));

    execute(reminder);
    execute(overdue);
    assertThat(instance).isWaitingAt(area.ownWork().get(0).taskKey());
    assertThat(reminders).singleElement().satisfies(call -> assertThat(call)
        .containsEntry("itemType", "DELIVERY_TARGET")
        .containsEntry("itemDueDate", endOf(LocalDate.of(2026, 3, 31)))
        .containsEntry("itemOwnerGroup", "area-" + area.number() + "-owners"));
    assertThat(escalations).singleElement().satisfies(call -> assertThat(call).containsEntry("itemType", "DELIVERY_TARGET"));
  }
}
