package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
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

/** The missed-deadline model meets the modelling rules of processes/README.md. */
class MissedDeadlineModelTest {

  private static final Path MODEL = Path.of("processes", "oic-missed-deadline.bpmn");
  private static final Pattern ID = Pattern.compile(
      "(Task|Timer|Gateway|Event|Flow|CallActivity|SubProcess)_[A-Z][A-Za-z0-9]*");

  private final BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());

  @Test
  void oneExecutableProcessNamedLikeItsFileWithAHistoryTimeToLive() {
    var processes = model.getModelElementsByType(Process.class);
    assertThat(processes).singleElement().satisfies(p -> {
      assertThat(p.getId()).isEqualTo("oic-missed-deadline");
      assertThat(p.isExecutable()).isTrue();
      assertThat(p.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    });
  }

  @Test
  void everyElementHasATechnicalIdANameAndADiagramShape() {
    var shaped = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()).toList();
    var edged = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getWaypoints().size() >= 2).map(e -> e.getBpmnElement().getId()).toList();
    for (var node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).as("id").matches(ID);
      assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
      assertThat(shaped).as("shape of %s", node.getId()).contains(node.getId());
    }
    for (var flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).matches(ID);
      assertThat(edged).as("edge of %s", flow.getId()).contains(flow.getId());
    }
  }

  @Test
  void everyDivergingGatewayHasADefaultFlow() {
    for (var gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() > 1) {
        assertThat(gateway.getDefault()).as("default flow of %s", gateway.getId()).isNotNull();
      }
    }
  }

  @Test
  void userTasksHaveCandidateGroupsADueDateAFormAndAReminder() throws Exception {
    for (var task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaAssignee()).isNull();
      assertThat(task.getCamundaCandidateUsers()).isNull();
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
      assertThat(task.getName()).contains("${itemName}");
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding")).isEqualTo("deployment");
      var formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      var form = Path.of("processes", formRef + ".form");
      assertThat(form).as("form of %s", task.getId()).exists();
      assertThat(new ObjectMapper().readTree(Files.readString(form)).get("id").asText()).isEqualTo(formRef);
      var reminders = model.getModelElementsByType(BoundaryEvent.class).stream()
          .filter(b -> b.getAttachedTo() == task && !b.cancelActivity())
          .filter(b -> b.getOutgoing().stream().anyMatch(f -> f.getTarget() instanceof ServiceTask s
              && "${sendReminder}".equals(s.getCamundaDelegateExpression())))
          .toList();
      assertThat(reminders).as("reminder timer of %s", task.getId()).hasSize(1);
      assertThat(reminders.get(0).getEventDefinitions()).singleElement().isInstanceOf(TimerEventDefinition.class);
    }
  }

  @Test
  void serviceTasksUseNamedBeans() {
    for (var task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as("delegate of %s", task.getId()).matches("\\$\\{[a-zA-Z]+}");
      assertThat(task.getCamundaClass()).isNull();
      assertThat(task.getCamundaExpression()).isNull();
    }
  }

  @Test
  void everyElementIsOnTheDiagram() {
    long elements = model.getModelElementsByType(FlowNode.class).size();
    assertThat(model.getModelElementsByType(BpmnShape.class)).hasSize((int) elements);
  }
}
