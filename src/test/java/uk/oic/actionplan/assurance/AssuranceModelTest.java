package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** The assurance loop's model and forms meet the team's modelling rules (see processes/README.md). */
class AssuranceModelTest {

  static final Path PROCESSES = Path.of("processes");
  static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(PROCESSES.resolve("oic-pcc-assurance.bpmn").toFile());

  @Test
  void isOneExecutableProcessNamedLikeItsFile() {
    var processes = MODEL.getModelElementsByType(Process.class);
    assertThat(processes).singleElement().satisfies(p -> {
      assertThat(p.getId()).isEqualTo(AssuranceVariables.PROCESS_KEY);
      assertThat(p.isExecutable()).isTrue();
      assertThat(p.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    });
  }

  @Test
  void everyElementHasATechnicalIdANameAndAPlaceInTheDiagram() {
    var shapes = MODEL.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()).toList();
    var edges = MODEL.getModelElementsByType(BpmnEdge.class);
    for (var node : MODEL.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).as("id").matches("(Task|Timer|Gateway|Event|SubProcess|CallActivity)_[A-Z][A-Za-z]+");
      assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
      assertThat(shapes).as("shape of " + node.getId()).contains(node.getId());
    }
    for (var flow : MODEL.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).matches("Flow_[A-Z][A-Za-z]+");
      assertThat(edges).as("edge of " + flow.getId())
          .anySatisfy(e -> {
            assertThat(e.getBpmnElement().getId()).isEqualTo(flow.getId());
            assertThat(e.getWaypoints()).hasSizeGreaterThanOrEqualTo(2);
          });
    }
  }

  @Test
  void divergingExclusiveGatewaysHaveADefaultFlow() {
    for (var gateway : MODEL.getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() > 1) {
        assertThat(gateway.getDefault()).as("default of " + gateway.getId()).isNotNull();
      }
    }
  }

  @Test
  void serviceTasksCallNamedBeans() {
    for (var task : MODEL.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-zA-Z]+}");
      assertThat(task.getCamundaClass()).isNull();
    }
  }

  @Test
  void everyUserTaskHasAGroupADueDateAFormAReminderAndAnEscalation() {
    for (var task : MODEL.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).matches("\\$\\{(opccStaffGroup|strategicLeadGroup|chiefOfficersGroup|pccGroup)}");
      assertThat(task.getCamundaAssignee()).isNull();
      assertThat(task.getCamundaCandidateUsers()).isNull();
      assertThat(task.getName()).contains("${recommendationLabel} (cycle ${cycleNumber})");
      var due = task.getCamundaDueDate();
      assertThat(due).matches("\\$\\{[a-zA-Z]+DueAt}");
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      assertThat(PROCESSES.resolve(task.getCamundaFormRef() + ".form")).exists();
      var dueVariable = due.substring(2, due.length() - 1);
      var timers = MODEL.getModelElementsByType(BoundaryEvent.class).stream()
          .filter(b -> b.getAttachedTo() == task).toList();
      assertThat(timers).hasSize(2).allSatisfy(t -> assertThat(t.cancelActivity()).isFalse());
      assertThat(timers).anySatisfy(t -> assertTimer(t, "${deadlineSchedule.reminderAt(planId, " + dueVariable + ")}", "${sendReminder}"));
      assertThat(timers).anySatisfy(t -> assertTimer(t, "${deadlineSchedule.escalateAt(planId, " + dueVariable + ")}", "${raiseEscalation}"));
    }
  }

  private static void assertTimer(BoundaryEvent timer, String timeDate, String handler) {
    var definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
    assertThat(definition.getTimeDate().getTextContent()).isEqualTo(timeDate);
    var next = (ServiceTask) timer.getOutgoing().iterator().next().getTarget();
    assertThat(next.getCamundaDelegateExpression()).isEqualTo(handler);
  }

  @Test
  void everyDecisionAndItsReasonsAreRequiredInTheForms() throws IOException {
    var required = Map.of(
        "oic-assurance-request", List.of("assuranceRequest"),
        "oic-assurance-report", List.of("reportNarrative", "reportEvidenceReferences", "askAnswer1", "askAnswer2",
            "askAnswer3", "askAnswer4", "askAnswer5"),
        "oic-assurance-endorse", List.of("endorsementDecision", "endorsementReasons"),
        "oic-assurance-review", List.of("reviewDecision", "reviewRationale", "assuranceGrade", "gradeRationale",
            "challengeQuestions", "challengeResponseDate", "meetingDate"),
        "oic-assurance-challenge-answer", List.of("challengeAnswer"),
        "oic-assurance-meeting-outcome", List.of("meetingOutcome"),
        "oic-assurance-sign-off", List.of("signOffDecision", "signOffReasons"));
    var json = new ObjectMapper();
    for (var entry : required.entrySet()) {
      var form = json.readTree(Files.readString(PROCESSES.resolve(entry.getKey() + ".form")));
      assertThat(form.path("id").asText()).isEqualTo(entry.getKey());
      var requiredKeys = new ArrayList<String>();
      var editableKeys = new ArrayList<String>();
      for (JsonNode component : form.path("components")) {
        if (component.has("key") && !component.path("disabled").asBoolean()) {
          editableKeys.add(component.path("key").asText());
        }
        if (component.path("validate").path("required").asBoolean()) {
          requiredKeys.add(component.path("key").asText());
        }
      }
      assertThat(requiredKeys).as(entry.getKey()).containsAll(entry.getValue());
      // whatever a form submits must be declared per recommendation, or parallel recommendations would share it
      assertThat(AssuranceVariables.PER_RECOMMENDATION).as(entry.getKey()).containsAll(editableKeys);
    }
  }
}
