package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.BuildingBlockVariables.REVIEWED_BY;
import static uk.oic.actionplan.area.BuildingBlockVariables.REVIEW_ACCEPTED;
import static uk.oic.actionplan.area.BuildingBlockVariables.REVIEW_COMMENT;
import static uk.oic.actionplan.area.BuildingBlockVariables.REVIEW_DECISION;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.Cover;

/**
 * When the strategic lead completes a review (update, delivery plan, sign-off), after the completion
 * check has accepted the decision ({@link ReviewRules}): sets {@code reviewAccepted} for the model's gateway.
 */
@Component("reviewDecided")
class ReviewDecided implements TaskListener {

  private final IdentityService identityService;
  private final Cover cover;

  ReviewDecided(IdentityService identityService, Cover cover) {
    this.identityService = identityService;
    this.cover = cover;
  }

  @Override
  public void notify(DelegateTask task) {
    var decision = task.getVariable(REVIEW_DECISION);
    if (!task.hasVariable(REVIEW_COMMENT)) {
      task.setVariable(REVIEW_COMMENT, null);
    }
    task.setVariable(REVIEW_ACCEPTED, ReviewRules.accepts((String) decision));
    task.setVariable(REVIEWED_BY, Submitter.of(task, identityService, cover));
  }
}
