package uk.oic.actionplan.tasklist;

import java.util.ArrayList;
import java.util.Date;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.kernel.PlanVariables;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * What every user task of every model gets when it is created, for Tasklist, so no model has to
 * declare it:
 * <ul>
 *   <li>the variables a task card shows (plan, area, recommendation) as the task's own variables.
 *       Tasklist reads a card's variables with a query the engine authorizes by the process
 *       instance, or by the task for the task's own variables; area owners may read their tasks
 *       but, rightly, not whole process instances, so without the copy their cards stay empty;</li>
 *   <li>a follow-up date at the reminder (the plan's reminder offset before the due date), unless
 *       the model sets one, so Tasklist's follow-up date shows when the work needs attention;</li>
 *   <li>the due dates its form shows ({@link #FORM_DATES}) as text, {@code <name>Text}, e.g.
 *       "31 December 2025". A form shows a Date variable as its instant in UTC, and a due date is
 *       the end of its day in the plan's calendar, so Rec 4's deadline would read
 *       "2026-01-01T00:00:00": a day late.</li>
 * </ul>
 */
@Component
class UserTaskDefaults extends AbstractProcessEnginePlugin implements TaskListener {

  static final List<String> CARD_VARIABLES = TasklistFilter.SHOWN_VARIABLES.stream().map(v -> v.get("name")).toList();
  static final String PLAN_ID = PlanVariables.PLAN_ID;
  /** Due dates (end of the day, as {@link DeadlineSchedule#endOf}) that forms show; each as {@code <name>Text}. */
  static final List<String> FORM_DATES = List.of("areaDeadline", "deliveryPlanDueDate", "deliveryTargetDate", "updateDueDate");

  private final ObjectProvider<DeadlineSchedule> schedule;
  private final PlanCatalog plans;

  UserTaskDefaults(ObjectProvider<DeadlineSchedule> schedule, PlanCatalog plans) {
    this.schedule = schedule;
    this.plans = plans;
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
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, UserTaskDefaults.this);
        }
      }
    });
  }

  @Override
  public void notify(DelegateTask task) {
    copyCardVariables(task);
    followUpAtReminder(task);
    formDatesAsText(task);
  }

  private void formDatesAsText(DelegateTask task) {
    for (var name : FORM_DATES) {
      if (task.getVariable(name) instanceof Date due) {
        task.setVariablesLocal(Map.of(DeadlineSchedule.textVariable(name), schedule.getObject().dayText(due)));
      }
    }
  }

  private static void copyCardVariables(DelegateTask task) {
    for (var name : CARD_VARIABLES) {
      var value = task.getVariable(name);
      if (value != null) {
        task.setVariablesLocal(Map.of(name, value));
      }
    }
  }

  private void followUpAtReminder(DelegateTask task) {
    if (task.getFollowUpDate() != null || task.getDueDate() == null) {
      return;
    }
    if (task.getVariable(PLAN_ID) instanceof String planId && plans.find(planId).isPresent()) {
      task.setFollowUpDate(schedule.getObject().reminderAt(planId, task.getDueDate()));
    }
  }
}
