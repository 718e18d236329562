package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanDefinition;

/** Opens a cycle: its number, when and why it started, and the recommendations not yet discharged. */
@Component("openAssuranceCycle")
class OpenAssuranceCycleDelegate implements JavaDelegate {

  private final LoopContext context;
  private final AssuranceRecords records;

  OpenAssuranceCycleDelegate(LoopContext context, AssuranceRecords records) {
    this.context = context;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var plan = context.plan(execution);
    int cycle = LoopContext.number(execution, CYCLE_NUMBER) + 1;
    var open = records.notDischarged(plan);
    execution.setVariable(CYCLE_NUMBER, cycle);
    execution.setVariable(CYCLE_STARTED_AT, Date.from(context.now()));
    execution.setVariable(OPEN_RECOMMENDATION_IDS, new ArrayList<>(open));
    execution.setVariable(CYCLE_SUMMARY, summary(plan, cycle, open,
        LoopContext.text(execution, CYCLE_TRIGGER), LoopContext.text(execution, CYCLE_REQUESTED_BY),
        LoopContext.text(execution, CYCLE_REQUEST_REASON)));
  }

  /** E.g. "Assurance cycle 2 started on demand by opcc.officer (before the March meeting) for Rec 2, Rec 9." */
  static String summary(PlanDefinition plan, int cycle, List<String> open, String trigger, String requestedBy, String reason) {
    var text = new StringBuilder("Assurance cycle ").append(cycle).append(" started ");
    if (TRIGGER_ON_DEMAND.equals(trigger)) {
      text.append("on demand by ").append(requestedBy == null ? LoopContext.SYSTEM : requestedBy);
      if (reason != null && !reason.isBlank()) {
        text.append(" (").append(reason.trim()).append(')');
      }
    } else {
      text.append("on the plan's ").append(plan.cadence().assuranceCycleWeeks()).append("-week cadence");
    }
    var labels = open.stream().map(id -> plan.recommendation(id).map(PlanDefinition.Recommendation::label).orElse(id)).toList();
    text.append(open.isEmpty() ? " with every recommendation already discharged." : " for " + String.join(", ", labels) + ".");
    return text.toString();
  }
}
