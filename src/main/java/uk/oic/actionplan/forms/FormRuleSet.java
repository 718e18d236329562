package uk.oic.actionplan.forms;

/**
 * The rules of one form that its fields cannot declare: rules across fields (a RED update needs its
 * blockers), against today (a revised date must be after today), or on the process's own terms. A
 * Spring bean; the completion check runs it for every task showing the form {@link #formId()}, after
 * the form's own field checks, so a field that already has a problem is not judged again.
 */
public interface FormRuleSet {

  /** The id of the Camunda Form these rules belong to. */
  String formId();

  void check(Completion completion, Problems problems);
}
