package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.support.ProcessTestSupport;

/** The three building blocks every area calls: delivery plan, progress update, sign-off. */
class SharedCallActivitiesTest extends ProcessTestSupport {

  static final java.util.Date UPDATE_DUE = endOf(LocalDate.of(2026, 2, 27));
  /** 15 working days after Monday 12 January 2026. */
  static final java.util.Date REVIEW_DUE = endOf(LocalDate.of(2026, 2, 2));

  ProcessInstance startProgressUpdate() {
    var variables = areaOneVariables();
    variables.put("updateDueDate", UPDATE_DUE);
    variables.put("lastRag", "AMBER");
    return runtimeService.startProcessInstanceByKey("oic-progress-update", "hiow-oic-2025/area-1", variables);
  }

  Map<String, Object> goodUpdate() {
    return vars("rag", "GREEN", "progressPercent", 40L, "narrative", "Governance board met; OIC added to the control strategy",
        "evidenceReference", "Minutes 2026-01-09", "readyForSignOff", false);
  }

  @Nested
  class ProgressUpdate {

    @Test
    void theOwnerSubmitsAndTheLeadAccepts() {
      var instance = startProgressUpdate();
      assertThat(instance).isWaitingAt("Task_SubmitProgressUpdate");
      var submit = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(submit.getName()).isEqualTo("Submit progress update: Leadership, governance and prioritisation (No recommendation)");
      assertThat(submit.getDueDate()).isEqualTo(UPDATE_DUE);
      // Tasklist's follow-up view shows it from the reminder day
      assertThat(submit.getFollowUpDate()).isEqualTo(startOf(LocalDate.of(2026, 2, 13)));
      assertThat(taskService.getIdentityLinksForTask(submit.getId())).singleElement()
          .satisfies(link -> assertThat(link.getGroupId()).isEqualTo("area-1-owners"));

      identityService.setAuthentication("area1.owner", List.of("area-1-owners"));
      complete(instance.getId(), "Task_SubmitProgressUpdate", goodUpdate());
      identityService.clearAuthentication();

      assertThat(instance).isWaitingAt("Task_ReviewProgressUpdate");
      var review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(review.getDueDate()).isEqualTo(REVIEW_DUE);
      assertThat(taskService.getIdentityLinksForTask(review.getId())).singleElement()
          .satisfies(link -> assertThat(link.getGroupId()).isEqualTo("oic-strategic-lead"));
      assertThat(instance).variables()
          .containsEntry("progressPercent", 40)
          .containsEntry("submittedBy", "area1.owner")
          .containsEntry("blockers", null);

      complete(instance.getId(), "Task_ReviewProgressUpdate", vars("reviewDecision", "ACCEPT", "reviewComment", "Good progress"));

      assertThat(instance).hasPassed("Task_RecordProgressEvidence").isEnded();
      assertThat(evidence).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("evidenceKind", "PROGRESS_UPDATE")
          .containsEntry("evidenceTitle", "Progress update: Leadership, governance and prioritisation (No recommendation), GREEN, 40%")
          .containsEntry("evidenceDescription", "Governance board met; OIC added to the control strategy")
          .containsEntry("evidenceReference", "Minutes 2026-01-09")
          .containsEntry("evidenceRecordedBy", "area1.owner")
          .containsEntry("evidenceEffectiveDate", at(LocalDate.of(2026, 1, 12), 9))
          .containsEntry("planId", PLAN_ID));
      assertThat(reminders).isEmpty();
      assertThat(escalations).isEmpty();
    }

    @Test
    void changesRequestedGoBackToTheOwnerWithTheComment() {
      var instance = startProgressUpdate();
      complete(instance.getId(), "Task_SubmitProgressUpdate", goodUpdate());
      complete(instance.getId(), "Task_ReviewProgressUpdate",
          vars("reviewDecision", "CHANGES_REQUESTED", "reviewComment", "Attach the board minutes"));

      assertThat(instance).isWaitingAt("Task_SubmitProgressUpdate")
          .hasNotPassed("Task_RecordProgressEvidence");
      assertThat(instance).variables().containsEntry("reviewComment", "Attach the board minutes");
      assertThat(evidence).isEmpty();

      complete(instance.getId(), "Task_SubmitProgressUpdate", goodUpdate());
      complete(instance.getId(), "Task_ReviewProgressUpdate", vars("reviewDecision", "ACCEPT", "reviewComment", "Thanks"));
      assertThat(instance).isEnded();
      assertThat(evidence).hasSize(1);
    }

    @Test
    void requestingChangesWithoutACommentIsRefused() {
      var instance = startProgressUpdate();
      complete(instance.getId(), "Task_SubmitProgressUpdate", goodUpdate());

      assertThatThrownBy(() -> complete(instance.getId(), "Task_ReviewProgressUpdate", vars("reviewDecision", "CHANGES_REQUESTED")))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("reviewComment: is required when the decision is CHANGES_REQUESTED");
      assertThat(instance).isWaitingAt("Task_ReviewProgressUpdate");
      assertThat(instance).variables().doesNotContainKey("reviewDecision");
    }

    @Test
    void anUpdateOutOfRangeIsRefusedAndChangesNothing() {
      var instance = startProgressUpdate();
      var bad = goodUpdate();
      bad.put("progressPercent", 150L);
      bad.put("rag", "PURPLE");

      assertThatThrownBy(() -> complete(instance.getId(), "Task_SubmitProgressUpdate", bad))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("rag: must be one of GREEN, AMBER, RED")
          .hasMessageContaining("progressPercent: must be at most 100");
      assertThat(instance).isWaitingAt("Task_SubmitProgressUpdate");
      assertThat(instance).variables().doesNotContainKey("progressPercent");
    }

    @Test
    void theOwnerIsRemindedTenWorkingDaysBeforeAndEscalatedAtTheDueDate() {
      var instance = startProgressUpdate();

      var reminder = timer(instance.getId(), "Timer_ProgressUpdateReminder");
      assertThat(reminder.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 2, 13)));
      var overdue = timer(instance.getId(), "Timer_ProgressUpdateOverdue");
      assertThat(overdue.getDuedate()).isEqualTo(UPDATE_DUE);

      execute(reminder);
      assertThat(instance).isWaitingAt("Task_SubmitProgressUpdate").hasPassed("Event_ProgressUpdateReminded");
      assertThat(reminders).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("itemName", "Submit progress update: Leadership, governance and prioritisation (No recommendation)")
          .containsEntry("itemDueDate", UPDATE_DUE)
          .containsEntry("itemOwnerGroup", "area-1-owners")
          .containsEntry("itemType", "PROGRESS_UPDATE")
          .containsEntry("planId", PLAN_ID));

      execute(overdue);
      assertThat(instance).isWaitingAt("Task_SubmitProgressUpdate").hasPassed("Event_ProgressUpdateEscalated");
      assertThat(escalations).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("itemDueDate", UPDATE_DUE)
          .containsEntry("itemOwnerGroup", "area-1-owners")
          .containsEntry("itemType", "PROGRESS_UPDATE"));
    }

    @Test
    void theReviewerIsRemindedAndEscalatedByTheReviewDueDate() {
      var instance = startProgressUpdate();
      complete(instance.getId(), "Task_SubmitProgressUpdate", goodUpdate());

      var reminder = timer(instance.getId(), "Timer_UpdateReviewReminder");
      assertThat(reminder.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 1, 19)));
      var overdue = timer(instance.getId(), "Timer_UpdateReviewOverdue");
      assertThat(overdue.getDuedate()).isEqualTo(REVIEW_DUE);

      execute(reminder);
      execute(overdue);
      assertThat(instance).isWaitingAt("Task_ReviewProgressUpdate");
      assertThat(reminders).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("itemName", "Review progress update: Leadership, governance and prioritisation (No recommendation)")
          .containsEntry("itemOwnerGroup", "oic-strategic-lead").containsEntry("itemType", "REVIEW")
          .containsEntry("itemDueDate", REVIEW_DUE));
      assertThat(escalations).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("itemOwnerGroup", "oic-strategic-lead").containsEntry("itemDueDate", REVIEW_DUE));
    }
  }

  @Nested
  class DeliveryPlan {

    static final java.util.Date PLAN_DUE = endOf(LocalDate.of(2026, 2, 9));

    ProcessInstance start() {
      var variables = areaOneVariables();
      variables.put("deliveryPlanDueDate", PLAN_DUE);
      return runtimeService.startProcessInstanceByKey("oic-delivery-plan", "hiow-oic-2025/area-1", variables);
    }

    Map<String, Object> plan(String targetDate) {
      return vars("deliveryPlanSummary", "Put OIC in the force control strategy and fund the MSOIC team",
          "deliveryMilestones", "Control strategy; ACC Crime; 2026-02-28\nFunding; CFO; 2026-03-31", "targetDate", targetDate);
    }

    @Test
    void theOwnerAgreesAndTheLeadApproves() {
      var instance = start();
      var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getName()).isEqualTo("Agree delivery plan: Leadership, governance and prioritisation (No recommendation)");
      assertThat(task.getDueDate()).isEqualTo(PLAN_DUE);

      identityService.setAuthentication("area1.owner", List.of("area-1-owners"));
      complete(instance.getId(), "Task_AgreeDeliveryPlan", plan("2026-03-31"));
      identityService.clearAuthentication();
      assertThat(instance).isWaitingAt("Task_ApproveDeliveryPlan");
      assertThat(instance).variables().containsEntry("deliveryTargetDate", endOf(LocalDate.of(2026, 3, 31)))
          .containsEntry("submittedBy", "area1.owner");
      assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
          .isEqualTo(REVIEW_DUE);

      identityService.setAuthentication("strategic.lead", List.of("oic-strategic-lead"));
      complete(instance.getId(), "Task_ApproveDeliveryPlan", vars("reviewDecision", "ACCEPT"));
      identityService.clearAuthentication();
      assertThat(instance).hasPassed("Task_RecordDeliveryPlanDecision").isEnded();
      // the approval is the lead's decision, not the owner's who agreed the plan
      assertThat(evidence).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("evidenceKind", "DECISION")
          .containsEntry("evidenceTitle", "Delivery plan approved: Leadership, governance and prioritisation (No recommendation)")
          .containsEntry("evidenceDescription", "Put OIC in the force control strategy and fund the MSOIC team")
          .containsEntry("evidenceRecordedBy", "strategic.lead"));
    }

    @Test
    void changesRequestedGoBackToTheOwner() {
      var instance = start();
      complete(instance.getId(), "Task_AgreeDeliveryPlan", plan("2026-03-31"));
      complete(instance.getId(), "Task_ApproveDeliveryPlan",
          vars("reviewDecision", "CHANGES_REQUESTED", "reviewComment", "Name an owner for the peer-review actions"));
      assertThat(instance).isWaitingAt("Task_AgreeDeliveryPlan");
      assertThat(evidence).isEmpty();

      complete(instance.getId(), "Task_AgreeDeliveryPlan", plan("2026-04-15"));
      complete(instance.getId(), "Task_ApproveDeliveryPlan", vars("reviewDecision", "ACCEPT"));
      assertThat(instance).isEnded();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName("deliveryTargetDate").singleResult().getValue()).isEqualTo(endOf(LocalDate.of(2026, 4, 15)));
    }

    @Test
    void aTargetDateInThePastIsRefused() {
      var instance = start();
      assertThatThrownBy(() -> complete(instance.getId(), "Task_AgreeDeliveryPlan", plan("2025-12-01")))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("targetDate: 2025-12-01 is in the past");
      assertThat(instance).isWaitingAt("Task_AgreeDeliveryPlan");
    }

    @Test
    void theOwnerIsRemindedAndEscalated() {
      var instance = start();
      var reminder = timer(instance.getId(), "Timer_DeliveryPlanReminder");
      assertThat(reminder.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 1, 26)));
      var overdue = timer(instance.getId(), "Timer_DeliveryPlanOverdue");
      assertThat(overdue.getDuedate()).isEqualTo(PLAN_DUE);
      execute(reminder);
      execute(overdue);
      assertThat(instance).isWaitingAt("Task_AgreeDeliveryPlan");
      assertThat(reminders).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("itemType", "DELIVERY_PLAN").containsEntry("itemDueDate", PLAN_DUE)
          .containsEntry("itemOwnerGroup", "area-1-owners"));
      assertThat(escalations).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("itemType", "DELIVERY_PLAN").containsEntry("itemDueDate", PLAN_DUE));
    }
  }

  @Nested
  class SignOff {

    ProcessInstance start() {
      var variables = areaOneVariables();
      variables.put("signOffDueDate", REVIEW_DUE);
      return runtimeService.startProcessInstanceByKey("oic-area-sign-off", "hiow-oic-2025/area-1", variables);
    }

    @Test
    void theLeadSignsOffWithReasons() {
      var instance = start();
      var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getName()).isEqualTo("Sign off area: Leadership, governance and prioritisation (No recommendation)");
      assertThat(task.getDueDate()).isEqualTo(REVIEW_DUE);

      identityService.setAuthentication("strategic.lead", List.of("oic-strategic-lead"));
      complete(instance.getId(), "Task_SignOffArea", vars("reviewDecision", "SIGN_OFF", "reviewComment", "All actions delivered"));
      identityService.clearAuthentication();

      assertThat(instance).hasPassed("Task_RecordSignOff").hasNotPassed("Task_RecordSignOffDeclined").isEnded();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName("reviewAccepted").singleResult().getValue()).isEqualTo(true);
      assertThat(evidence).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("evidenceKind", "SIGN_OFF")
          .containsEntry("evidenceTitle", "Area signed off: Leadership, governance and prioritisation (No recommendation)")
          .containsEntry("evidenceDescription", "All actions delivered"));
    }

    @Test
    void theLeadDeclinesWithReasons() {
      var instance = start();
      complete(instance.getId(), "Task_SignOffArea", vars("reviewDecision", "DECLINE", "reviewComment", "Resourcing not yet agreed"));
      assertThat(instance).hasPassed("Task_RecordSignOffDeclined").isEnded();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName("reviewAccepted").singleResult().getValue()).isEqualTo(false);
      assertThat(evidence).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("evidenceKind", "SIGN_OFF")
          .containsEntry("evidenceTitle", "Sign-off declined: Leadership, governance and prioritisation (No recommendation)"));
    }

    @Test
    void signingOffWithoutReasonsIsRefused() {
      var instance = start();
      assertThatThrownBy(() -> complete(instance.getId(), "Task_SignOffArea", vars("reviewDecision", "SIGN_OFF")))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("reviewComment: is required");
      assertThat(instance).isWaitingAt("Task_SignOffArea");
    }

    @Test
    void theLeadIsRemindedAndEscalated() {
      var instance = start();
      var reminder = timer(instance.getId(), "Timer_SignOffReminder");
      assertThat(reminder.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 1, 19)));
      var overdue = timer(instance.getId(), "Timer_SignOffOverdue");
      assertThat(overdue.getDuedate()).isEqualTo(REVIEW_DUE);
      execute(reminder);
      execute(overdue);
      assertThat(reminders).singleElement().satisfies(call -> assertThat(call)
          .containsEntry("itemType", "REVIEW").containsEntry("itemOwnerGroup", "oic-strategic-lead"));
      assertThat(escalations).hasSize(1);
      assertThat(instance).isWaitingAt("Task_SignOffArea");
    }
  }
}
