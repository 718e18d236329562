package uk.oic.actionplan.readmodel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;

/**
 * Rebuilds the read model on start when it has never been built on this database (a database that
 * predates it, or a new one), or when the application is started with {@code --rebuild-read-model}.
 * It runs under the start-up lock, before the plans start.
 */
@Component
public class ReadModelStartup implements ProvisioningStep {

  /** The option that asks for a rebuild on start; read by every feature that keeps part of the read model. */
  public static final String REBUILD_OPTION = "rebuild-read-model";
  private static final Logger LOG = LoggerFactory.getLogger(ReadModelStartup.class);

  private final ReadModelRebuild rebuild;
  private final JdbcTemplate jdbc;
  private final ApplicationArguments arguments;

  ReadModelStartup(ReadModelRebuild rebuild, JdbcTemplate jdbc, ApplicationArguments arguments) {
    this.rebuild = rebuild;
    this.jdbc = jdbc;
    this.arguments = arguments;
  }

  @Override
  public StartupStep step() {
    return StartupStep.READ_MODEL;
  }

  @Override
  public void provision() {
    if (arguments.containsOption(REBUILD_OPTION)) {
      LOG.info("Rebuilding the read model, as --{} asks", REBUILD_OPTION);
      rebuild.rebuild();
    } else if (!rebuild.built()) {
      LOG.info("The read model has not been built on this database: building it from the engine's history");
      rebuild.rebuild();
    }
  }
}
