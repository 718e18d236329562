package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.ASK_ANSWER;
import static uk.oic.actionplan.assurance.AssuranceVariables.MAX_PCC_ASKS;
import static uk.oic.actionplan.assurance.AssuranceVariables.PCC_ASK;
import static uk.oic.actionplan.assurance.AssuranceVariables.numbered;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the PCC asked the force to show under a recommendation ({@code pccAsks} in the plan file) and
 * the force's answers: {@code pccAsk1}..{@code pccAsk5} are set before the request, "" where there is
 * no ask, so the forms hide the fields; the report form requires {@code askAnswer<n>} for each ask.
 * {@code ${pccAsks.answered(execution)}} writes both into the report's evidence record.
 */
@Component("pccAsks")
public class PccAsks {

  /** Declares the asks and empty answers on the recommendation's scope. */
  static void prepare(DelegateExecution execution, List<String> asks) {
    for (int n = 1; n <= MAX_PCC_ASKS; n++) {
      execution.setVariableLocal(numbered(PCC_ASK, n), n <= asks.size() ? asks.get(n - 1) : "");
      execution.setVariableLocal(numbered(ASK_ANSWER, n), null);
    }
  }

  /** Each ask and its answer, one after the other; "" when the PCC asked nothing under the recommendation. */
  public String answered(VariableScope execution) {
    var text = new StringBuilder();
    for (int n = 1; n <= MAX_PCC_ASKS; n++) {
      var ask = execution.getVariable(numbered(PCC_ASK, n));
      if (ask == null || ask.toString().isBlank()) {
        continue;
      }
      var answer = execution.getVariable(numbered(ASK_ANSWER, n));
      text.append("\nThe PCC asked: ").append(ask).append("\nAnswer: ")
          .append(answer == null ? "" : answer.toString().trim());
    }
    return text.toString();
  }
}
