package uk.oic.actionplan.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * Checks every completion of every user task that shows a Camunda Form, whatever the channel
 * (Tasklist, {@code /engine-rest}, the webapps' API, Java): the form's own field checks
 * ({@link FieldChecks}) and then the form's rule set ({@link FormRuleSet}), if it has one. A refusal
 * throws {@link FormRefusedException}: the engine rolls the completion back, nothing is stored, and
 * the task stays open.
 *
 * <p>No model declares it: as a process engine plugin it adds a built-in complete listener to every
 * user task with {@code camunda:formRef} when the model is deployed, so it runs before the model's
 * own complete listeners, which can rely on checked values.
 */
@Component
class CompletionChecks extends AbstractProcessEnginePlugin implements TaskListener {

  private final DeployedForms forms;
  private final ObjectProvider<FormRuleSet> ruleSets;
  private final ObjectProvider<CalendarProperties> calendar;
  private volatile Map<String, FormRuleSet> rulesByForm;

  CompletionChecks(DeployedForms forms, ObjectProvider<FormRuleSet> ruleSets, ObjectProvider<CalendarProperties> calendar) {
    this.forms = forms;
    this.ruleSets = ruleSets;
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
            && userTask.getTaskDefinition().getCamundaFormDefinitionKey() != null) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CompletionChecks.this);
        }
      }
    });
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new Submissions());
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    var task = (TaskEntity) delegateTask;
    var formKey = task.getTaskDefinition().getCamundaFormDefinitionKey();
    var formId = String.valueOf(formKey.getValue(task));
    var form = forms.form(Context.getCommandContext(), task.getProcessDefinition().getDeploymentId(), formId);
    var problems = check(form, rules().get(formId), task.getVariables(), Submissions.of(task.getId()), today());
    if (!problems.isEmpty()) {
      throw new FormRefusedException("'" + task.getName() + "'", problems);
    }
  }

  /** The whole check, without an engine: the form's field checks, then its rule set. */
  static Problems check(FormSpec form, FormRuleSet rules, Map<String, Object> values, Submission submission,
      LocalDate today) {
    var problems = new Problems();
    FieldChecks.check(form, values, submission, today, problems);
    if (rules != null) {
      rules.check(new Completion(values, today), problems);
    }
    return problems;
  }

  private Map<String, FormRuleSet> rules() {
    var rules = rulesByForm;
    if (rules == null) {
      rules = ruleSets.orderedStream().collect(Collectors.toUnmodifiableMap(FormRuleSet::formId, Function.identity()));
      rulesByForm = rules;
    }
    return rules;
  }

  /** Today on the engine's clock in the plan calendar's time zone. */
  private LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.getObject().zone());
  }
}
