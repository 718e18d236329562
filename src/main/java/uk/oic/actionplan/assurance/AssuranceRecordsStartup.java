package uk.oic.actionplan.assurance;

import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.readmodel.ReadModelStartup;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;

/**
 * Fills the discharges and the latest decisions from the evidence register on the first start with
 * their tables (a database that predates them), or when the application is started with
 * {@code --rebuild-read-model}; marked done in {@code oic_read_model} (row 2), so it runs once.
 */
@Component
class AssuranceRecordsStartup implements ProvisioningStep {

  static final int MARK = 2;
  private static final Logger LOG = LoggerFactory.getLogger(AssuranceRecordsStartup.class);

  private final AssuranceRecordsRebuild rebuild;
  private final JdbcTemplate jdbc;
  private final ApplicationArguments arguments;

  AssuranceRecordsStartup(AssuranceRecordsRebuild rebuild, JdbcTemplate jdbc, ApplicationArguments arguments) {
    this.rebuild = rebuild;
    this.jdbc = jdbc;
    this.arguments = arguments;
  }

  @Override
  public StartupStep step() {
    return StartupStep.ASSURANCE_RECORDS;
  }

  @Override
  public void provision() {
    var built = jdbc.queryForObject("SELECT COUNT(*) FROM oic_read_model WHERE id = ?", Long.class, MARK);
    var asked = arguments.containsOption(ReadModelStartup.REBUILD_OPTION);
    if (!asked && built != null && built > 0) {
      return;
    }
    var plans = rebuild.rebuildAll();
    LOG.info("Assurance records {} from the evidence register for {} plans", asked ? "rebuilt" : "built", plans.size());
    jdbc.update("DELETE FROM oic_read_model WHERE id = ?", MARK);
    jdbc.update("INSERT INTO oic_read_model (id, built_at) VALUES (?, ?)", MARK, Instant.now().atOffset(ZoneOffset.UTC));
  }
}
