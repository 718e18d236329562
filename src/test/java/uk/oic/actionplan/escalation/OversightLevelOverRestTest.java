package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.support.WebSession;

/**
 * Over the engine's REST API too, OPCC staff at the top of the chain cannot send the force's decisions
 * (resolve, a revised date) on their oversight task: 400 naming the field, nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OversightLevelOverRestTest extends EscalationTestSupport {

  @LocalServerPort int port;

  private ProcessEngine registeredBefore;

  /** The REST API finds the engine by name in Camunda's static registry: this test's requests reach this context's. */
  @BeforeEach
  void restReachesThisContextsEngine() {
    registeredBefore = ProcessEngines.getProcessEngines().get(processEngine.getName());
    ProcessEngines.registerProcessEngine(processEngine);
  }

  @AfterEach
  void restoreRegisteredEngine() {
    if (registeredBefore != null) {
      ProcessEngines.registerProcessEngine(registeredBefore);
    }
  }

  @Test
  void theForcesDecisionsAreRefusedOnTheOversightTaskOverRest() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    var item = startItem("Hydra training (Rec 8)", "area-1-owners", LocalDate.of(2026, 4, 30));
    var missed = escalate(item);
    for (int level = 1; level < 4; level++) {
      fire(timer(missed, "Timer_NextLevel"));
    }
    assertThat(missed).isWaitingAt("Task_OverseeMissedDeadline");
    var task = taskOf(missed);
    var steps = stepsOf(escalationOf(item));
    var opcc = WebSession.basic(port, "opcc.officer", "demo");

    var resolve = opcc.postJson("/engine-rest/task/" + task.getId() + "/complete", """
        {"variables": {"decision": {"value": "RESOLVED"}}}""");
    assertThat(resolve.statusCode()).isEqualTo(400);
    assertThat(resolve.body()).contains("\"title\":\"Form refused\"").contains("\"decision\":\"is not a field of this form\"");

    var markResolved = opcc.postJson("/engine-rest/task/" + task.getId() + "/submit-form", """
        {"variables": {"action": {"value": "RESOLVED"}, "resolutionNote": {"value": "Closed by the OPCC"}}}""");
    assertThat(markResolved.statusCode()).isEqualTo(400);
    assertThat(markResolved.body()).contains("\"action\":\"is not a field of this form\"")
        .contains("\"resolutionNote\":\"is not a field of this form\"");

    var revise = opcc.postJson("/engine-rest/task/" + task.getId() + "/complete", """
        {"variables": {"oversightAction": {"value": "NOTE"}, "oversightNote": {"value": "Moving the date"},
                       "proposedDueDate": {"value": "2026-09-30"}, "revisionReason": {"value": "More time"}}}""");
    assertThat(revise.statusCode()).isEqualTo(400);
    assertThat(revise.body()).contains("\"proposedDueDate\":\"is not a field of this form\"")
        .contains("\"revisionReason\":\"is not a field of this form\"");

    // nothing stored: the same task waits, no variable, step or evidence was written
    assertThat(missed).isWaitingAt("Task_OverseeMissedDeadline");
    assertThat(taskOf(missed).getId()).isEqualTo(task.getId());
    assertThat(runtimeService.getVariables(missed.getId())).doesNotContainKeys("decision", ACTION, RESOLUTION_NOTE,
        PROPOSED_DUE_DATE, REVISION_REASON, OVERSIGHT_ACTION, OVERSIGHT_NOTE);
    var entry = escalationOf(item);
    assertThat(entry.status()).isEqualTo("OPEN");
    assertThat(stepsOf(entry)).isEqualTo(steps);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry WHERE process_instance_id = ?", Long.class,
        missed.getId())).isZero();
    assertThat(taskOf(item).getDueDate()).isEqualTo(schedule.endOf(LocalDate.of(2026, 4, 30)));

    // what the form offers is accepted
    var note = opcc.postJson("/engine-rest/task/" + task.getId() + "/complete", """
        {"variables": {"oversightAction": {"value": "NOTE"}, "oversightNote": {"value": "Chased the strategic lead"}}}""");
    assertThat(note.statusCode()).isEqualTo(204);
    assertThat(stepsOf(escalationOf(item))).last().isEqualTo("OVERSIGHT_NOTE");
    assertThat(log.steps(entry.id())).last().satisfies(s -> assertThat(s.recordedBy()).isEqualTo("opcc.officer"));
  }
}
