package uk.oic.actionplan.area;

/**
 * Red, amber or green for a measured rate against the plan's target: green at or above the
 * target, amber less than {@value #AMBER_MARGIN_POINTS} percentage points below it, red further
 * below.
 */
public enum Rag {
  GREEN,
  AMBER,
  RED;

  /** How far below the target a rate may fall and still be amber, in percentage points. */
  public static final int AMBER_MARGIN_POINTS = 10;

  /** Compares the exact fraction, not the rounded percentage: 899 of 1000 is below a 90% target. */
  public static Rag of(Rate rate, int targetPercent) {
    if (rate.meets(targetPercent)) {
      return GREEN;
    }
    return rate.meets(targetPercent - AMBER_MARGIN_POINTS) ? AMBER : RED;
  }
}
