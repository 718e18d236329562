package uk.oic.actionplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;

/**
 * Starts each plan's action plan once, on the first start that finds the plan (in the embedded demo
 * and in production alike), so people log in and find their work waiting. "Once" means: never
 * again when an instance with the plan's business key exists, running or in history, so a restart, a second node or a plan an administrator cancelled in Cockpit does
 * not bring it back. The check and the start are safe from a second node starting at the same
 * moment because start-up provisioning runs under the cluster-wide start-up lock.
 */
@Component
public class PlanStarter implements ProvisioningStep {

  private static final Logger LOG = LoggerFactory.getLogger(PlanStarter.class);

  private final PlanCatalog plans;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final boolean startOnFirstStart;

  PlanStarter(PlanCatalog plans, RuntimeService runtimeService, HistoryService historyService,
      RepositoryService repositoryService,
      @Value("${oic.plans.start-on-first-start:true}") boolean startOnFirstStart) {
    this.plans = plans;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.startOnFirstStart = startOnFirstStart;
  }

  @Override
  public StartupStep step() {
    return StartupStep.PLAN_STARTS;
  }

  @Override
  public void provision() {
    startPlansOnFirstStart();
  }

  public void startPlansOnFirstStart() {
    if (startOnFirstStart) {
      plans.all().forEach(this::startIfNeverStarted);
    }
  }

  /** Starts the plan unless it was ever started; the new instance's id, if one was started. */
  public Optional<String> startIfNeverStarted(PlanDefinition plan) {
    if (everStarted(plan.id())) {
      return Optional.empty();
    }
    var missing = missingModels(plan);
    if (!missing.isEmpty()) {
      LOG.warn("Plan '{}' not started: the models {} are not deployed", plan.id(), missing);
      return Optional.empty();
    }
    var instance = runtimeService.startProcessInstanceByKey(ActionPlanVariables.PROCESS_KEY, plan.id(),
        Map.of(ActionPlanVariables.PLAN_ID, plan.id()));
    LOG.info("Started the action plan '{}' with {} areas", plan.id(), plan.areas().size());
    return Optional.of(instance.getId());
  }

  private boolean everStarted(String planId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ActionPlanVariables.PROCESS_KEY)
        .processInstanceBusinessKey(planId).count() > 0
        || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ActionPlanVariables.PROCESS_KEY)
        .processInstanceBusinessKey(planId).count() > 0;
  }

  private List<String> missingModels(PlanDefinition plan) {
    var keys = new ArrayList<String>();
    keys.add(ActionPlanVariables.PROCESS_KEY);
    keys.add(ActionPlanVariables.ASSURANCE_PROCESS_KEY);
    keys.add(ActionPlanVariables.AREA_PROCESS_KEY);
    if (plan.reportPublishedOn() != null) {
      keys.add(ActionPlanVariables.PCC_RESPONSE_PROCESS_KEY);
    }
    plan.areas().forEach(area -> keys.add(ActionPlanVariables.ownWorkProcessKey(area.number())));
    // one query for all of them: a model with any version deployed has a latest version
    var deployed = repositoryService.createProcessDefinitionQuery().processDefinitionKeysIn(keys.toArray(String[]::new))
        .list().stream().map(ProcessDefinition::getKey).collect(Collectors.toSet());
    return keys.stream().filter(key -> !deployed.contains(key)).toList();
  }
}
