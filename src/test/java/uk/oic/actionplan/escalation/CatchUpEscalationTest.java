package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An escalation raised late starts where it would be had it been escalated on time: the levels
 * passed over are recorded as skipped, only the level entered is told, and an item late by the whole
 * chain goes straight to the PCC's accountability meeting.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CatchUpEscalationTest extends EscalationTestSupport {

  private static final String OWNERS = "area-2-owners";
  private static final LocalDate DUE_DAY = LocalDate.of(2026, 4, 30);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Test
  void anItemNotLateEntersLevelOneAsBefore() {
    var missed = raiseLate("Not late", 0);

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly(OWNERS);
    assertThat(taskOf(missed).getDueDate()).isEqualTo(schedule.nextLevelAt(PLAN, due()));
    var entry = log.find(escalationId(missed)).orElseThrow();
    assertThat(entry.level()).isEqualTo(1);
    assertThat(stepsOf(entry)).containsExactly("ESCALATED");
    assertThat(runtimeService.getVariable(missed.getId(), PAST_THE_TOP)).isEqualTo(false);
  }

  @Test
  void fifteenWorkingDaysLateEntersLevelTwoWithLevelOneSkipped() {
    var missed = raiseLate("Fifteen late", 15);

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    var task = taskOf(missed);
    assertThat(candidateGroups(task)).containsExactly("oic-strategic-lead");
    // due when level 2 would have ended had it been escalated on time: in the future
    assertThat(task.getDueDate()).isEqualTo(schedule.addWorkingDays(due(), 20)).isAfter(now());
    assertThat(runtimeService.getVariables(missed.getId())).containsEntry(LEVEL, 2)
        .containsEntry(LEVEL_LABEL, "Level 2 of 4: oic-strategic-lead").containsEntry(PAST_THE_TOP, false);

    var entry = log.find(escalationId(missed)).orElseThrow();
    assertThat(entry.level()).isEqualTo(2);
    assertThat(entry.levelGroup()).isEqualTo("oic-strategic-lead");
    var steps = log.steps(entry.id());
    assertThat(steps).extracting(EscalationLog.Step::step).containsExactly("LEVEL_SKIPPED", "ESCALATED");
    assertThat(steps.get(0).level()).isEqualTo(1);
    assertThat(steps.get(0).groupId()).isEqualTo(OWNERS);
    assertThat(steps.get(0).detail()).isEqualTo("Already 15 working days late when raised: level 1 (" + OWNERS
        + ") passed on " + dayOf(schedule.addWorkingDays(due(), 10)));
    assertThat(steps.get(1).level()).isEqualTo(2);
    assertThat(steps.get(1).groupId()).isEqualTo("oic-strategic-lead");
    // only the level entered is told, and told what was skipped
    assertThat(jdbc.queryForList("SELECT group_id FROM oic_notification WHERE escalation_id = ? AND kind = 'ESCALATION'",
        String.class, entry.id())).containsExactly("oic-strategic-lead");
    assertThat(jdbc.queryForObject("SELECT body FROM oic_notification WHERE escalation_id = ? AND kind = 'ESCALATION'",
        String.class, entry.id())).contains("already 15 working days late", "skipped level 1 (" + OWNERS + ")");
  }

  @Test
  void twentyFiveWorkingDaysLateEntersLevelThreeWithTwoLevelsSkipped() {
    var missed = raiseLate("Twenty-five late", 25);

    assertThat(candidateGroups(taskOf(missed))).containsExactly("chief-officers");
    assertThat(taskOf(missed).getDueDate()).isEqualTo(schedule.addWorkingDays(due(), 30)).isAfter(now());
    var entry = log.find(escalationId(missed)).orElseThrow();
    assertThat(entry.level()).isEqualTo(3);
    assertThat(log.steps(entry.id())).extracting(s -> s.step() + " " + s.level() + " " + s.groupId())
        .containsExactly("LEVEL_SKIPPED 1 " + OWNERS, "LEVEL_SKIPPED 2 oic-strategic-lead", "ESCALATED 3 chief-officers");
    assertThat(entry.flaggedForPcc()).isFalse();
  }

  @Test
  void thirtyNineWorkingDaysLateEntersTheTopLevelWithTimeLeftThere() {
    var missed = raiseLate("Thirty-nine late", 39);

    // the top level is the oversight body's
    assertThat(missed).isWaitingAt("Task_OverseeMissedDeadline");
    assertThat(candidateGroups(taskOf(missed))).containsExactly("opcc-staff");
    assertThat(log.find(escalationId(missed)).orElseThrow().flaggedForPcc()).isFalse();
  }

  @Test
  void lateByTheWholeChainIsFlaggedForThePccAtOnce() {
    var missed = raiseLate("Forty late", 40);

    assertThat(missed).hasPassed("Task_EnterLevel", "Task_FlagForAccountabilityMeeting")
        .hasNotPassed("Task_ResolveMissedDeadline").isWaitingAt("Task_DiscussAtAccountabilityMeeting");
    assertThat(candidateGroups(taskOf(missed))).containsExactlyInAnyOrder("opcc-staff", "pcc");
    var entry = log.find(escalationId(missed)).orElseThrow();
    assertThat(entry.flaggedForPcc()).isTrue();
    assertThat(entry.level()).isEqualTo(4);
    assertThat(entry.levelGroup()).isEqualTo("opcc-staff");
    assertThat(entry.status()).isEqualTo("OPEN");
    var steps = log.steps(entry.id());
    assertThat(steps).extracting(s -> s.step() + " " + s.level())
        .containsExactly("LEVEL_SKIPPED 1", "LEVEL_SKIPPED 2", "LEVEL_SKIPPED 3", "ESCALATED 4", "FLAGGED_FOR_PCC 4");
    assertThat(steps.get(4).detail()).startsWith("Already past the top of the chain when raised");
    // one notice to each, the accountability meeting's, not a level-4 escalation besides
    assertThat(jdbc.queryForList("SELECT group_id FROM oic_notification WHERE escalation_id = ? AND kind = 'ESCALATION'",
        String.class, entry.id())).isEmpty();
    assertThat(jdbc.queryForList("SELECT group_id FROM oic_notification WHERE escalation_id = ? AND kind = 'ACCOUNTABILITY_MEETING'",
        String.class, entry.id())).containsExactlyInAnyOrder("opcc-staff", "pcc");
    assertThat(jdbc.queryForList("SELECT body FROM oic_notification WHERE escalation_id = ? AND kind = 'ACCOUNTABILITY_MEETING'",
        String.class, entry.id())).allSatisfy(body ->
            assertThat(body).contains("was already past the top of the escalation chain when it was raised"));
  }

  @Test
  void recFourRaisedElevenMonthsLateSkipsLevelOneOnFifteenJanuary() {
    clockAt(startOf(LocalDate.of(2026, 11, 30)));
    var item = startItem("Intelligence collection plan (Rec 4)", "area-4-owners", LocalDate.of(2025, 12, 31));
    managementService.executeJob(timer(item, "Timer_ItemOverdue").getId());

    var missed = missedDeadlineOf(item);
    assertThat(missed).isWaitingAt("Task_DiscussAtAccountabilityMeeting");
    var steps = log.steps(escalationOf(item).id());
    assertThat(steps.get(0).detail()).matches("Already \\d+ working days late when raised: level 1 \\(area-4-owners\\)"
        + " passed on 15 January 2026");
  }

  /** Starts the test item due on {@link #DUE_DAY} with the clock {@code late} working days after it, and escalates it. */
  private ProcessInstance raiseLate(String title, int late) {
    var now = schedule.addWorkingDays(due(), late);
    clockAt(now);
    assertThat(schedule.workingDaysLate(due(), now.toInstant())).isEqualTo(late);
    var item = startItem(title, OWNERS, DUE_DAY);
    managementService.executeJob(timer(item, "Timer_ItemOverdue").getId());
    return missedDeadlineOf(item);
  }

  private Date due() {
    return schedule.endOf(DUE_DAY);
  }

  private Date now() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
  }

  private long escalationId(ProcessInstance missed) {
    return ((Number) runtimeService.getVariable(missed.getId(), ESCALATION_ID)).longValue();
  }

  private String dayOf(Date moment) {
    return DAY.format(moment.toInstant().atZone(LONDON).toLocalDate());
  }
}
