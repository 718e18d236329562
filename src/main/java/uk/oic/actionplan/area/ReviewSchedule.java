package uk.oic.actionplan.area;

import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/**
 * When a strategic-lead review (of an update, a delivery plan, a sign-off) falls due. Models use it
 * as {@code reviewSchedule}; the working days come from {@code oic.areas.review-working-days}.
 */
@Component("reviewSchedule")
public class ReviewSchedule {

  private final DeadlineSchedule deadlines;
  private final int workingDays;

  ReviewSchedule(DeadlineSchedule deadlines, @Value("${oic.areas.review-working-days:15}") int workingDays) {
    this.deadlines = deadlines;
    this.workingDays = workingDays;
  }

  /** A review asked for now is due at the end of the working day this many working days ahead. */
  public Date reviewDue() {
    return deadlines.dueInWorkingDays(workingDays);
  }
}
