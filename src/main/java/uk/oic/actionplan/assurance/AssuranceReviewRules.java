package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.CHALLENGE_RESPONSE_DATE;
import static uk.oic.actionplan.assurance.AssuranceVariables.DECISION_CHALLENGE;
import static uk.oic.actionplan.assurance.AssuranceVariables.REVIEW_DECISION;

import org.springframework.stereotype.Component;
import uk.oic.actionplan.forms.Completion;
import uk.oic.actionplan.forms.FormRuleSet;
import uk.oic.actionplan.forms.Problems;

/**
 * "Review assurance": the form requires what each decision needs (its hidden fields are not
 * required), and no date in the past; a challenge's response date must also leave the force at
 * least a day to answer. {@link ReviewCheck} applies the same rules again inside the process.
 */
@Component
class AssuranceReviewRules implements FormRuleSet {

  @Override
  public String formId() {
    return "oic-assurance-review";
  }

  @Override
  public void check(Completion completion, Problems problems) {
    var responseDate = completion.date(CHALLENGE_RESPONSE_DATE);
    if (DECISION_CHALLENGE.equals(completion.value(REVIEW_DECISION)) && responseDate != null
        && !responseDate.isAfter(completion.today())) {
      problems.add(CHALLENGE_RESPONSE_DATE, "must be after today (" + completion.today() + ")");
    }
  }
}
