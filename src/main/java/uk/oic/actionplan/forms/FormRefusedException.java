package uk.oic.actionplan.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A completion refused by its form's checks: nothing of it is saved and the task stays open. It is
 * the engine's own form-validation exception, so the engine rolls the completion back like a form
 * field validator's refusal, and {@link uk.oic.actionplan.web.EngineFailures} answers it with 400
 * and the problems by field.
 */
public class FormRefusedException extends FormFieldValidationException {

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
}
