package uk.oic.actionplan.startup;

/**
 * The start-up provisioning steps, in the order they run: the order is this enum's, so it is read
 * in one place rather than worked out from numbers spread over the features.
 */
public enum StartupStep {
  /** Evidence entries written before the register had its key get their MAC, before anything appends. */
  SEAL_EVIDENCE_REGISTER,
  /** The read model filled from the engine's history, where the database predates it or a rebuild is asked for. */
  READ_MODEL,
  /** The PCC's discharges and the OPCC's latest decisions, filled from the register the same way. */
  ASSURANCE_RECORDS,
  /** Production refuses to run while a demo account still accepts the demo password. */
  REFUSE_DEMO_ACCOUNTS,
  /** Every plan's groups and what each may do. */
  GROUPS_AND_GRANTS,
  /** What escalation needs beyond the general grants (chief officers in Cockpit). */
  ESCALATION_GRANTS,
  /** The Tasklist filters, shared with the groups that exist by now. */
  TASKLIST_FILTERS,
  /** The embedded demo's people, on its first start only. */
  DEMO_USERS,
  /** Each plan's action plan, once ever. */
  PLAN_STARTS
}
