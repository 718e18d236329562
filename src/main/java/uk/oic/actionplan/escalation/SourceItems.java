package uk.oic.actionplan.escalation;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The item in its source process: which activity it is, which variable holds its due date, whether
 * it is still open, and moving its due date when a revised date is approved.
 */
@Component
class SourceItems {

  private static final Pattern VARIABLE_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final DeadlineSchedule schedule;

  SourceItems(RuntimeService runtimeService, TaskService taskService, DeadlineSchedule schedule) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.schedule = schedule;
  }

  /**
   * The activity the item belongs to: the one the reminder or escalation timer in front of this
   * service task is attached to (the modelling rules' pattern: boundary timer -> service task), else the
   * service task itself.
   */
  static FlowNode itemActivity(DelegateExecution execution) {
    var element = execution.getBpmnModelElementInstance();
    if (element instanceof FlowNode node) {
      for (var flow : node.getIncoming()) {
        if (flow.getSource() instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
          return boundary.getAttachedTo();
        }
        // a timer that starts an event sub-process watches the scope around it: the enclosing
        // sub-process, or (null) the whole process instance, open for as long as it runs
        if (flow.getSource() instanceof StartEvent start && start.getParentElement() instanceof SubProcess events
            && events.triggeredByEvent()) {
          return events.getParentElement() instanceof FlowNode scope ? scope : null;
        }
      }
      return node;
    }
    return null;
  }

  /** The variable a user task takes its due date from, when its due date is a plain {@code ${name}}. */
  static String dueDateVariableOf(FlowNode activity) {
    if (activity instanceof UserTask task && task.getCamundaDueDate() != null) {
      var matcher = VARIABLE_EXPRESSION.matcher(task.getCamundaDueDate().trim());
      if (matcher.matches()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  /** Open when the source instance still runs and, if the activity is known, still waits in it. */
  boolean isOpen(String processInstanceId, String activityId) {
    if (processInstanceId == null) {
      return true;
    }
    if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return false;
    }
    if (activityId == null) {
      return true;
    }
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).count() > 0
        || runtimeService.createExecutionQuery().processInstanceId(processInstanceId).activityId(activityId).count() > 0;
  }

  /**
   * Moves the item's due date in its source process: the due date of each open task of the item's
   * activity, and the due-date variable when it is known and set on the process instance.
   *
   * @return what was updated, for the log
   */
  List<String> applyRevisedDate(String processInstanceId, String activityId, String dueDateVariable, Date newDue) {
    var updated = new ArrayList<String>();
    if (processInstanceId == null
        || runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return updated;
    }
    if (activityId != null) {
      for (var task : taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).list()) {
        task.setDueDate(newDue);
        taskService.saveTask(task);
        updated.add("due date of task '" + task.getName() + "'");
      }
    }
    if (dueDateVariable != null && runtimeService.getVariable(processInstanceId, dueDateVariable) != null) {
      runtimeService.setVariable(processInstanceId, dueDateVariable, newDue);
      updated.add("variable '" + dueDateVariable + "'");
      // the open forms that show the date as text (<name>Text, set when each task began) show the new one
      var text = DeadlineSchedule.textVariable(dueDateVariable);
      for (var task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
        if (taskService.getVariableLocal(task.getId(), text) != null) {
          taskService.setVariableLocal(task.getId(), text, schedule.dayText(newDue));
        }
      }
    }
    return updated;
  }
}
