package uk.oic.actionplan.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's clock as a {@link Clock}, so that the application's "today" is the engine's: tests
 * that move the engine clock move both.
 */
@Configuration
class ClockConfiguration {

  @Bean
  Clock engineClock() {
    return new EngineTime(ZoneOffset.UTC);
  }

  private static final class EngineTime extends Clock {
    private final ZoneId zone;

    EngineTime(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new EngineTime(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
