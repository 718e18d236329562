package uk.oic.actionplan.area;

/**
 * Where an action area stands, kept in the area's {@code areaStatus} variable. The area frame
 * ({@code oic-area}) sets it in one way only: an output parameter on each milestone event.
 */
public enum AreaStatus {
  /** The delivery plan is being agreed. */
  PLANNING,
  /** The plan is agreed; own work and progress updates until sign-off. */
  IN_PROGRESS,
  /**
   * The owner reported the recommendation already achieved, with its evidence: the strategic lead's
   * sign-off decides (declined, the area plans its work after all), and the PCC's assurance is asked for.
   */
  ALREADY_ACHIEVED,
  /** The force strategic lead has signed the area off. */
  SIGNED_OFF
}
