package uk.oic.actionplan.forms;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What one completion command submitted for a task, and the values those variables had before it,
 * so the check can tell a variable the form does not declare, or a disabled field that was changed,
 * from a value that was already there.
 */
record Submission(String taskId, Map<String, Object> submitted, Map<String, Object> before) {

  static final Submission NONE = new Submission(null, Map.of(), Map.of());

  Submission {
    submitted = Collections.unmodifiableMap(new HashMap<>(submitted));
    before = Collections.unmodifiableMap(new HashMap<>(before));
  }
}
