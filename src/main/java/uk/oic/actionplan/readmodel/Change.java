package uk.oic.actionplan.readmodel;

import java.time.Instant;

/**
 * One thing the engine did that the read model follows, in the order it happened: an instance
 * started or ended, a variable set, a user task opened, changed or closed. Live, they come from the
 * engine's history events of one command; on a rebuild, from the engine's history.
 */
sealed interface Change {

  record InstanceStarted(String instanceId, String definitionKey, String businessKey, String superInstanceId,
      Instant at) implements Change {}

  record InstanceEnded(String instanceId, Instant at) implements Change {}

  /**
   * @param instanceScope whether the variable is the instance's own (not a sub-scope's or a task's)
   * @param value a String, Number, Boolean or Instant, or null
   */
  record VariableSet(String instanceId, boolean instanceScope, String name, Object value, Instant at)
      implements Change {}

  /**
   * A user task opened or changed (its name or due date).
   *
   * @param created whether the task was created by this change, so no row of it can exist yet
   */
  record TaskOpen(String taskId, String instanceId, String name, Instant dueAt, boolean created) implements Change {}

  record TaskClosed(String taskId) implements Change {}
}
