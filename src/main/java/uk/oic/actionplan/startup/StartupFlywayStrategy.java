package uk.oic.actionplan.startup;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the application's own tables under the {@link StartupLock}, whichever of Flyway and the
 * engine comes first, and keeps holding it until start-up provisioning is done.
 */
@Component
class StartupFlywayStrategy implements FlywayMigrationStrategy {

  private final StartupLock lock;

  StartupFlywayStrategy(StartupLock lock) {
    this.lock = lock;
  }

  @Override
  public void migrate(Flyway flyway) {
    lock.holdForStartup();
    lock.runLocked(flyway::migrate);
  }
}
