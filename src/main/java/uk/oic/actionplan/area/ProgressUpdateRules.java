package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.BuildingBlockVariables.BLOCKERS;
import static uk.oic.actionplan.area.BuildingBlockVariables.RAG;

import org.springframework.stereotype.Component;
import uk.oic.actionplan.forms.Completion;
import uk.oic.actionplan.forms.FormRuleSet;
import uk.oic.actionplan.forms.Problems;

/**
 * What a progress update needs beyond its form's fields (RAG from the list, a whole percentage from
 * 0 to 100, a narrative): an update that says RED names what blocks it, so the lead can help.
 */
@Component
class ProgressUpdateRules implements FormRuleSet {

  static final String FORM_ID = "oic-progress-update-submit";

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(Completion completion, Problems problems) {
    if ("RED".equals(completion.value(RAG)) && completion.text(BLOCKERS) == null) {
      problems.add(BLOCKERS, "is required when the RAG is RED: say what blocks delivery");
    }
  }
}
