package uk.oic.actionplan.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaStatusTest {

  @Test
  void eachStatusCarriesTheDashboardsAndTheLinkedAreaLinesWords() {
    assertThat(AreaStatus.values()).extracting(AreaStatus::label).containsExactly(
        "Planning", "In progress", "Reported already achieved (awaiting sign-off)", "Signed off");
    assertThat(AreaStatus.values()).extracting(AreaStatus::inSentence).containsExactly(
        "planning", "in progress", "reported already achieved, awaiting the strategic lead's sign-off", "signed off");
  }

  @Test
  void aVariableIsReadByItsExactName() {
    assertThat(AreaStatus.named("ALREADY_ACHIEVED")).contains(AreaStatus.ALREADY_ACHIEVED);
    assertThat(AreaStatus.named("signed_off")).isEmpty();
    assertThat(AreaStatus.named("NOT_STARTED")).isEmpty();
    assertThat(AreaStatus.named(null)).isEmpty();
    assertThat(AreaStatus.SIGNED_OFF.is("SIGNED_OFF")).isTrue();
    assertThat(AreaStatus.SIGNED_OFF.is(null)).isFalse();
  }
}
