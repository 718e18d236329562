package uk.oic.actionplan.kernel;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Cover while away, as other features see it: who covers for whom today, and on whose behalf the
 * current user acts. Implemented by the absence feature.
 */
public interface Cover {

  /** Nobody away: for code built without the absence feature (unit tests). */
  Cover NONE = new Cover() {
    @Override
    public Set<String> delegatesCoveringFor(Collection<String> userIds) {
      return Set.of();
    }

    @Override
    public Optional<String> actingFor(String userId) {
      return Optional.empty();
    }

    @Override
    public Optional<String> coveredOwner(String taskId, String userId) {
      return Optional.empty();
    }

    @Override
    public Set<String> coveredBy(String delegateId) {
      return Set.of();
    }
  };

  /** The users covering today for any of these users (who are away), without those users themselves. */
  Set<String> delegatesCoveringFor(Collection<String> userIds);

  /**
   * The absent user on whose behalf {@code userId} acts in the engine command now running: set when
   * they completed or updated, in this command, a task they see only because they cover for its owner.
   */
  Optional<String> actingFor(String userId);

  /**
   * The absent user whose open task this is, when {@code userId} has it only because they cover for them
   * (not as a member of one of its groups).
   */
  Optional<String> coveredOwner(String taskId, String userId);

  /** The users who are away today and whom {@code delegateId} covers for. */
  Set<String> coveredBy(String delegateId);

  /** How a record names who did something: "x" or "x on behalf of y". */
  static String byOnBehalfOf(String userId, Optional<String> onBehalfOf) {
    return onBehalfOf.map(absent -> userId + " on behalf of " + absent).orElse(userId);
  }
}
