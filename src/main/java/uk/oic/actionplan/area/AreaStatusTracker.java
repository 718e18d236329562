package uk.oic.actionplan.area;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps an area's {@code areaStatus}: models call it from execution listeners as
 * {@code ${areaStatusTracker.enter(execution, 'IN_PROGRESS')}} where the area moves on.
 */
@Component("areaStatusTracker")
public class AreaStatusTracker {

  /** @throws IllegalArgumentException for a status that does not exist (a model error) */
  public void enter(DelegateExecution execution, String status) {
    execution.setVariable(AreaVariables.AREA_STATUS, AreaStatus.valueOf(status).name());
  }
}
