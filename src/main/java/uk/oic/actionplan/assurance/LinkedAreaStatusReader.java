package uk.oic.actionplan.assurance;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.ActionPlanVariables;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Reads the latest status of the areas that deliver a recommendation from their process instances
 * ({@code oic-area-<n>}, business key {@code <planId>/area-<n>}): the running instance if there is
 * one, else the last finished one.
 */
@Component
class LinkedAreaStatusReader {

  static final String AREA_STATUS = "areaStatus";
  static final String LAST_RAG = "lastRag";
  static final String LAST_PROGRESS_PERCENT = "lastProgressPercent";
  static final String LAST_UPDATE_AT = "lastUpdateAt";
  private static final List<String> NAMES = List.of(AREA_STATUS, LAST_RAG, LAST_PROGRESS_PERCENT, LAST_UPDATE_AT);

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  LinkedAreaStatusReader(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  List<AreaSnapshot> read(PlanDefinition plan, String recommendationId) {
    return plan.areasFor(recommendationId).stream().map(area -> read(plan.id(), area)).toList();
  }

  private AreaSnapshot read(String planId, PlanDefinition.Area area) {
    var processKey = ActionPlanVariables.AREA_PROCESS_KEY;
    var businessKey = planId + "/" + area.key();
    var running = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).list();
    if (!running.isEmpty()) {
      var variables = runtimeService.getVariables(running.get(0).getId(), NAMES);
      return snapshot(area, AreaSnapshot.State.RUNNING, variables);
    }
    var finished = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).finished()
        .orderByProcessInstanceEndTime().desc().listPage(0, 1);
    if (finished.isEmpty()) {
      return new AreaSnapshot(area.number(), area.name(), AreaSnapshot.State.NOT_STARTED, null, null, null, null);
    }
    var instanceId = finished.get(0).getId();
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).variableNameIn(NAMES.toArray(String[]::new)).list()) {
      // the area's own variables live on the process instance, not on a sub-scope
      if (instanceId.equals(variable.getExecutionId())) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    return snapshot(area, AreaSnapshot.State.FINISHED, variables);
  }

  private static AreaSnapshot snapshot(PlanDefinition.Area area, AreaSnapshot.State state, Map<String, Object> variables) {
    var percent = variables.get(LAST_PROGRESS_PERCENT) instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    var updatedAt = variables.get(LAST_UPDATE_AT) instanceof Date d ? d : null;
    return new AreaSnapshot(area.number(), area.name(), state, text(variables.get(AREA_STATUS)),
        text(variables.get(LAST_RAG)), percent, updatedAt);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
