package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared models declare what each reminder and escalation hands off, so nothing has to infer it
 * from the BPMN: the watched task ({@code itemActivityId}) and, where a revised date should move it,
 * the variable its due date is read from ({@code itemDueDateVariable}).
 */
class SharedModelHandOffsTest {

  /** Items whose due date belongs to the escalation itself: never revised, so no variable to move. */
  private static final List<String> NOT_REVISED = List.of("Task_SendResolveReminder", "Task_SendMeetingReminder");

  @ParameterizedTest
  @ValueSource(strings = {"oic-progress-update", "oic-delivery-plan", "oic-area-sign-off", "oic-pcc-assurance",
      "oic-missed-deadline"})
  void everyHandOffNamesTheTaskItWatchesAndItsDueDateVariable(String key) {
    var model = Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile());
    var handOffs = model.getModelElementsByType(ServiceTask.class).stream()
        .filter(t -> List.of("${sendReminder}", "${raiseEscalation}").contains(t.getCamundaDelegateExpression()))
        .toList();
    assertThat(handOffs).isNotEmpty();
    for (var handOff : handOffs) {
      var inputs = inputs(handOff);
      var watched = handOff.getIncoming().stream().map(f -> f.getSource())
          .filter(BoundaryEvent.class::isInstance).map(b -> ((BoundaryEvent) b).getAttachedTo()).findFirst().orElseThrow();
      assertThat(inputs).as(key + " " + handOff.getId()).containsEntry(HandOffInputs.ITEM_ACTIVITY_ID, watched.getId());
      var inferred = SourceItems.dueDateVariableOf(watched);
      if (NOT_REVISED.contains(handOff.getId())) {
        assertThat(inputs).as(key + " " + handOff.getId()).doesNotContainKey(HandOffInputs.ITEM_DUE_DATE_VARIABLE);
      } else {
        assertThat(inferred).as("due date of " + watched.getId()).isNotNull();
        assertThat(inputs).as(key + " " + handOff.getId()).containsEntry(HandOffInputs.ITEM_DUE_DATE_VARIABLE, inferred);
        // the hand-off's due date is the task's
        assertThat(inputs.get(HandOffInputs.ITEM_DUE_DATE)).isEqualTo("${" + inferred + "}");
      }
    }
  }

  private static Map<String, String> inputs(ServiceTask task) {
    var inputs = new HashMap<String, String>();
    for (var parameter : task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class)
        .singleResult().getCamundaInputParameters()) {
      inputs.put(parameter.getCamundaName(), parameter.getTextContent().trim());
    }
    return inputs;
  }
}
