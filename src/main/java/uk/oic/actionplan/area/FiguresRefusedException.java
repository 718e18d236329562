package uk.oic.actionplan.area;

/**
 * Figures that cannot be accepted, with a message for the person who entered them, written as
 * "field: problem".
 */
public class FiguresRefusedException extends RuntimeException {

  public FiguresRefusedException(String message) {
    super(message);
  }
}
