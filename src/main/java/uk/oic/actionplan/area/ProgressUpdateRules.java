package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.BuildingBlockVariables.BLOCKERS;
import static uk.oic.actionplan.area.BuildingBlockVariables.RAG;

import org.springframework.stereotype.Component;
import uk.oic.actionplan.forms.Completion;
import uk.oic.actionplan.forms.FormRuleSet;
import uk.oic.actionplan.forms.Problems;
import uk.oic.actionplan.kernel.Rag;

/**
 * What a progress update needs beyond its form's fields (RAG from the list, a whole percentage from
 * 0 to 100, a narrative): an update that says RED names what blocks it, so the lead can help; a wait
 * on an outside body began no later than today and was last chased between then and today.
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
    if (Rag.RED.name().equals(completion.value(RAG)) && completion.text(BLOCKERS) == null) {
      problems.add(BLOCKERS, "is required when the RAG is RED: say what blocks delivery");
    }
    if (completion.isTrue(AreaVariables.WAITING_ON_OUTSIDE_BODY)) {
      var since = completion.date(AreaVariables.WAITING_SINCE);
      var chased = completion.date(AreaVariables.WAITING_CHASED_ON);
      if (since != null && since.isAfter(completion.today())) {
        problems.add(AreaVariables.WAITING_SINCE, since + " is in the future");
      }
      if (chased != null && chased.isAfter(completion.today())) {
        problems.add(AreaVariables.WAITING_CHASED_ON, chased + " is in the future");
      } else if (chased != null && since != null && chased.isBefore(since)) {
        problems.add(AreaVariables.WAITING_CHASED_ON, chased + " is before the wait began (" + since + ")");
      }
    }
  }
}
