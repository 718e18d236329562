package uk.oic.actionplan.area;

/** Where an action area stands, kept in the area's {@code areaStatus} variable. */
public enum AreaStatus {
  /** The delivery plan is being agreed. */
  PLANNING,
  /** The plan is agreed; own work and progress updates until sign-off. */
  IN_PROGRESS,
  /** The force strategic lead has signed the area off. */
  SIGNED_OFF
}
