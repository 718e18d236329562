package uk.oic.actionplan.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import uk.oic.actionplan.web.ExplainedFailure;
import uk.oic.actionplan.web.Problem;

/**
 * A completion refused by its form's checks: nothing of it is saved and the task stays open. It is
 * the engine's own form-validation exception, so the engine rolls the completion back like a form
 * field validator's refusal, and it is answered with 400 and the problems by field.
 */
public class FormRefusedException extends FormFieldValidationException implements ExplainedFailure {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> problems;

  public FormRefusedException(String what, Problems problems) {
    super(List.copyOf(problems.lines()), what + " was not saved: " + problems);
    this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems.byField()));
  }

  /** Each problem by field. */
  public Map<String, String> problems() {
    return problems;
  }

  @Override
  public Problem problem() {
    return new Problem(400, "Form refused", getMessage(), null, problems);
  }
}
