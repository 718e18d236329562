package uk.oic.actionplan.startup;

/**
 * One piece of start-up work that puts data in the database (groups, grants, filters, users, plan
 * instances) or refuses to start. {@link StartupProvisioning} runs every step once per start, in the
 * order of {@link StartupStep}, under the cluster-wide {@link StartupLock}: so a step needs no locking
 * of its own, but it must be idempotent, because every node runs it on every start.
 */
public interface ProvisioningStep {

  /** Where this step runs among the others. */
  StartupStep step();

  /** Does the work, or does nothing when it is already done. */
  void provision();
}
