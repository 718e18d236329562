package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * At the oversight body's level (the plan's OPCC staff, the top of the default chain) the task records,
 * challenges and refers; resolving and revising dates stay with the force.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OversightLevelTest extends EscalationTestSupport {

  private static final String OWNERS = "area-1-owners";
  private static final String OPCC = "opcc-staff";
  private static final String STRATEGIC_LEAD = "oic-strategic-lead";
  private static final String ITEM = "Submit progress update: Hydra training (Rec 8)";

  @Autowired FormService formService;

  /** The item and its escalation, climbed to the top level on the level timers. */
  private record AtTheTop(ProcessInstance item, ProcessInstance missed) {}

  private AtTheTop atTheTop() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    for (int level = 1; level < 4; level++) {
      assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
      fire(timer(missed, "Timer_NextLevel"));
    }
    return new AtTheTop(item, missed);
  }

  @Test
  void theOversightBodyGetsItsOwnTaskWhileTheForceLevelsKeepTheirs() {
    var top = atTheTop();

    assertThat(top.missed()).hasPassed("Task_ResolveMissedDeadline").isWaitingAt("Task_OverseeMissedDeadline");
    var task = taskOf(top.missed());
    assertThat(task.getName()).isEqualTo("Oversee missed deadline: " + ITEM);
    assertThat(candidateGroups(task)).containsExactly(OPCC);
    // due when the top level ends, as every level's task: then it is flagged for the accountability meeting
    var levelDue = (java.util.Date) runtimeService.getVariable(top.missed().getId(), LEVEL_DUE_AT);
    assertThat(task.getDueDate()).isEqualTo(levelDue);
    assertThat(timer(top.missed(), "Timer_OversightLevelOver").getDuedate()).isEqualTo(levelDue);
    assertThat(timer(top.missed(), "Timer_OversightReminder").getDuedate())
        .isEqualTo(schedule.levelReminderAt(PLAN, levelDue));
    assertThat(runtimeService.getVariables(top.missed().getId())).containsEntry(OVERSIGHT_LEVEL, true)
        .containsEntry(TOP_LEVEL, true).containsEntry(LEVEL_LABEL, "Level 4 of 4: " + OPCC);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef()
        .getKey()).isEqualTo("oic-oversight-missed-deadline");
  }

  @Test
  void aNoteIsRecordedAndTheEscalationStaysOpenForTheForce() {
    var top = atTheTop();
    var levelDue = timer(top.missed(), "Timer_OversightLevelOver").getDuedate();

    completeAs("opcc.officer", OPCC, taskOf(top.missed()), Map.of("oversightAction", "NOTE",
        "oversightNote", "Noted: the force expects the update next week"));

    assertThat(top.missed()).hasPassed("Task_RecordNoteEvidence", "Task_RecordOversightNote")
        .isWaitingAt("Task_OverseeMissedDeadline");
    // same level, same date: a note decides nothing
    assertThat(timer(top.missed(), "Timer_OversightLevelOver").getDuedate()).isEqualTo(levelDue);
    var entry = escalationOf(top.item());
    assertThat(entry.status()).isEqualTo("OPEN");
    assertThat(entry.flaggedForPcc()).isFalse();
    var last = lastStep(entry);
    assertThat(last.step()).isEqualTo("OVERSIGHT_NOTE");
    assertThat(last.detail()).isEqualTo("Note: Noted: the force expects the update next week");
    assertThat(last.groupId()).isEqualTo(OPCC);
    assertThat(last.level()).isEqualTo(4);
    assertThat(last.recordedBy()).isEqualTo("opcc.officer");
    assertThat(evidenceOf(top.missed())).containsExactly(
        "ESCALATION|Oversight note on a missed deadline: " + ITEM + "|Noted: the force expects the update next week|opcc.officer");
    // the next task starts empty, the history shows the note
    assertThat(runtimeService.getVariable(top.missed().getId(), OVERSIGHT_NOTE)).isNull();
    assertThat((String) runtimeService.getVariable(top.missed().getId(), HISTORY)).contains("OVERSIGHT_NOTE");
  }

  @Test
  void aChallengeIsAnsweredByTheStrategicLeadByItsDateAndTheAnswerComesBack() {
    var top = atTheTop();
    var answerBy = answerDay(8);

    completeAs("opcc.officer", OPCC, taskOf(top.missed()), Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "Why was the update late, and when will it be submitted?", "challengeAnswerBy", answerBy.toString()));

    assertThat(top.missed()).hasPassed("Task_RecordChallengeEvidence", "Task_RecordChallenge")
        .isWaitingAt("Task_AnswerEscalationChallenge");
    var answer = taskOf(top.missed());
    assertThat(answer.getName()).isEqualTo("Answer oversight challenge: " + ITEM);
    assertThat(candidateGroups(answer)).containsExactly(STRATEGIC_LEAD);
    var answerDue = schedule.endOf(answerBy);
    assertThat(answer.getDueDate()).isEqualTo(answerDue);
    assertThat(timer(top.missed(), "Timer_ChallengeAnswerReminder").getDuedate()).isEqualTo(schedule.reminderAt(PLAN, answerDue));
    assertThat(timer(top.missed(), "Timer_ChallengeAnswerOverdue").getDuedate()).isEqualTo(schedule.escalateAt(PLAN, answerDue));
    // the answer form shows the question and the date
    assertThat(runtimeService.getVariables(top.missed().getId()))
        .containsEntry(CHALLENGE_QUESTION, "Why was the update late, and when will it be submitted?")
        .containsKey(CHALLENGE_ANSWER_BY_TEXT);
    var entry = escalationOf(top.item());
    var challenged = lastStep(entry);
    assertThat(challenged.step()).isEqualTo("CHALLENGED");
    assertThat(challenged.detail()).startsWith("Challenge to " + STRATEGIC_LEAD + ", to answer by ")
        .endsWith(": Why was the update late, and when will it be submitted?");
    assertThat(challenged.dueDate().toInstant()).isEqualTo(answerDue.toInstant());
    assertThat(jdbc.queryForList("SELECT group_id FROM oic_notification WHERE escalation_id = ? AND kind = 'CHALLENGE'",
        String.class, entry.id())).containsExactly(STRATEGIC_LEAD);

    completeAs("strategic.lead", STRATEGIC_LEAD, answer, Map.of("challengeAnswer",
        "Trainers were redeployed; the update goes in on Friday"));

    assertThat(top.missed()).hasPassed("Task_RecordAnswerEvidence", "Task_RecordChallengeAnswer")
        .isWaitingAt("Task_OverseeMissedDeadline");
    assertThat(candidateGroups(taskOf(top.missed()))).containsExactly(OPCC);
    var answered = lastStep(entry);
    assertThat(answered.step()).isEqualTo("CHALLENGE_ANSWERED");
    assertThat(answered.detail()).isEqualTo("Answer: Trainers were redeployed; the update goes in on Friday");
    assertThat(answered.groupId()).isEqualTo(STRATEGIC_LEAD);
    assertThat(answered.recordedBy()).isEqualTo("strategic.lead");
    assertThat(jdbc.queryForList("SELECT group_id FROM oic_notification WHERE escalation_id = ? AND kind = 'CHALLENGE_ANSWERED'",
        String.class, entry.id())).containsExactly(OPCC);
    assertThat(evidenceOf(top.missed())).containsExactly(
        "CHALLENGE|Challenge on a missed deadline: " + ITEM + "|Why was the update late, and when will it be submitted? (answer by "
            + answerBy + ")|opcc.officer",
        "CHALLENGE|Answer to a challenge on a missed deadline: " + ITEM + "|Question: Why was the update late, and when will it be"
            + " submitted? | Answer: Trainers were redeployed; the update goes in on Friday|strategic.lead");
    assertThat(runtimeService.getVariables(top.missed().getId())).doesNotContainKeys(CHALLENGE_QUESTION, CHALLENGE_ANSWER,
        OVERSIGHT_ACTION);

    // OPCC staff can challenge again
    completeAs("opcc.officer", OPCC, taskOf(top.missed()), Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "Please send the submitted update's reference", "challengeAnswerBy", answerDay(5).toString()));
    assertThat(top.missed()).isWaitingAt("Task_AnswerEscalationChallenge");
    assertThat(stepsOf(entry)).endsWith("CHALLENGED", "CHALLENGE_ANSWERED", "CHALLENGED");
  }

  @Test
  void aLateAnswerIsRemindedAndThenEscalatedFromTheStrategicLead() {
    var top = atTheTop();
    var answerBy = answerDay(8);
    completeAs("opcc.officer", OPCC, taskOf(top.missed()), Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "Why was the update late?", "challengeAnswerBy", answerBy.toString()));

    fire(timer(top.missed(), "Timer_ChallengeAnswerReminder"));
    assertThat(top.missed()).hasPassed("Task_SendChallengeAnswerReminder").isWaitingAt("Task_AnswerEscalationChallenge");
    assertThat(jdbc.queryForList("SELECT subject FROM oic_notification WHERE group_id = ? AND kind = 'REMINDER'", String.class,
        STRATEGIC_LEAD)).contains("Reminder: Answer oversight challenge: " + ITEM + " is due on " + dayText(answerBy));

    fire(timer(top.missed(), "Timer_ChallengeAnswerOverdue"));

    // the unanswered challenge is itself a missed item of the strategic lead, and climbs from there
    var late = missedDeadlineOf(top.missed());
    assertThat(late).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(late))).containsExactly(STRATEGIC_LEAD);
    assertThat(runtimeService.getVariable(late.getId(), LEVEL_LABEL)).isEqualTo("Level 1 of 3: " + STRATEGIC_LEAD);
    assertThat(taskOf(late).getName()).isEqualTo("Resolve missed deadline: Answer oversight challenge: " + ITEM);
    assertThat(runtimeService.getVariable(late.getId(), ITEM_TYPE)).isEqualTo("CHALLENGE_RESPONSE");
    // the answer is still awaited
    assertThat(top.missed()).isWaitingAt("Task_AnswerEscalationChallenge");
  }

  @Test
  void referringTakesItToTheAccountabilityMeeting() {
    var top = atTheTop();

    completeAs("opcc.officer", OPCC, taskOf(top.missed()), Map.of("oversightAction", "REFER",
        "referralReason", "Third missed update this year"));

    assertThat(top.missed()).hasPassed("Task_RecordReferralEvidence", "Task_RecordReferral", "Task_FlagForAccountabilityMeeting")
        .isWaitingAt("Task_DiscussAtAccountabilityMeeting");
    var meeting = taskOf(top.missed());
    assertThat(candidateGroups(meeting)).containsExactlyInAnyOrder(OPCC, "pcc");
    var entry = escalationOf(top.item());
    assertThat(entry.flaggedForPcc()).isTrue();
    assertThat(stepsOf(entry)).endsWith("REFERRED_TO_MEETING", "FLAGGED_FOR_PCC");
    var steps = log.steps(entry.id());
    assertThat(steps.get(steps.size() - 2).detail()).isEqualTo("Referred to the PCC's accountability meeting: Third missed update this year");
    assertThat(steps.get(steps.size() - 2).recordedBy()).isEqualTo("opcc.officer");
    assertThat(steps.get(steps.size() - 1).detail()).startsWith("Referred by the oversight body: flagged");
    assertThat(jdbc.queryForList("SELECT body FROM oic_notification WHERE escalation_id = ? AND kind = 'ACCOUNTABILITY_MEETING'",
        String.class, entry.id())).hasSize(2).allSatisfy(body -> assertThat(body).contains("was referred to it by the oversight body"));
    assertThat(evidenceOf(top.missed())).containsExactly("ESCALATION|Missed deadline referred to the accountability meeting: "
        + ITEM + "|Third missed update this year|opcc.officer");

    completeAs("pcc", "pcc", meeting, Map.of(MEETING_OUTCOME, "Chief constable to report back next month"));
    assertThat(top.missed()).isEnded().hasPassed("Event_ClosedAtAccountabilityMeeting");
    assertThat(log.find(entry.id()).orElseThrow().status()).isEqualTo("RESOLVED");
  }

  @Test
  void theOversightBodyCannotTakeTheForcesDecisionsAndNothingIsStored() {
    var top = atTheTop();
    var task = taskOf(top.missed());
    var stepsBefore = stepsOf(escalationOf(top.item()));

    // the force's fields are not on the oversight form, whatever the channel
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("decision", "RESOLVED")))
        .hasMessageContaining("decision: is not a field of this form");
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("action", "RESOLVED", "resolutionNote", "Done")))
        .hasMessageContaining("action: is not a field of this form")
        .hasMessageContaining("resolutionNote: is not a field of this form");
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "NOTE",
        "oversightNote", "Revising the date", "proposedDueDate", "2026-09-30", "revisionReason", "More time")))
        .hasMessageContaining("proposedDueDate: is not a field of this form");
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "RESOLVED")))
        .hasMessageContaining("oversightAction: must be one of NOTE, CHALLENGE, REFER");
    identityService.setAuthentication("opcc.officer", List.of(OPCC));
    try {
      assertThatThrownBy(() -> formService.submitTaskForm(task.getId(), Map.of("action", "RESOLVED")))
          .hasMessageContaining("action: is not a field of this form");
    } finally {
      identityService.clearAuthentication();
    }
    // the rules of the choices: a note needs its text, a challenge its question and a date after today
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "NOTE")))
        .hasMessageContaining("oversightNote: is required");
    var today = java.time.LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), LONDON);
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "CHALLENGE",
        "challengeAnswerBy", today.toString())))
        .hasMessageContaining("challengeQuestion: is required")
        .hasMessageContaining("challengeAnswerBy: the answer date must be after today");
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "When will it be done?")))
        .hasMessageContaining("challengeAnswerBy: give the date");
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "REFER")))
        .hasMessageContaining("referralReason: is required");

    assertThat(top.missed()).isWaitingAt("Task_OverseeMissedDeadline");
    assertThat(taskOf(top.missed()).getId()).isEqualTo(task.getId());
    var entry = escalationOf(top.item());
    assertThat(entry.status()).isEqualTo("OPEN");
    assertThat(stepsOf(entry)).isEqualTo(stepsBefore);
    assertThat(runtimeService.getVariables(top.missed().getId())).doesNotContainKeys("decision", ACTION, RESOLUTION_NOTE,
        PROPOSED_DUE_DATE, REVISION_REASON, OVERSIGHT_ACTION, OVERSIGHT_NOTE, CHALLENGE_QUESTION, CHALLENGE_ANSWER_BY,
        REFERRAL_REASON);
    assertThat(evidenceOf(top.missed())).isEmpty();
    // and the source item's dates are the force's as they were
    assertThat(taskOf(top.item()).getDueDate()).isEqualTo(schedule.endOf(LocalDate.of(2026, 4, 30)));
  }

  @Test
  void theOversightBodyCannotWorkTheForcesTasksBelowEither() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", OWNERS, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    var resolve = taskOf(missed);

    // OPCC staff read every task, but only the level's group works it
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, resolve, Map.of(ACTION, "RESOLVED")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    completeAs("area1.owner", OWNERS, resolve, Map.of(ACTION, "REVISE", PROPOSED_DUE_DATE, "2026-06-30",
        REVISION_REASON, "Trainers redeployed"));
    var decision = taskOf(missed);
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, decision, Map.of(REVISION_APPROVED, true)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

    assertThat(missed).isWaitingAt("Task_DecideRevisedDate");
    assertThat(stepsOf(escalationOf(item))).containsExactly("ESCALATED", "REVISION_PROPOSED");
  }

  @Test
  void theForceStillResolvesTheItemAtTheTopByDoingIt() {
    var top = atTheTop();
    completeAs("opcc.officer", OPCC, taskOf(top.missed()), Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "When will the update be submitted?", "challengeAnswerBy", answerDay(3).toString()));
    completeAs("strategic.lead", STRATEGIC_LEAD, taskOf(top.missed()), Map.of("challengeAnswer",
        "Submitted today, see the progress update"));

    // the force does the item; at the end of the top level the escalation closes instead of going to the meeting
    taskService.complete(taskOf(top.item()).getId());
    fire(timer(top.missed(), "Timer_OversightLevelOver"));

    assertThat(top.missed()).isEnded().hasPassed("Task_CloseItemCompleted").hasNotPassed("Task_FlagForAccountabilityMeeting");
    var entry = escalationOf(top.item());
    assertThat(entry.status()).isEqualTo("COMPLETED");
    assertThat(entry.flaggedForPcc()).isFalse();
    assertThat(stepsOf(entry)).endsWith("CHALLENGED", "CHALLENGE_ANSWERED", "ITEM_COMPLETED");
  }

  @Test
  void unresolvedAtTheEndOfTheTopLevelItIsStillFlaggedForTheMeeting() {
    var top = atTheTop();
    completeAs("opcc.officer", OPCC, taskOf(top.missed()), Map.of("oversightAction", "NOTE", "oversightNote", "Chased"));

    fire(timer(top.missed(), "Timer_OversightLevelOver"));

    assertThat(top.missed()).hasPassed("Task_FlagForAccountabilityMeeting").isWaitingAt("Task_DiscussAtAccountabilityMeeting");
    var steps = log.steps(escalationOf(top.item()).id());
    assertThat(steps.get(steps.size() - 1).detail()).startsWith("Unresolved at the top of the chain");
  }

  @Test
  void aChallengeCannotBeAnsweredAfterTheLevelEnds_andARefusalStoresNothing() {
    var top = atTheTop();
    var levelDue = (java.util.Date) runtimeService.getVariable(top.missed().getId(), LEVEL_DUE_AT);
    var lastDay = schedule.dayOf(levelDue);
    var task = taskOf(top.missed());
    var stepsBefore = stepsOf(escalationOf(top.item()));

    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "What is the recovery plan?", "challengeAnswerBy", lastDay.plusDays(1).toString())))
        .hasMessageContaining("challengeAnswerBy: the answer date must be no later than " + lastDay
            + " (" + dayText(lastDay) + "), the day this level ends");
    assertThatThrownBy(() -> completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "What is the recovery plan?", "challengeAnswerBy", answerDay(20).toString())))
        .hasMessageContaining("challengeAnswerBy: the answer date must be no later than " + lastDay);
    assertThat(taskOf(top.missed()).getId()).isEqualTo(task.getId());
    assertThat(stepsOf(escalationOf(top.item()))).isEqualTo(stepsBefore);
    assertThat(runtimeService.getVariables(top.missed().getId())).doesNotContainKeys(OVERSIGHT_ACTION, CHALLENGE_QUESTION,
        CHALLENGE_ANSWER_BY);
    assertThat(evidenceOf(top.missed())).isEmpty();

    // the level's last day is accepted
    completeAs("opcc.officer", OPCC, task, Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "What is the recovery plan?", "challengeAnswerBy", lastDay.toString()));
    assertThat(top.missed()).isWaitingAt("Task_AnswerEscalationChallenge");
    assertThat(taskOf(top.missed()).getDueDate()).isEqualTo(schedule.endOf(lastDay));
  }

  @Test
  void aChallengeDoesNotMoveTheLevelsDate() {
    var top = atTheTop();
    var levelDue = timer(top.missed(), "Timer_OversightLevelOver").getDuedate();
    completeAs("opcc.officer", OPCC, taskOf(top.missed()), Map.of("oversightAction", "CHALLENGE",
        "challengeQuestion", "What is the recovery plan?", "challengeAnswerBy", schedule.dayOf(levelDue).toString()));

    // answered after the top level's date: back at the oversight task, whose level is already over
    clockAt(schedule.addWorkingDays(levelDue, 2));
    completeAs("strategic.lead", STRATEGIC_LEAD, taskOf(top.missed()), Map.of("challengeAnswer", "A recovery plan is attached"));
    var levelOver = timer(top.missed(), "Timer_OversightLevelOver");
    assertThat(levelOver.getDuedate()).isEqualTo(levelDue);
    managementService.executeJob(levelOver.getId());

    assertThat(top.missed()).hasPassed("Task_FlagForAccountabilityMeeting").isWaitingAt("Task_DiscussAtAccountabilityMeeting");
    assertThat(stepsOf(escalationOf(top.item()))).endsWith("CHALLENGED", "CHALLENGE_ANSWERED", "FLAGGED_FOR_PCC");
  }

  @Test
  void anItemTheOpccOwnIsTheirsToResolve() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Assurance request", OPCC, LocalDate.of(2026, 4, 30));
    var missed = escalate(item);

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly(OPCC);
    assertThat(runtimeService.getVariable(missed.getId(), OVERSIGHT_LEVEL)).isEqualTo(false);
  }

  /** A day the given working days after the engine clock's. */
  private LocalDate answerDay(int workingDays) {
    var now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    return schedule.addWorkingDays(now, workingDays).toInstant().atZone(LONDON).toLocalDate();
  }

  private static String dayText(LocalDate day) {
    return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
  }

  private EscalationLog.Step lastStep(EscalationLog.Entry entry) {
    var steps = log.steps(entry.id());
    return steps.get(steps.size() - 1);
  }

  /** The evidence recorded by the escalation's instance: kind|title|description|recorded by, in order. */
  private List<String> evidenceOf(ProcessInstance missed) {
    return jdbc.queryForList("SELECT kind || '|' || title || '|' || description || '|' || recorded_by FROM oic_evidence_entry"
        + " WHERE process_instance_id = ? ORDER BY sequence_no", String.class, missed.getId());
  }
}
