package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MissedDeadlineProcessTest extends EscalationTestSupport {

  private static final String OWNERS = "area-1-owners";

  @Test
  void remindsTheOwnerGroupTenWorkingDaysBeforeTheDueDate() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));

    var reminder = timer(item, "Timer_ItemReminder");
    // ten working days before Thursday 30 April 2026: Thursday 16 April
    assertThat(reminder.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 4, 16)));
    fire(reminder);

    assertThat(item).hasPassed("Task_SendItemReminder").isWaitingAt("Task_SubmitItem");
    var row = log.findByKey("REMINDER:" + item.getId() + "/Task_SubmitItem/" + schedule.endOf(LocalDate.of(2026, 4, 30)).toInstant());
    assertThat(row).get().satisfies(r -> {
      assertThat(r.status()).isEqualTo("SENT");
      assertThat(r.ownerGroup()).isEqualTo(OWNERS);
      assertThat(r.itemType()).isEqualTo("PROGRESS_UPDATE");
    });
    assertThat(jdbc.queryForList("SELECT subject FROM oic_notification WHERE group_id = ? AND kind = 'REMINDER'", String.class, OWNERS))
        .contains("Reminder: Submit progress update: Hydra training (Rec 8) is due on 30 April 2026");
    assertThat(jdbc.queryForList("SELECT recipient FROM oic_mail_outbox WHERE subject LIKE ?", String.class,
        "Reminder: Submit progress update: Hydra training (Rec 8)%")).containsExactly("area1.owner@demo.oic.invalid");
    // no escalation before the due date
    assertThat(missedDeadlinesOf(item)).isEmpty();
  }

  @Test
  void skipsButRecordsTheReminderOfAnItemAlreadyPastDue() {
    clockAt(startOf(LocalDate.of(2026, 11, 29)));
    var item = startItem("Collection plan (Rec 4)", "area-4-owners", LocalDate.of(2025, 12, 31));

    // its reminder date is long gone too: the job runs now, after the due date
    managementService.executeJob(timer(item, "Timer_ItemReminder").getId());

    var reminders = log.search(new EscalationLog.Filter(PLAN, null, null, "REMINDER"), 0, 200).content().stream()
        .filter(r -> item.getId().equals(r.sourceProcessInstanceId())).toList();
    assertThat(reminders).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("SKIPPED"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_notification WHERE subject LIKE '%Collection plan (Rec 4)%'", Long.class))
        .isZero();
  }

  @Test
  void pastDeadlinesEscalateAtOnce() {
    // Rec 4 was due on 31 December 2025; the plan starts on 29 November 2026
    clockAt(startOf(LocalDate.of(2026, 11, 29)));
    var item = startItem("Intelligence collection plan (Rec 4)", "area-4-owners", LocalDate.of(2025, 12, 31));

    var overdue = timer(item, "Timer_ItemOverdue");
    assertThat(overdue.getDuedate()).isBefore(new Date(startOf(LocalDate.of(2026, 11, 29)).getTime()));
    managementService.executeJob(overdue.getId());

    // eleven months late: past every level of the chain, so at the top and flagged for the PCC at once
    var missed = missedDeadlineOf(item);
    assertThat(missed).isWaitingAt("Task_DiscussAtAccountabilityMeeting");
    var task = taskOf(missed);
    assertThat(task.getName()).isEqualTo("Discuss at accountability meeting: Submit progress update: Intelligence collection plan (Rec 4)");
    assertThat(candidateGroups(task)).containsExactlyInAnyOrder("opcc-staff", "pcc");
    // the meeting is due the plan's interval from now, not from the long-past due date
    assertThat(task.getDueDate()).isEqualTo(schedule.nextLevelAt(PLAN, startOf(LocalDate.of(2026, 11, 29))));
    assertThat(stepsOf(escalationOf(item))).containsExactly("LEVEL_SKIPPED", "LEVEL_SKIPPED", "LEVEL_SKIPPED", "ESCALATED",
        "FLAGGED_FOR_PCC");
  }

  @Test
  void escalatesToTheOwnerGroupAtTheDueDate() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));

    var overdue = timer(item, "Timer_ItemOverdue");
    // due on 30 April: late from midnight at the end of that day
    assertThat(overdue.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 1)));
    var missed = escalate(item);

    assertThat(missed).isStarted().hasPassed("Task_EnterLevel").isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(missed.getBusinessKey()).isEqualTo(item.getId() + "/Task_SubmitItem/2026-04-30T23:00:00Z");
    var task = taskOf(missed);
    assertThat(task.getName()).isEqualTo("Resolve missed deadline: Submit progress update: Hydra training (Rec 8)");
    assertThat(candidateGroups(task)).containsExactly(OWNERS);
    // ten working days from Friday 1 May, skipping the early May bank holiday (Monday 4 May)
    assertThat(task.getDueDate()).isEqualTo(startOf(LocalDate.of(2026, 5, 18)));
    assertThat(timer(missed, "Timer_NextLevel").getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 18)));
    // the level's group is reminded halfway: five working days before it climbs
    assertThat(timer(missed, "Timer_ResolveReminder").getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 11)));
    assertThat(runtimeService.getVariables(missed.getId())).containsEntry(LEVEL, 1).containsEntry(LEVEL_COUNT, 4)
        .containsEntry(LEVEL_LABEL, "Level 1 of 4: " + OWNERS).containsEntry(SLIPS, 0)
        .containsEntry(ORIGINAL_DUE_TEXT, "30 April 2026");

    var entry = escalationOf(item);
    assertThat(entry.status()).isEqualTo("OPEN");
    assertThat(entry.level()).isEqualTo(1);
    assertThat(entry.levelGroup()).isEqualTo(OWNERS);
    assertThat(entry.processInstanceId()).isEqualTo(missed.getId());
    assertThat(stepsOf(entry)).containsExactly("ESCALATED");
    assertThat(jdbc.queryForList("SELECT o.recipient FROM oic_mail_outbox o JOIN oic_notification n"
        + " ON n.id = o.notification_id WHERE n.escalation_id = ? AND o.subject = ?", String.class, entry.id(),
        "Escalation (level 1): Submit progress update: Hydra training (Rec 8) missed its due date"))
        .containsExactly("area1.owner@demo.oic.invalid");
  }

  @Test
  void climbsEachLevelAfterItsIntervalInWorkingDaysSkippingEasterAndIsFlaggedAtTheTop() {
    clockAt(startOf(LocalDate.of(2026, 3, 2)));
    // due Wednesday 1 April 2026, just before Good Friday (3 April) and Easter Monday (6 April)
    var item = startItem("Debrief protocol", "area-3-owners", LocalDate.of(2026, 4, 1));
    var missed = escalate(item);

    var level1 = timer(missed, "Timer_NextLevel");
    // Thursday 2 April + 10 working days, without Good Friday and Easter Monday: Monday 20 April
    assertThat(level1.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 4, 20)));
    fire(level1);
    assertThat(missed).hasPassed("Task_CheckItemOpen").isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly("oic-strategic-lead");

    var level2 = timer(missed, "Timer_NextLevel");
    // 20 April + 10 working days, without the early May bank holiday: Tuesday 5 May
    assertThat(level2.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 5)));
    fire(level2);
    assertThat(candidateGroups(taskOf(missed))).containsExactly("chief-officers");

    var level3 = timer(missed, "Timer_NextLevel");
    assertThat(level3.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 19)));
    fire(level3);
    // the top level is the oversight body's: its own task, with its own level timer
    assertThat(missed).isWaitingAt("Task_OverseeMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly("opcc-staff");
    assertThat(runtimeService.getVariable(missed.getId(), TOP_LEVEL)).isEqualTo(true);

    var level4 = timer(missed, "Timer_OversightLevelOver");
    // 19 May + 10 working days, without the spring bank holiday (25 May): Wednesday 3 June
    assertThat(level4.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 6, 3)));
    fire(level4);

    assertThat(missed).hasPassed("Task_FlagForAccountabilityMeeting").isWaitingAt("Task_DiscussAtAccountabilityMeeting");
    var meeting = taskOf(missed);
    assertThat(meeting.getName()).isEqualTo("Discuss at accountability meeting: Submit progress update: Debrief protocol");
    assertThat(candidateGroups(meeting)).containsExactlyInAnyOrder("opcc-staff", "pcc");
    assertThat(meeting.getDueDate()).isEqualTo(startOf(LocalDate.of(2026, 6, 17)));

    var entry = escalationOf(item);
    assertThat(entry.flaggedForPcc()).isTrue();
    assertThat(entry.level()).isEqualTo(4);
    assertThat(entry.status()).isEqualTo("OPEN");
    assertThat(stepsOf(entry)).containsExactly("ESCALATED", "LEVEL_RAISED", "LEVEL_RAISED", "LEVEL_RAISED", "FLAGGED_FOR_PCC");
    assertThat(jdbc.queryForList("SELECT group_id FROM oic_notification WHERE escalation_id = ? AND kind = 'ACCOUNTABILITY_MEETING'",
        String.class, entry.id())).containsExactlyInAnyOrder("opcc-staff", "pcc");

    // the meeting task reminds both of its groups halfway to its date
    var meetingReminder = timer(missed, "Timer_MeetingReminder");
    assertThat(meetingReminder.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 6, 10)));
    fire(meetingReminder);
    assertThat(jdbc.queryForList("SELECT n.group_id FROM oic_notification n JOIN oic_escalation_log l ON l.id = n.escalation_id"
        + " WHERE l.kind = 'REMINDER' AND l.source_process_instance_id = ?", String.class, missed.getId()))
        .containsExactlyInAnyOrder("opcc-staff", "pcc");

    completeAs("pcc", "pcc", meeting, Map.of(MEETING_OUTCOME, "Chief constable to report back next month"));
    assertThat(missed).isEnded().hasPassed("Event_ClosedAtAccountabilityMeeting");
    assertThat(log.find(entry.id()).orElseThrow().status()).isEqualTo("RESOLVED");
  }

  @Test
  void anApprovedRevisedDateMovesTheItemCountsTheSlipAndKeepsTheOriginalDate() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    completeAs("area1.owner", OWNERS, taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "Trainers were redeployed to an operation in April"));
    assertThat(missed).isWaitingAt("Task_DecideRevisedDate");
    var decision = taskOf(missed);
    assertThat(decision.getName()).isEqualTo("Decide revised target date: Submit progress update: Hydra training (Rec 8)");
    assertThat(candidateGroups(decision)).containsExactly("chief-officers");
    assertThat(decision.getDueDate()).isEqualTo(startOf(LocalDate.of(2026, 5, 18)));

    completeAs("chief.officer", "chief-officers", decision, Map.of(REVISION_APPROVED, true, REVISION_COMMENT, "Agreed"));
    // applied asynchronously, as the system rather than the approver
    var apply = managementService.createJobQuery().processInstanceId(missed.getId()).activityId("Task_ApplyRevisedDate").singleResult();
    managementService.executeJob(apply.getId());

    var newDue = schedule.endOf(LocalDate.of(2026, 6, 30));
    var entry = escalationOf(item);
    assertThat(entry.slips()).isEqualTo(1);
    assertThat(entry.originalDueDate().toInstant()).isEqualTo(startOf(LocalDate.of(2026, 5, 1)).toInstant());
    assertThat(entry.currentDueDate().toInstant()).isEqualTo(newDue.toInstant());
    assertThat(stepsOf(entry)).containsExactly("ESCALATED", "REVISION_PROPOSED", "REVISION_APPROVED");
    assertThat(log.steps(entry.id()).get(2).detail()).contains("slip 1", "due date of task", "variable 'itemDue'")
        .contains("originally 30 April 2026");
    assertThat(log.steps(entry.id()).get(2).recordedBy()).isEqualTo("system");
    assertThat(log.steps(entry.id()).get(1).recordedBy()).isEqualTo("area1.owner");
    // the source item follows: its open task's due date and its due-date variable
    assertThat(taskOf(item).getDueDate()).isEqualTo(newDue);
    assertThat(runtimeService.getVariable(item.getId(), "itemDue")).isEqualTo(newDue);
    assertThat(runtimeService.getVariables(missed.getId())).containsEntry(SLIPS, 1).containsEntry(CURRENT_DUE_DATE, newDue)
        .containsEntry(ORIGINAL_DUE_DATE, startOf(LocalDate.of(2026, 5, 1)));

    // the escalation waits for the revised date; the item is done by then, so it closes
    assertThat(missed).isWaitingAt("Event_RevisedDatePassed");
    var revisedDatePassed = timer(missed, "Event_RevisedDatePassed");
    assertThat(revisedDatePassed.getDuedate()).isEqualTo(newDue);
    taskService.complete(taskOf(item).getId());
    fire(revisedDatePassed);
    assertThat(missed).isEnded().hasPassed("Task_CloseItemCompleted");
    assertThat(log.find(entry.id()).orElseThrow().status()).isEqualTo("COMPLETED");
  }

  @Test
  void aMissedRevisedDateClimbsALevel() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    completeAs("area1.owner", OWNERS, taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "Trainers redeployed"));
    completeAs("chief.officer", "chief-officers", taskOf(missed), Map.of(REVISION_APPROVED, true));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(missed.getId())
        .activityId("Task_ApplyRevisedDate").singleResult().getId());

    fire(timer(missed, "Event_RevisedDatePassed"));

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly("oic-strategic-lead");
    assertThat(escalationOf(item).slips()).isEqualTo(1);
  }

  @Test
  void aRejectedRevisionGoesBackToTheLevelWithTheDatesUnchanged() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    completeAs("area1.owner", OWNERS, taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-09-30",
        REVISION_REASON, "More time wanted"));

    completeAs("chief.officer", "chief-officers", taskOf(missed),
        Map.of(REVISION_APPROVED, false, REVISION_COMMENT, "Not acceptable: finish by the end of May"));

    assertThat(missed).hasPassed("Task_RecordRevisionRejected").hasNotPassed("Task_ApplyRevisedDate")
        .isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly(OWNERS);
    var entry = escalationOf(item);
    assertThat(entry.slips()).isZero();
    assertThat(entry.currentDueDate()).isEqualTo(entry.originalDueDate());
    assertThat(stepsOf(entry)).containsExactly("ESCALATED", "REVISION_PROPOSED", "REVISION_REJECTED");
    assertThat(log.steps(entry.id()).get(2).detail()).contains("2026-09-30 rejected: Not acceptable");
    assertThat(taskOf(item).getDueDate()).isEqualTo(schedule.endOf(LocalDate.of(2026, 4, 30)));
    // the form starts empty again, the history shows what happened
    assertThat(runtimeService.getVariable(missed.getId(), PROPOSED_DUE_DATE)).isNull();
    assertThat((String) runtimeService.getVariable(missed.getId(), HISTORY)).contains("REVISION_REJECTED");
  }

  @Test
  void anOverdueDecisionOnARevisedDateEscalatesFromTheChiefOfficersUpwards() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    completeAs("area1.owner", OWNERS, taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "Trainers redeployed"));

    var overdue = timer(missed, "Timer_DecisionOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 18)));
    fire(overdue);

    // the decision itself is now a missed item, owned by the chief officers: it can only climb to the OPCC
    var decisionEscalation = missedDeadlineOf(missed);
    assertThat(decisionEscalation).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(decisionEscalation))).containsExactly("chief-officers");
    assertThat(runtimeService.getVariable(decisionEscalation.getId(), LEVEL_LABEL)).isEqualTo("Level 1 of 2: chief-officers");
    assertThat(taskOf(decisionEscalation).getName())
        .isEqualTo("Resolve missed deadline: Decide revised target date: Submit progress update: Hydra training (Rec 8)");
    // the decision is still there to be taken
    assertThat(missed).isWaitingAt("Task_DecideRevisedDate");
  }

  @Test
  void aRevisedDateInThePastIsRefusedAndChangesNothing() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    var task = taskOf(missed);

    assertThatThrownBy(() -> completeAs("area1.owner", OWNERS, task, Map.of(ACTION, "REVISE",
        PROPOSED_DUE_DATE, "2026-04-15", REVISION_REASON, "Oops")))
        .hasMessageContaining("proposedDueDate: the revised target date must be after today");

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(taskOf(missed).getId()).isEqualTo(task.getId());
    assertThat(stepsOf(escalationOf(item))).containsExactly("ESCALATED");
  }

  @Test
  void recordingTheCauseKeepsTheEscalationOpenAtItsLevel() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    completeAs("area1.owner", OWNERS, taskOf(missed), Map.of(ACTION, "CAUSE",
        CAUSE, "Training venue unavailable", RECOVERY_ACTION, "Online sessions booked for May"));

    assertThat(missed).hasPassed("Task_RecordCause").isWaitingAt("Task_ResolveMissedDeadline");
    // same level, same deadline for it
    assertThat(timer(missed, "Timer_NextLevel").getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 5, 18)));
    var entry = escalationOf(item);
    assertThat(entry.status()).isEqualTo("OPEN");
    assertThat(log.steps(entry.id()).get(1).detail())
        .isEqualTo("Cause: Training venue unavailable | Recovery action: Online sessions booked for May");
    assertThat((String) runtimeService.getVariable(missed.getId(), HISTORY)).contains("Training venue unavailable");
  }

  @Test
  void markingItResolvedClosesTheEscalation() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    completeAs("area1.owner", OWNERS, taskOf(missed), Map.of(ACTION, "RESOLVED", RESOLUTION_NOTE, "Update submitted late"));

    assertThat(missed).isEnded().hasPassed("Task_CloseResolved", "Event_MissedDeadlineResolved");
    var entry = escalationOf(item);
    assertThat(entry.status()).isEqualTo("RESOLVED");
    assertThat(entry.closedAt()).isNotNull();
    assertThat(stepsOf(entry)).containsExactly("ESCALATED", "RESOLVED");
    assertThat(managementService.createJobQuery().processInstanceId(missed.getId()).count()).isZero();
  }

  @Test
  void anItemDoneBeforeTheLevelClimbsClosesTheEscalation() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    taskService.complete(taskOf(item).getId());
    fire(timer(missed, "Timer_NextLevel"));

    assertThat(missed).isEnded().hasPassed("Task_CloseItemCompleted").hasNotPassed("Task_ResolveMissedDeadline#2");
    assertThat(escalationOf(item).status()).isEqualTo("COMPLETED");
  }

  @Test
  void aRetriedOrRepeatedEscalationRaisesNothingTwice() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    // the escalation step runs again in the source process (as a retried job would)
    runtimeService.createProcessInstanceModification(item.getId()).startBeforeActivity("Task_RaiseItemEscalation").execute();
    runtimeService.createProcessInstanceModification(item.getId()).startBeforeActivity("Task_RaiseItemEscalation").execute();

    assertThat(missedDeadlinesOf(item)).extracting(ProcessInstance::getId).containsExactly(missed.getId());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_escalation_log WHERE kind = 'ESCALATION' AND source_process_instance_id = ?",
        Long.class, item.getId())).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_notification WHERE escalation_id = ?", Long.class,
        escalationOf(item).id())).isEqualTo(1);
  }

  @Test
  void aRepeatedReminderIsSentOnce() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("E-learning (Rec 9)", "area-8-owners", LocalDate.of(2026, 4, 30));
    fire(timer(item, "Timer_ItemReminder"));

    runtimeService.createProcessInstanceModification(item.getId()).startBeforeActivity("Task_SendItemReminder").execute();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_escalation_log WHERE kind = 'REMINDER' AND source_process_instance_id = ?",
        Long.class, item.getId())).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_notification WHERE subject LIKE '%E-learning (Rec 9)%'", Long.class))
        .isEqualTo(1);
  }
}
