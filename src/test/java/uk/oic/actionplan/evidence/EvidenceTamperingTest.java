package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tampering catalogue on H2: every kind detected, and no append fails with anything but a refusal. */
class EvidenceTamperingTest {

  @Test
  void everyKindOfTamperingInSqlIsDetected() {
    var outcome = Tamperings.run("H2", () -> {
      var db = new RegisterDatabase();
      return new Tamperings.Fixture() {
        @Override
        public JdbcTemplate jdbc() {
          return db.jdbc;
        }

        @Override
        public EvidenceRegister register() {
          return db.register;
        }

        @Override
        public void close() {
          db.close();
        }
      };
    });

    assertThat(outcome.kinds()).isGreaterThanOrEqualTo(20);
    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.detected()).isEqualTo(outcome.kinds());
  }
}
