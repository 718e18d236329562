package uk.oic.actionplan.area;

import static uk.oic.actionplan.area.BuildingBlockVariables.REVIEW_DUE_DATE;
import static uk.oic.actionplan.area.BuildingBlockVariables.SUBMITTED_AT;
import static uk.oic.actionplan.area.BuildingBlockVariables.SUBMITTED_BY;
import static uk.oic.actionplan.area.BuildingBlockVariables.TARGET_DATE;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.kernel.Cover;

/**
 * When the owner completes "Agree delivery plan", after the completion check has accepted it
 * ({@link DeliveryPlanRules}): turns the form's target
 * day into {@code deliveryTargetDate} (the end of that day), or, when the owner reports the
 * recommendation already achieved, keeps only that report and its evidence; and records who agreed
 * it and when the approval falls due.
 */
@Component("deliveryPlanSubmitted")
class DeliveryPlanSubmitted implements TaskListener {

  private final IdentityService identityService;
  private final Cover cover;
  private final DeadlineSchedule deadlines;
  private final ReviewSchedule reviewSchedule;

  DeliveryPlanSubmitted(IdentityService identityService, DeadlineSchedule deadlines, ReviewSchedule reviewSchedule,
      Cover cover) {
    this.identityService = identityService;
    this.cover = cover;
    this.deadlines = deadlines;
    this.reviewSchedule = reviewSchedule;
  }

  @Override
  public void notify(DelegateTask task) {
    // an owner who reports the recommendation already achieved agrees no plan of work: no target date
    var achieved = DeliveryPlanRules.ALREADY_ACHIEVED.equals(task.getVariable(AreaVariables.DELIVERY_APPROACH));
    task.setVariable(AreaVariables.DELIVERY_APPROACH, achieved ? DeliveryPlanRules.ALREADY_ACHIEVED : DeliveryPlanRules.DELIVER);
    if (achieved) {
      task.setVariable(AreaVariables.DELIVERY_TARGET_DATE, null);
    } else {
      var targetDate = DeliveryPlanRules.parse(task.getVariable(TARGET_DATE));
      task.setVariable(AreaVariables.DELIVERY_TARGET_DATE, deadlines.endOf(targetDate));
      task.setVariable(AreaVariables.ACHIEVED_EVIDENCE, null);
      task.setVariable(AreaVariables.ACHIEVED_EVIDENCE_REFERENCE, null);
    }
    task.setVariable(SUBMITTED_BY, Submitter.of(task, identityService, cover));
    task.setVariable(SUBMITTED_AT, ClockUtil.getCurrentTime());
    task.setVariable(REVIEW_DUE_DATE, reviewSchedule.reviewDue());
  }
}
