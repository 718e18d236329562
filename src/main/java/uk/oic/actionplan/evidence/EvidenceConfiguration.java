package uk.oic.actionplan.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

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
   * (plans start, timers fire): in its own transaction, never inside an engine command or an append.
   */
  @Bean
  Sealing evidenceSealing(EvidenceRegister register) {
    return new Sealing(register);
  }

  static final class Sealing {
    private final EvidenceRegister register;

    Sealing(EvidenceRegister register) {
      this.register = register;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void seal() {
      int sealed = register.seal();
      if (sealed > 0) {
        LOG.info("Sealed the evidence register: {} entries now carry a MAC", sealed);
      }
    }
  }
}
