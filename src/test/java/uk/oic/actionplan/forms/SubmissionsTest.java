package uk.oic.actionplan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The completion check learns what a completion submitted from the engine's two completion
 * commands; an engine upgrade that renames their fields must fail the build, not quietly turn the
 * check of undeclared and disabled fields off.
 */
class SubmissionsTest {

  @Test
  void theEnginesCompletionCommandsAreReadable() {
    assertThat(Submissions.readsCommands()).isTrue();
  }
}
