package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.BuildingBlockVariables.BLOCKERS;
import static uk.oic.actionplan.area.BuildingBlockVariables.EVIDENCE_REFERENCE;
import static uk.oic.actionplan.area.BuildingBlockVariables.PROGRESS_PERCENT;
import static uk.oic.actionplan.area.BuildingBlockVariables.READY_FOR_SIGN_OFF;
import static uk.oic.actionplan.area.BuildingBlockVariables.REVIEW_DUE_DATE;
import static uk.oic.actionplan.area.BuildingBlockVariables.SUBMITTED_AT;
import static uk.oic.actionplan.area.BuildingBlockVariables.SUBMITTED_BY;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.Cover;

/**
 * When the owner completes "Submit progress update", after the completion check has accepted it
 * ({@link ProgressUpdateRules}): stores the percentage as an Integer, clears a wait on an outside
 * body that is over, and records who submitted it, when, and when the review falls due.
 */
@Component("progressUpdateSubmitted")
class ProgressUpdateSubmitted implements TaskListener {

  private final IdentityService identityService;
  private final Cover cover;
  private final ReviewSchedule reviewSchedule;

  ProgressUpdateSubmitted(IdentityService identityService, ReviewSchedule reviewSchedule, Cover cover) {
    this.identityService = identityService;
    this.cover = cover;
    this.reviewSchedule = reviewSchedule;
  }

  @Override
  public void notify(DelegateTask task) {
    // the completion check has refused anything else, so the percentage is a whole number from 0 to 100
    var percent = task.getVariable(PROGRESS_PERCENT);
    task.setVariable(PROGRESS_PERCENT, ((Number) percent).intValue());
    task.setVariable(READY_FOR_SIGN_OFF, Boolean.TRUE.equals(task.getVariable(READY_FOR_SIGN_OFF)));
    // optional fields exist even when left empty, so models and forms can read them
    for (var optional : new String[] {BLOCKERS, EVIDENCE_REFERENCE}) {
      if (!task.hasVariable(optional)) {
        task.setVariable(optional, null);
      }
    }
    // a wait that is over leaves nothing behind: the area maps these back and escalations read them
    boolean waiting = Boolean.TRUE.equals(task.getVariable(AreaVariables.WAITING_ON_OUTSIDE_BODY));
    task.setVariable(AreaVariables.WAITING_ON_OUTSIDE_BODY, waiting);
    if (!waiting) {
      AreaVariables.WAITING.forEach(name -> task.setVariable(name, null));
    }
    task.setVariable(SUBMITTED_BY, Submitter.of(task, identityService, cover));
    task.setVariable(SUBMITTED_AT, ClockUtil.getCurrentTime());
    task.setVariable(REVIEW_DUE_DATE, reviewSchedule.reviewDue());
  }
}
