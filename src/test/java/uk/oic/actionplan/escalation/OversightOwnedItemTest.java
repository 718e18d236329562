package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Items the oversight body owns (the plan's OPCC staff or PCC) climb within the oversight body only:
 * OPCC staff, then the PCC; the PCC's own item stays with the PCC. A revised date for them is the
 * PCC's to decide, and unresolved at their top they stay open there: the accountability meeting is
 * where the PCC holds the force to account, not the OPCC's own work. A date set by law cannot be revised.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OversightOwnedItemTest extends EscalationTestSupport {

  private static final String OPCC = "opcc-staff";
  private static final String PCC = "pcc";
  private static final String STRATEGIC_LEAD = "oic-strategic-lead";
  private static final String CHIEF_OFFICERS = "chief-officers";

  @Autowired EscalationService escalations;

  @Test
  void anItemOfOpccStaffEscalatesToThePccAndNeverToTheForce() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Assurance request", OPCC, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly(OPCC);
    assertThat(runtimeService.getVariables(missed.getId())).containsEntry(LEVEL_LABEL, "Level 1 of 2: " + OPCC)
        .containsEntry(OVERSIGHT_LEVEL, false).containsEntry(OVERSIGHT_OWNED, true)
        .containsEntry(REVISION_DECIDER_GROUP, PCC);

    fire(timer(missed, "Timer_NextLevel"));

    // the PCC's level: the OPCC's own work, so the resolve form, not the oversight one
    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly(PCC);
    assertThat(runtimeService.getVariables(missed.getId())).containsEntry(LEVEL_LABEL, "Level 2 of 2: " + PCC)
        .containsEntry(TOP_LEVEL, true).containsEntry(OVERSIGHT_LEVEL, false);

    // unresolved at its top: it stays with the PCC, told again, and never goes to the meeting
    var topDue = timer(missed, "Timer_NextLevel").getDuedate();
    fire(timer(missed, "Timer_NextLevel"));

    assertThat(missed).hasNotPassed("Task_FlagForAccountabilityMeeting").isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly(PCC);
    assertThat(timer(missed, "Timer_NextLevel").getDuedate()).isEqualTo(schedule.nextLevelAt(PLAN, topDue));
    var entry = escalationOf(item);
    assertThat(entry.status()).isEqualTo("OPEN");
    assertThat(entry.flaggedForPcc()).isFalse();
    assertThat(entry.levelGroup()).isEqualTo(PCC);
    assertThat(stepsOf(entry)).containsExactly("ESCALATED", "LEVEL_RAISED", "STILL_OPEN_AT_THE_TOP");
    assertThat(log.steps(entry.id())).extracting(EscalationLog.Step::groupId).containsExactly(OPCC, PCC, PCC);
    var last = log.steps(entry.id()).get(2);
    assertThat(last.detail()).isEqualTo("Unresolved at the top level: stays open with " + PCC);
    assertThat(jdbc.queryForList("SELECT group_id FROM oic_notification WHERE escalation_id = ? ORDER BY id", String.class, entry.id()))
        .containsExactly(OPCC, PCC, PCC).doesNotContain(STRATEGIC_LEAD, CHIEF_OFFICERS);
    assertThat(jdbc.queryForList("SELECT body FROM oic_notification WHERE escalation_id = ? ORDER BY id", String.class, entry.id()).get(2))
        .contains("still unresolved at the top level and stays open with you");

    // and it still closes when the OPCC does the item
    taskService.complete(taskOf(item).getId());
    fire(timer(missed, "Timer_NextLevel"));
    assertThat(missed).isEnded().hasPassed("Task_CloseItemCompleted");
    assertThat(escalationOf(item).status()).isEqualTo("COMPLETED");
  }

  @Test
  void thePccsOwnItemStaysWithThePcc() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("PCC sign-off", PCC, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    assertThat(candidateGroups(taskOf(missed))).containsExactly(PCC);
    assertThat(runtimeService.getVariables(missed.getId())).containsEntry(LEVEL_LABEL, "Level 1 of 1: " + PCC)
        .containsEntry(TOP_LEVEL, true).containsEntry(OVERSIGHT_LEVEL, false);

    fire(timer(missed, "Timer_NextLevel"));
    fire(timer(missed, "Timer_NextLevel"));

    assertThat(missed).hasNotPassed("Task_FlagForAccountabilityMeeting").isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly(PCC);
    var entry = escalationOf(item);
    assertThat(entry.flaggedForPcc()).isFalse();
    assertThat(entry.levelCount()).isEqualTo(1);
    assertThat(stepsOf(entry)).containsExactly("ESCALATED", "STILL_OPEN_AT_THE_TOP", "STILL_OPEN_AT_THE_TOP");
    assertThat(jdbc.queryForList("SELECT DISTINCT group_id FROM oic_notification WHERE escalation_id = ?", String.class,
        entry.id())).containsExactly(PCC);
  }

  @Test
  void aPccItemLongPastItsDateIsNotFlaggedForTheMeetingButStaysOpenWithThePcc() {
    clockAt(startOf(LocalDate.of(2026, 11, 2)));
    var item = startItem("PCC sign-off", PCC, LocalDate.of(2026, 4, 30));
    // its escalation timer runs now, six months after the due date
    managementService.executeJob(timer(item, "Timer_ItemOverdue").getId());
    var missed = missedDeadlineOf(item);

    assertThat(missed).hasNotPassed("Task_FlagForAccountabilityMeeting").isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly(PCC);
    assertThat(runtimeService.getVariable(missed.getId(), PAST_THE_TOP)).isEqualTo(false);
    // a fresh interval from now, not a level already over
    var levelDue = timer(missed, "Timer_NextLevel").getDuedate();
    assertThat(levelDue).isEqualTo(schedule.nextLevelAt(PLAN, startOf(LocalDate.of(2026, 11, 2))));
    var entry = escalationOf(item);
    assertThat(entry.flaggedForPcc()).isFalse();
    assertThat(log.steps(entry.id()).get(0).detail()).endsWith("past its top level: it stays open there");
  }

  @Test
  void aRevisedDateForTheOversightBodysItemIsThePccsToDecide() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Assurance request", OPCC, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    completeAs("opcc.officer", OPCC, taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "The force's data arrived late"));

    assertThat(missed).isWaitingAt("Task_DecideRevisedDate");
    var decision = taskOf(missed);
    assertThat(candidateGroups(decision)).containsExactly(PCC);
    // the force's chief officers do not decide the oversight body's dates
    assertThatThrownBy(() -> completeAs("chief.officer", CHIEF_OFFICERS, decision, Map.of(REVISION_APPROVED, true)))
        .isInstanceOf(AuthorizationException.class);

    completeAs("pcc", PCC, decision, Map.of(REVISION_APPROVED, true));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(missed.getId())
        .activityId("Task_ApplyRevisedDate").singleResult().getId());

    assertThat(missed).isWaitingAt("Event_RevisedDatePassed");
    var entry = escalationOf(item);
    assertThat(entry.slips()).isEqualTo(1);
    var approved = log.steps(entry.id()).get(log.steps(entry.id()).size() - 1);
    assertThat(approved.step()).isEqualTo("REVISION_APPROVED");
    assertThat(approved.groupId()).isEqualTo(PCC);
    assertThat(approved.recordedBy()).isNotEqualTo("chief.officer");
    assertThat(taskOf(item).getDueDate()).isEqualTo(schedule.endOf(LocalDate.of(2026, 6, 30)));
  }

  @Test
  void aRejectedRevisionForTheOversightBodysItemIsRecordedAsThePccs() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("PCC sign-off", PCC, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    completeAs("pcc", PCC, taskOf(missed), Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "Awaiting the OPCC's review"));
    assertThat(candidateGroups(taskOf(missed))).containsExactly(PCC);

    completeAs("pcc", PCC, taskOf(missed), Map.of(REVISION_APPROVED, false, REVISION_COMMENT, "Sign it off now"));

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    var rejected = log.steps(escalationOf(item).id()).get(2);
    assertThat(rejected.step()).isEqualTo("REVISION_REJECTED");
    assertThat(rejected.groupId()).isEqualTo(PCC);
  }

  @Test
  void anItemWithAFixedDateCannotBeRevisedAndNothingIsStored() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("The PCC's response to the inspection report", PCC, LocalDate.of(2026, 4, 30));
    var due = schedule.endOf(LocalDate.of(2026, 4, 30));
    clockAt(startOf(LocalDate.of(2026, 5, 1)));
    // handed over as the statutory response is: no due-date variable a revision could move
    var raised = escalations.raise(new ItemRef(PLAN, "Approve the PCC's response to the inspection report", "PCC_RESPONSE",
        PCC, due, item.getId(), "Task_SubmitItem", null));
    var missed = runtimeService.createProcessInstanceQuery().processInstanceId(raised.processInstanceId()).singleResult();
    var task = taskOf(missed);
    var stepsBefore = log.steps(raised.escalationId()).stream().map(EscalationLog.Step::step).toList();

    assertThatThrownBy(() -> completeAs("pcc", PCC, task, Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "More time wanted")))
        .hasMessageContaining("action: this item's due date is fixed")
        .hasMessageContaining("cannot be revised");

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(taskOf(missed).getId()).isEqualTo(task.getId());
    assertThat(log.steps(raised.escalationId())).extracting(EscalationLog.Step::step).isEqualTo(stepsBefore);
    assertThat(log.find(raised.escalationId()).orElseThrow().slips()).isZero();
    assertThat(runtimeService.getVariables(missed.getId())).doesNotContainKeys(ACTION, PROPOSED_DUE_DATE, REVISION_REASON);
    assertThat(taskOf(item).getDueDate()).isEqualTo(due);

    // the other choices stay open to it
    completeAs("pcc", PCC, task, Map.of(ACTION, "CAUSE", CAUSE, "Awaiting the force's part",
        RECOVERY_ACTION, "Approve on receipt"));
    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
  }

  /** A force item is as it was: the chief officers decide its revised date, the meeting follows its top. */
  @Test
  void aForceItemKeepsTheForcesChainAndTheChiefOfficersDecision() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    ProcessInstance item = startItem("Hydra training (Rec 8)", "area-1-owners", LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    assertThat(runtimeService.getVariables(missed.getId())).containsEntry(OVERSIGHT_OWNED, false)
        .containsEntry(REVISION_DECIDER_GROUP, CHIEF_OFFICERS).containsEntry(LEVEL_LABEL, "Level 1 of 4: area-1-owners");
  }
}
