package uk.oic.actionplan.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every model in {@code processes/} follows the modelling rules of {@code processes/README.md}; the
 * fixtures under {@code src/test/resources/conventions/} prove that each rule can fail.
 */
class ProcessModelConventionsTest {

  private static final Path FIXTURES = Path.of("src/test/resources/conventions");

  @TestFactory
  Stream<DynamicTest> everyModelInProcessesFollowsTheRules() throws IOException {
    var folder = ProcessModelConventions.processesFolder();
    List<Path> models;
    try (var files = Files.list(folder)) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).as("models in processes/").isNotEmpty();
    return models.stream().map(model -> DynamicTest.dynamicTest(model.getFileName().toString(),
        () -> assertThat(ProcessModelConventions.violations(model, folder)).as("rule violations in " + model).isEmpty()));
  }

  @Test
  void theGoodFixturePasses() {
    assertThat(ProcessModelConventions.violations(FIXTURES.resolve("good-model.bpmn"), FIXTURES)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not-executable.bpmn            | good-model: must be executable
      no-history-ttl.bpmn            | good-model: needs camunda:historyTimeToLive
      wrong-file-name.bpmn           | good-model: process id must equal the file name 'wrong-file-name'
      missing-shape.bpmn             | Timer_ReviewReminder: has no BPMNShape in the diagram
      missing-edge.bpmn              | Flow_ToReview: has no BPMNEdge in the diagram
      generated-id.bpmn              | Activity_0abc123: id must be one of [Task_]
      generated-flow-id.bpmn         | Flow_0xyz789: id must be one of [Flow_]
      unnamed-gateway.bpmn           | Gateway_Accepted: needs a name
      no-candidate-group.bpmn        | Task_Review: a user task needs camunda:candidateGroups
      assignee.bpmn                  | Task_Review: a user task must not name an assignee
      candidate-users.bpmn           | Task_Review: a user task must not name candidate users
      no-due-date.bpmn               | Task_Review: a user task needs camunda:dueDate
      no-form-ref.bpmn               | Task_Review: a user task needs camunda:formRef
      form-binding.bpmn              | Task_Review: camunda:formRefBinding must be "deployment"
      unknown-form.bpmn              | Task_Review: camunda:formRef 'no-such-form' has no file no-such-form.form
      class-delegate.bpmn            | Task_RecordEvidence: must not use camunda:class
      expression-delegate.bpmn       | Task_RecordEvidence: must not use camunda:expression
      script-task.bpmn               | Task_Calculate: script tasks are not allowed
      no-default-flow.bpmn           | Gateway_Accepted: a diverging exclusive gateway needs a default flow
      no-reminder-timer.bpmn         | Task_Review: needs a non-interrupting timer at ${deadlineSchedule.reminderAt(
      no-escalation-timer.bpmn       | Task_Review: needs a non-interrupting timer at ${deadlineSchedule.escalateAt(
      oic-area-0-work.bpmn           | Task_Review: a task of an area's own work is due at ${deliveryTargetDate}
      oic-area-0-work.bpmn           | Task_Review: a task of an area's own work has no timers of its own
      hand-off-inputs.bpmn           | Task_SendReviewReminder: a reminder or escalation hand-off must declare the inputs
      hand-off-activity.bpmn         | Task_SendReviewReminder: a hand-off after a boundary timer declares itemActivityId 'Task_Review'
      unknown-area-status.bpmn       | Task_RecordEvidence: areaStatus 'DONE' is not one of
      """)
  void eachRuleFailsOnABadModel(String fixture, String expectedViolation) {
    var violations = ProcessModelConventions.violations(FIXTURES.resolve("bad").resolve(fixture), FIXTURES);
    assertThat(violations).anySatisfy(v -> assertThat(v).startsWith(expectedViolation));
  }
}
