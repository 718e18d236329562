package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class Area4CollectionPlanProcessTest extends AreaProcessTestSupport {

  static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
  static final LocalDate DELIVERY_TARGET = LocalDate.of(2026, 3, 31);
  static final Date DELIVERY_DUE = Date.from(Instant.parse("2026-03-31T23:00:00Z"));
  static final String LABEL = "Intelligence collection, analysis and sharing plan (Rec 4)";
  static final String DRAFT = "Task_DraftCollectionPlan";
  static final String APPROVE = "Task_ApproveCollectionPlan";
  static final String SHARE = "Task_ShareCollectionPlan";
  static final String APMIS = "Task_ConfirmApmisRecording";

  ProcessInstance start() {
    return startArea(4, "Intelligence collection, analysis and sharing plan", "rec-4", "Rec 4", DEADLINE,
        DELIVERY_TARGET);
  }

  static Map<String, Object> draft(String reference) {
    return Map.of(Area4Variables.COLLECTION_PLAN_REFERENCE, reference,
        Area4Variables.COLLECTION_PLAN_SUMMARY, "Collection priorities, analysis products and sharing routes",
        Area4Variables.CONTRIBUTORS, "Force Intelligence Bureau, analyst team, SE regional partners");
  }

  static Map<String, Object> decision(String decision, String comment) {
    return Map.of(Area4Variables.COLLECTION_PLAN_DECISION, decision, Area4Variables.APPROVAL_COMMENT, comment);
  }

  static Map<String, Object> shared() {
    return Map.of(Area4Variables.SHARED_WITH_PARTNERS, "SEROCU, Thames Valley Police, Surrey and Sussex Police",
        Area4Variables.SHARED_ON, "2026-02-10", Area4Variables.SHARED_BY, "DI Example");
  }

  static Map<String, Object> apmis(boolean inUse) {
    return Map.of(Area4Variables.APMIS_IN_USE, inUse,
        Area4Variables.APMIS_DETAILS, "MSOIC team and FIB record OIC intelligence on APMIS");
  }

  @Test
  void thePlanIsDraftedApprovedSharedAndApmisConfirmedBeforeSignOff() throws Exception {
    var area = start();

    assertThat(area).isWaitingAt(DRAFT, "CallActivity_ProgressUpdate");
    var draftTask = task(area, DRAFT);
    assertThat(draftTask.getName()).isEqualTo("Draft the intelligence collection plan: " + LABEL);
    assertThat(draftTask).hasCandidateGroup("area-4-owners");
    assertThat(draftTask.getDueDate()).isEqualTo(DELIVERY_DUE);
    assertForm(draftTask, "oic-area-4-draft-plan");

    complete(area, DRAFT, draft("ICP-2026-v1"));

    var approveTask = task(area, APPROVE);
    assertThat(approveTask.getName()).isEqualTo("Approve the intelligence collection plan: " + LABEL);
    assertThat(approveTask).hasCandidateGroup("oic-strategic-lead");
    assertThat(approveTask.getDueDate()).isEqualTo(DELIVERY_DUE);
    assertForm(approveTask, "oic-area-4-approve-plan");
    assertThat(evidence).isEmpty();

    complete(area, APPROVE, decision("APPROVE", "Approved for sharing"));

    assertThat(evidenceOf("DECISION")).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordApprovalEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("Intelligence collection plan approved (ICP-2026-v1)");
      assertThat(e.input("evidenceDescription")).isEqualTo("Approved by the force strategic lead: Approved for sharing");
      assertThat(e.input("evidenceReference")).isEqualTo("ICP-2026-v1");
    });
    var shareTask = task(area, SHARE);
    assertThat(shareTask.getName()).isEqualTo("Share the collection plan with regional partners: " + LABEL);
    assertThat(shareTask).hasCandidateGroup("area-4-owners");
    assertForm(shareTask, "oic-area-4-share-plan");

    complete(area, SHARE, shared());

    assertThat(evidenceOf("DOCUMENT")).singleElement().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordSharingEvidence");
      assertThat(e.input("evidenceTitle"))
          .isEqualTo("Intelligence collection plan shared with regional partners on 2026-02-10");
      assertThat(e.input("evidenceDescription"))
          .isEqualTo("Shared with: SEROCU, Thames Valley Police, Surrey and Sussex Police. By: DI Example");
    });
    var apmisTask = task(area, APMIS);
    assertThat(apmisTask.getName()).isEqualTo("Confirm APMIS recording is in use: " + LABEL);
    assertThat(apmisTask).hasCandidateGroup("area-4-owners");
    assertForm(apmisTask, "oic-area-4-confirm-apmis");

    complete(area, APMIS, apmis(true));

    assertThat(area).hasPassed("Event_AreaWorkDone");
    assertThat(evidenceOf("DOCUMENT")).last().satisfies(e -> {
      assertThat(e.activityId()).isEqualTo("Task_RecordApmisEvidence");
      assertThat(e.input("evidenceTitle")).isEqualTo("APMIS used to record and share OIC information");
      assertThat(e.input("evidenceDescription")).isEqualTo("MSOIC team and FIB record OIC intelligence on APMIS");
    });

    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isEnded().hasPassed("Event_AreaSignedOff");
    assertThat(valuesOf(area, "areaStatus")).containsExactly("PLANNING", "IN_PROGRESS", "SIGNED_OFF");
    assertThat(evidence).hasSize(3);
  }

  @Test
  void requestedChangesSendTheDraftBackWithTheLeadsComments() {
    var area = start();
    complete(area, DRAFT, draft("ICP-2026-v1"));

    complete(area, APPROVE, decision("REQUEST_CHANGES", "Add the analysis products for partners"));

    assertThat(area).isWaitingAt(DRAFT).hasNotPassed("Task_RecordApprovalEvidence");
    assertThat(variable(area, Area4Variables.APPROVAL_COMMENT)).isEqualTo("Add the analysis products for partners");
    assertThat(evidence).isEmpty();

    complete(area, DRAFT, draft("ICP-2026-v2"));
    complete(area, APPROVE, decision("APPROVE", "Approved"));

    assertThat(area).isWaitingAt(SHARE);
    assertThat(evidenceOf("DECISION")).singleElement()
        .satisfies(e -> assertThat(e.input("evidenceReference")).isEqualTo("ICP-2026-v2"));
    assertThat(valuesOf(area, Area4Variables.COLLECTION_PLAN_DECISION)).containsExactly("REQUEST_CHANGES", "APPROVE");
  }

  @Test
  void apmisNotYetInUseBringsTheConfirmationBack() {
    var area = start();
    complete(area, DRAFT, draft("ICP-2026-v1"));
    complete(area, APPROVE, decision("APPROVE", "Approved"));
    complete(area, SHARE, shared());

    complete(area, APMIS, apmis(false));

    assertThat(area).isWaitingAt(APMIS).hasNotPassed("Task_RecordApmisEvidence", "Event_AreaWorkDone");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(area.getId())
        .taskDefinitionKey(APMIS).count()).isEqualTo(2);

    complete(area, APMIS, apmis(true));

    assertThat(area).hasPassed("Task_RecordApmisEvidence", "Event_AreaWorkDone");
  }

  @Test
  void theApprovalIsRemindedAndEscalatedToTheStrategicLead() {
    var area = start();
    complete(area, DRAFT, draft("ICP-2026-v1"));

    var reminder = timer(area, "Timer_ApproveCollectionPlanReminder");
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-17T00:00:00Z")));
    fire(reminder);
    var overdue = timer(area, "Timer_ApproveCollectionPlanOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(DELIVERY_DUE);
    fire(overdue);

    assertThat(area).isWaitingAt(APPROVE)
        .hasPassed("Task_SendApproveCollectionPlanReminder", "Task_RaiseApproveCollectionPlanEscalation");
    for (var handOff : List.of(reminders.get(0), escalations.get(0))) {
      assertThat(handOff.input("itemName")).isEqualTo("Approve the intelligence collection plan: " + LABEL);
      assertThat(handOff.input("itemDueDate")).isEqualTo(DELIVERY_DUE);
      assertThat(handOff.input("itemOwnerGroup")).isEqualTo("oic-strategic-lead");
      assertThat(handOff.input("itemType")).isEqualTo("DELIVERY_TARGET");
    }
  }

  @Test
  void theAreaDeadlineTimersFireWhileTheWorkIsUnderWay() {
    var area = start();
    var deadline = Date.from(Instant.parse("2026-06-30T23:00:00Z"));

    var reminder = timer(area, "Timer_AreaDeadlineReminder");
    // Tuesday 30 June 2026 less ten working days: Tuesday 16 June (BST)
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-06-15T23:00:00Z")));
    fire(reminder);
    fire(timer(area, "Timer_AreaDeadlineOverdue"));

    assertThat(area).isWaitingAt(DRAFT, "CallActivity_ProgressUpdate");
    assertThat(reminders).singleElement().satisfies(r -> {
      assertThat(r.input("itemName")).isEqualTo("Deliver action area: " + LABEL);
      assertThat(r.input("itemDueDate")).isEqualTo(deadline);
      assertThat(r.input("itemType")).isEqualTo("AREA_DEADLINE");
    });
    assertThat(escalations).singleElement().satisfies(e -> {
      assertThat(e.input("itemOwnerGroup")).isEqualTo("area-4-owners");
      // a revised area deadline moves the variable the area's timers and forms read
      assertThat(e.input("itemDueDateVariable")).isEqualTo("areaDeadline");
    });
  }

  @Test
  void aDeclinedSignOffReturnsTheAreaToDelivery() {
    var area = start();
    runtimeService.setVariable(area.getId(), "standInAreaSignedOff", false);
    runtimeService.setVariable(area.getId(), "standInSignOffReason", "Partners have not acknowledged the plan");
    complete(area, DRAFT, draft("ICP-2026-v1"));
    complete(area, APPROVE, decision("APPROVE", "Approved"));
    complete(area, SHARE, shared());
    complete(area, APMIS, apmis(true));
    acceptProgressUpdate(area, "GREEN", 100, true);

    assertThat(area).isWaitingAt(DRAFT, "CallActivity_ProgressUpdate");
    assertThat(area).variables()
        .containsEntry("signOffReason", "Partners have not acknowledged the plan")
        .containsEntry("areaStatus", "IN_PROGRESS");
  }
}
