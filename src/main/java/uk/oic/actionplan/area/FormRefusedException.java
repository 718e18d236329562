package uk.oic.actionplan.area;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Form input refused by the rules behind a form: nothing of the completion is saved. It is the
 * engine's own form-validation exception, so Tasklist and the REST API answer 400 with the
 * message, as they do for a form field's own validator, rather than 500.
 */
public class FormRefusedException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  public FormRefusedException(String what, List<String> problems) {
    super(List.copyOf(problems), what + " was not saved: " + String.join("; ", problems));
  }
}
