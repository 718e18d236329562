package uk.oic.actionplan.dashboard;

/**
 * The evidence register's own check of its hash chain.
 *
 * @param firstBroken the first entry that fails, or null when valid
 */
public record Verification(boolean valid, long checked, String firstBroken, String reason) {}
