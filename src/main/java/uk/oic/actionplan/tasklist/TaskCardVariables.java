package uk.oic.actionplan.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Copies the variables a Tasklist card shows (plan, area, recommendation) onto each user task when
 * it is created, for every model, so no model has to declare anything.
 *
 * <p>Why: Tasklist reads a card's variables with a variable query that the engine authorizes by
 * the process instance, or by the task for the task's own variables. Area owners may read their
 * tasks but, rightly, not whole process instances, so without the copy their cards stay empty.
 */
@Component
class TaskCardVariables extends AbstractProcessEnginePlugin {

  static final List<String> NAMES = TasklistFilter.SHOWN_VARIABLES.stream().map(v -> v.get("name")).toList();

  /** Copies whichever of {@link #NAMES} the task can see into the task's own variables. */
  static final TaskListener COPY_TO_TASK = TaskCardVariables::copyToTask;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_TO_TASK);
        }
      }
    });
  }

  static void copyToTask(DelegateTask task) {
    for (var name : NAMES) {
      var value = task.getVariable(name);
      if (value != null) {
        task.setVariablesLocal(Map.of(name, value));
      }
    }
  }
}
