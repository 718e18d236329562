package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An item held up by an outside body: the escalation says so, in the log, the notification and the
 * resolve form, rather than blaming the owner; and stops saying so once the wait is cleared.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OutsideBodyWaitTest extends EscalationTestSupport {

  private static final String OWNERS = "area-2-owners";
  private static final String WAIT = "Waiting on National MSOIC teams for the intelligence document form"
      + " since 1 February 2026, last chased 1 March 2026";

  @Autowired OutsideBodyWaits waits;

  @Test
  void anEscalationOfAnItemWaitingOnAnOutsideBodySaysItIsNotTheOwnersDelay() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startWaitingItem("NCCU referrals", Map.of(OutsideBodyWait.WAITING_ON, "National MSOIC teams",
        OutsideBodyWait.WAITING_FOR, "the intelligence document form", OutsideBodyWait.WAITING_SINCE, "2026-02-01",
        OutsideBodyWait.WAITING_CHASED_ON, "2026-03-01"));
    var missed = escalate(item);

    assertThat(missed).isWaitingAt("Task_ResolveMissedDeadline");
    var entry = escalationOf(item);
    var escalated = log.steps(entry.id()).get(0);
    assertThat(escalated.step()).isEqualTo("ESCALATED");
    assertThat(escalated.detail()).isEqualTo("Due 30 April 2026 and not done. " + WAIT
        + ": not the owner's delay; escalated to the owner group");
    assertThat(jdbc.queryForObject("SELECT body FROM oic_notification WHERE escalation_id = ? AND kind = 'ESCALATION'",
        String.class, entry.id())).contains(WAIT + ": not the owner's delay.");
    // the resolve form shows it
    assertThat(taskService.getVariable(taskOf(missed).getId(), WAITING_SUMMARY)).isEqualTo(WAIT + ": not the owner's delay");

    // the wait is over (cleared in the item's process): the next level no longer mentions it
    runtimeService.setVariable(item.getId(), OutsideBodyWait.WAITING_ON, "");
    fire(timer(missed, "Timer_NextLevel"));
    var raised = log.steps(entry.id()).get(1);
    assertThat(raised.step()).isEqualTo("LEVEL_RAISED");
    assertThat(raised.detail()).isEqualTo("Unresolved at level 1: escalated to oic-strategic-lead");
    assertThat(runtimeService.getVariable(missed.getId(), WAITING_SUMMARY)).isNull();
  }

  @Test
  void anItemNotWaitingIsEscalatedAsBefore() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startWaitingItem("Not waiting", Map.of(OutsideBodyWait.WAITING_ON, " "));
    var missed = escalate(item);

    var entry = escalationOf(item);
    assertThat(log.steps(entry.id()).get(0).detail()).isEqualTo("Due 30 April 2026 and not done: escalated to the owner group");
    assertThat(jdbc.queryForObject("SELECT body FROM oic_notification WHERE escalation_id = ? AND kind = 'ESCALATION'",
        String.class, entry.id())).doesNotContain("Waiting on", "owner's delay");
    assertThat(runtimeService.getVariable(missed.getId(), WAITING_SUMMARY)).isNull();
  }

  @Test
  void aWaitIsReadFromTheCallingInstanceWhenTheItemsOwnDoesNotCarryIt() {
    repositoryService.createDeployment().name("called item").enableDuplicateFiltering(true)
        .addClasspathResource("escalation/oic-test-called-item.bpmn")
        .addClasspathResource("escalation/oic-test-called-work.bpmn").deploy();
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var caller = runtimeService.createProcessInstanceByKey("oic-test-called-item")
        .setVariables(Map.of("planId", PLAN, "itemTitle", "Collection plan", "ownerGroup", OWNERS,
            "workDue", schedule.endOf(LocalDate.of(2026, 4, 30))))
        .execute();
    // set on the caller only, after the called instance took its copy of the variables
    runtimeService.setVariable(caller.getId(), OutsideBodyWait.WAITING_ON, "Regional partners");
    runtimeService.setVariable(caller.getId(), OutsideBodyWait.WAITING_SINCE, "2026-03-02");
    var called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();

    assertThat(waits.of(called.getId())).get().extracting(OutsideBodyWait::describe)
        .isEqualTo("Waiting on Regional partners since 2 March 2026");
    // an empty wait on the item's own instance decides: not waiting
    runtimeService.setVariable(called.getId(), OutsideBodyWait.WAITING_ON, "");
    assertThat(waits.of(called.getId())).isEmpty();
  }

  private ProcessInstance startWaitingItem(String title, Map<String, Object> wait) {
    var variables = new HashMap<String, Object>(Map.of("planId", PLAN, "itemTitle", title, "ownerGroup", OWNERS,
        "itemDue", schedule.endOf(LocalDate.of(2026, 4, 30))));
    variables.putAll(wait);
    return runtimeService.startProcessInstanceByKey(TEST_PROCESS, variables);
  }
}
