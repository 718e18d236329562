package uk.oic.actionplan.assurance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * What the dashboard's plan and recommendation pages need to offer the assurance actions: where
 * the loop stands and whether the reader may act (OPCC staff of the plan).
 */
@ControllerAdvice(basePackages = "uk.oic.actionplan.dashboard")
class AssurancePageModel {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final AssuranceLoop loop;
  private final ZoneId zone;

  AssurancePageModel(AssuranceLoop loop, CalendarProperties calendar) {
    this.loop = loop;
    this.zone = calendar.zone();
  }

  /** Where the loop of the page's plan stands, in words; null on pages without a plan or for an unknown plan. */
  @ModelAttribute("assuranceSummary")
  String summary(@PathVariable(name = "planId", required = false) String planId) {
    if (planId == null) {
      return null;
    }
    AssuranceLoop.Status status;
    try {
      status = loop.status(planId);
    } catch (AssuranceLoop.AssuranceRequestException unknownPlan) {
      return null;
    }
    return switch (status.state()) {
      case "NOT_STARTED" -> "The assurance loop has not started: it starts with the action plan.";
      case "FINISHED" -> "The assurance loop has finished: the PCC has discharged every recommendation.";
      default -> status.cycleRunning()
          ? "Assurance cycle " + status.cycleNumber() + " is running. A new cycle can start when it has finished."
          : (status.cycleNumber() == 0 ? "No assurance cycle has run yet." : "Assurance cycle " + status.cycleNumber() + " has finished.")
              + (status.nextCycleAt() == null ? "" : " The next cycle is due on "
                  + DAY.format(status.nextCycleAt().toInstant().atZone(zone)) + ", on the plan's cadence.");
    };
  }

  @ModelAttribute("mayActOnAssurance")
  boolean mayAct(@PathVariable(name = "planId", required = false) String planId, Authentication user) {
    if (planId == null) {
      return false;
    }
    try {
      return OpccStaff.isMember(loop.plan(planId), user);
    } catch (AssuranceLoop.AssuranceRequestException unknownPlan) {
      return false;
    }
  }
}
