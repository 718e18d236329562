package uk.oic.actionplan.escalation;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/**
 * The item in its source process, as its hand-off declared it (see {@link HandOffInputs}): whether
 * it is still open, and moving its due date when a revised date is approved.
 */
@Component
class SourceItems {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final DeadlineSchedule schedule;

  SourceItems(RuntimeService runtimeService, TaskService taskService, RepositoryService repositoryService,
      DeadlineSchedule schedule) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.schedule = schedule;
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
   * activity, and the due-date variable when it is known and set on the process instance. When the
   * item's activity is a call activity (an area's own work, watched as a whole), the work is in the
   * called instances: there the open tasks due at the old date, and the due-date variable when it
   * holds the old date, move too.
   *
   * @param oldDue the due date being replaced
   * @return what was updated, for the log
   */
  List<String> applyRevisedDate(String processInstanceId, String activityId, String dueDateVariable, Date oldDue,
      Date newDue) {
    var updated = new ArrayList<String>();
    var instance = processInstanceId == null ? null
        : runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
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
      moveTaskTexts(processInstanceId, dueDateVariable, newDue);
    }
    if (activityId != null && oldDue != null && isCallActivity(instance.getProcessDefinitionId(), activityId)) {
      for (var called : runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()) {
        updated.addAll(moveCalledInstance(called.getId(), dueDateVariable, oldDue, newDue));
      }
    }
    return updated;
  }

  private List<String> moveCalledInstance(String calledId, String dueDateVariable, Date oldDue, Date newDue) {
    var updated = new ArrayList<String>();
    for (var task : taskService.createTaskQuery().processInstanceId(calledId).dueDate(oldDue).list()) {
      task.setDueDate(newDue);
      taskService.saveTask(task);
      updated.add("due date of task '" + task.getName() + "' in the called process");
    }
    if (dueDateVariable != null && runtimeService.getVariable(calledId, dueDateVariable) instanceof Date current
        && current.getTime() == oldDue.getTime()) {
      runtimeService.setVariable(calledId, dueDateVariable, newDue);
      updated.add("variable '" + dueDateVariable + "' in the called process");
      moveTaskTexts(calledId, dueDateVariable, newDue);
    }
    return updated;
  }

  /** The open forms that show the date as text ({@code <name>Text}, set when each task began) show the new one. */
  private void moveTaskTexts(String processInstanceId, String dueDateVariable, Date newDue) {
    var text = DeadlineSchedule.textVariable(dueDateVariable);
    for (var task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (taskService.getVariableLocal(task.getId(), text) != null) {
        taskService.setVariableLocal(task.getId(), text, schedule.dayText(newDue));
      }
    }
  }

  private boolean isCallActivity(String processDefinitionId, String activityId) {
    var model = repositoryService.getBpmnModelInstance(processDefinitionId);
    return model != null && model.getModelElementById(activityId) instanceof CallActivity;
  }
}
