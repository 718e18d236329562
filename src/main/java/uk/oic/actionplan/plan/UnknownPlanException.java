package uk.oic.actionplan.plan;

/** No plan with the id asked for. */
public class UnknownPlanException extends RuntimeException {

  UnknownPlanException(String planId) {
    super("There is no plan with the id '" + planId + "'");
  }
}
