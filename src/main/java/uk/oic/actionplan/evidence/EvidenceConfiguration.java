package uk.oic.actionplan.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;

/** The register's key, and its sealing at start-up. */
@Configuration
class EvidenceConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(EvidenceConfiguration.class);

  @Bean
  EvidenceKey evidenceKey(EvidenceProperties properties) {
    return EvidenceKey.load(properties.key(), properties.keyFile(), properties.generateKey());
  }

  @Bean
  EvidenceWitness evidenceWitness(EvidenceProperties properties) {
    return new EvidenceWitness(java.nio.file.Path.of(properties.witnessFile()));
  }

  /**
   * Seals entries recorded before entries had MACs, once, before anything else at start-up can append
   * (plans start, timers fire): the first start-up step, so under the cluster-wide start-up lock, in its
   * own transaction, never inside an engine command or an append.
   */
  @Bean
  Sealing evidenceSealing(EvidenceRegister register) {
    return new Sealing(register);
  }

  /** The first start-up step: runs under the cluster-wide start-up lock, before anything appends. */
  static final class Sealing implements ProvisioningStep {
    private final EvidenceRegister register;

    Sealing(EvidenceRegister register) {
      this.register = register;
    }

    @Override
    public StartupStep step() {
      return StartupStep.SEAL_EVIDENCE_REGISTER;
    }

    @Override
    public void provision() {
      int sealed = register.seal();
      if (sealed > 0) {
        LOG.info("Sealed the evidence register: {} entries now carry a MAC", sealed);
      }
    }
  }
}
