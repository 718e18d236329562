package uk.oic.actionplan.startup;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Takes the {@link StartupLock} before the engine checks or creates its tables, deploys the models
 * and creates the administrator; {@link StartupProvisioning} lets it go once start-up provisioning
 * is done. Two nodes started together on an empty database would otherwise both create the engine's
 * tables, and one would stop with the schema error.
 */
@Component
class StartupLockPlugin extends AbstractProcessEnginePlugin {

  private final StartupLock lock;

  StartupLockPlugin(StartupLock lock) {
    this.lock = lock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    lock.holdForStartup();
  }
}
