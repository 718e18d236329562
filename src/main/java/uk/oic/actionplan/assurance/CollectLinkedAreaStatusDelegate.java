package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.LINKED_AREA_STATUS;
import static uk.oic.actionplan.assurance.AssuranceVariables.RECOMMENDATION_ID;
import static uk.oic.actionplan.assurance.AssuranceVariables.REPORT_DUE_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Before the strategic lead writes the assurance report: the latest status of the areas that deliver
 * the recommendation, as readable text for the form, and the report's due date.
 */
@Component("collectLinkedAreaStatus")
class CollectLinkedAreaStatusDelegate implements JavaDelegate {

  private final LoopContext context;
  private final AssuranceSchedule schedule;
  private final LinkedAreaStatusReader reader;

  CollectLinkedAreaStatusDelegate(LoopContext context, AssuranceSchedule schedule, LinkedAreaStatusReader reader) {
    this.context = context;
    this.schedule = schedule;
    this.reader = reader;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var plan = context.plan(execution);
    var areas = reader.read(plan, LoopContext.text(execution, RECOMMENDATION_ID));
    execution.setVariable(LINKED_AREA_STATUS, AreaSnapshot.summarise(areas, schedule.zone()));
    execution.setVariable(REPORT_DUE_AT, schedule.dueAt(AssuranceStep.REPORT, context.now()));
  }
}
