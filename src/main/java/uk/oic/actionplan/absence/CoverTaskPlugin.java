package uk.oic.actionplan.absence;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task of every model, without anything in the models: when it is created, the delegates
 * of absent users who could work it get it too; when it is completed or assigned, a delegate acting
 * for an absent user is recorded as doing so ({@link CoverHooks}).
 */
@Component
class CoverTaskPlugin extends AbstractProcessEnginePlugin implements TaskListener {

  // the hooks use the engine's services, which need this plugin first
  private final ObjectProvider<CoverHooks> hooks;

  CoverTaskPlugin(ObjectProvider<CoverHooks> hooks) {
    this.hooks = hooks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          var definition = userTask.getTaskDefinition();
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, CoverTaskPlugin.this);
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, CoverTaskPlugin.this);
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CoverTaskPlugin.this);
        }
      }
    });
  }

  @Override
  public void notify(DelegateTask task) {
    var hook = hooks.getObject();
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> hook.created(task);
      case TaskListener.EVENTNAME_ASSIGNMENT -> hook.acted(task, CoverHooks.ASSIGNMENT);
      case TaskListener.EVENTNAME_COMPLETE -> hook.acted(task, CoverHooks.COMPLETE);
      default -> { }
    }
  }
}
