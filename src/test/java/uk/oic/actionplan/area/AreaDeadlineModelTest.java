package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * In the area frame every area runs, the area deadline's reminder and escalation watch the whole
 * area from its start, the delivery plan included: a deadline already past when the plan starts
 * escalates at once.
 */
class AreaDeadlineModelTest {

  @Test
  void theAreaDeadlineTimersCoverTheDeliveryPlan() {
    var area = "the frame";
    var model = Bpmn.readModelFromFile(Path.of("processes", "oic-area.bpmn").toFile());
    var deliveryPlan = model.getModelElementsByType(CallActivity.class).stream()
        .filter(c -> "oic-delivery-plan".equals(c.getCalledElement())).findFirst().orElseThrow();

    for (var timerId : new String[] {"Timer_AreaDeadlineReminder", "Timer_AreaDeadlineOverdue"}) {
      Event timer = model.getModelElementById(timerId);
      assertThat(timer).as(timerId + " in area " + area).isNotNull();
      var watched = watchedScope(timer);
      assertThat(contains(watched, deliveryPlan))
          .as(timerId + " of area " + area + " watches a scope that holds the delivery plan").isTrue();
      if (timer instanceof StartEvent start) {
        assertThat(start.isInterrupting()).as(timerId + " does not interrupt the area").isFalse();
      } else {
        assertThat(((BoundaryEvent) timer).cancelActivity()).as(timerId + " does not interrupt the area").isFalse();
      }
    }
  }

  /** The scope a deadline timer watches: what a boundary timer is attached to, or what holds an event sub-process. */
  private static ModelElementInstance watchedScope(Event timer) {
    if (timer instanceof BoundaryEvent boundary) {
      return boundary.getAttachedTo();
    }
    var events = (SubProcess) timer.getParentElement();
    assertThat(events.triggeredByEvent()).isTrue();
    return events.getParentElement();
  }

  private static boolean contains(ModelElementInstance scope, ModelElementInstance element) {
    for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == scope) {
        return true;
      }
      if (parent instanceof Process) {
        return false;
      }
    }
    return false;
  }
}
