package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The key's settings as the application reads them: without a key, the application does not start. */
class EvidenceConfigurationTest {

  @Configuration
  @EnableConfigurationProperties(EvidenceProperties.class)
  static class Properties {}

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(Properties.class, EvidenceConfiguration.class)
      .withBean(EvidenceRegister.class, () -> mock(EvidenceRegister.class));

  @Test
  void withoutAKeyTheContextDoesNotStartAndSaysWhatToSet() {
    context.withPropertyValues("oic.evidence.key=", "oic.evidence.key-file=").run(started -> {
      assertThat(started).hasFailed();
      assertThat(started.getStartupFailure()).rootCause()
          .hasMessageContaining("The evidence register has no key")
          .hasMessageContaining("OIC_EVIDENCE_KEY");
    });
  }

  @Test
  void theKeyComesFromTheSettingAndTheWitnessFileFromItsOwn() {
    context.withPropertyValues("oic.evidence.key=" + "k".repeat(40), "oic.evidence.witness-file=/tmp/x/witness.log")
        .run(started -> {
          assertThat(started).hasNotFailed();
          assertThat(started.getBean(EvidenceKey.class).fingerprint()).isEqualTo(EvidenceKey.of("k".repeat(40)).fingerprint());
          assertThat(started.getBean(EvidenceWitness.class).file()).hasToString("/tmp/x/witness.log");
          assertThat(started.getBean(EvidenceProperties.class).toString()).doesNotContain("kkkk").contains("key=(set)");
        });
  }
}
