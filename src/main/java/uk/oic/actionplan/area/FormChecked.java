package uk.oic.actionplan.area;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a task whose only rules are those of its form (an area's own work): checks the
 * submitted values against the deployed form's required fields and number limits, and refuses the
 * completion (nothing is saved) when one fails.
 */
@Component("formChecked")
class FormChecked implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void notify(DelegateTask task) {
    var formService = task.getProcessEngineServices().getFormService();
    try (var form = formService.getDeployedTaskForm(task.getId())) {
      var problems = FormRules.problems(JSON.readTree(form), task.getVariables());
      if (!problems.isEmpty()) {
        throw new FormRefusedException("'" + task.getName() + "'", problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the form of task " + task.getId(), e);
    }
  }
}
