package uk.oic.actionplan.assurance;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * The assurance loop from the dashboard's pages: OPCC staff start a cycle on demand (for example
 * before an accountability meeting) or reopen a discharged recommendation, and are told what
 * happened on the page they came from.
 */
@Controller
class AssurancePageController {

  /** Flash attributes the dashboard's pages show as a banner. */
  static final String MESSAGE = "assuranceMessage";
  static final String ERROR = "assuranceError";

  private final AssuranceLoop loop;

  AssurancePageController(AssuranceLoop loop) {
    this.loop = loop;
  }

  @PostMapping("/plans/{planId}/assurance-cycles")
  String requestCycle(@PathVariable String planId, @RequestParam(required = false) String reason, Authentication user,
      RedirectAttributes redirect) {
    var plan = opccStaffOnly(planId, user);
    try {
      var started = loop.requestCycle(planId, user.getName(), reason);
      var labels = started.recommendationIds().stream()
          .map(id -> plan.recommendation(id).map(PlanDefinition.Recommendation::label).orElse(id)).toList();
      redirect.addFlashAttribute(MESSAGE, "Assurance cycle " + started.cycleNumber() + " started for "
          + String.join(", ", labels) + ". The requests are waiting for OPCC staff in Tasklist.");
    } catch (AssuranceLoop.AssuranceRequestException refused) {
      redirect.addFlashAttribute(ERROR, refused.getMessage());
    }
    return "redirect:/plans/" + planId + "#assurance";
  }

  @PostMapping("/plans/{planId}/recommendations/{recommendationId}/reopenings")
  String reopen(@PathVariable String planId, @PathVariable String recommendationId,
      @RequestParam(required = false) String reason, Authentication user, RedirectAttributes redirect) {
    var plan = opccStaffOnly(planId, user);
    var label = plan.recommendation(recommendationId).map(PlanDefinition.Recommendation::label).orElse(recommendationId);
    try {
      loop.reopen(planId, recommendationId, user.getName(), reason);
      redirect.addFlashAttribute(MESSAGE, label + " is reopened: the next assurance cycle assures it again.");
    } catch (AssuranceLoop.AssuranceRequestException refused) {
      redirect.addFlashAttribute(ERROR, refused.getMessage());
    }
    return "redirect:/plans/" + planId + "/recommendations/" + recommendationId + "#assurance";
  }

  private PlanDefinition opccStaffOnly(String planId, Authentication user) {
    try {
      return OpccStaff.require(loop, planId, user);
    } catch (AssuranceLoop.AssuranceRequestException refused) {
      throw new ResponseStatusException(refused.status(), refused.getMessage());
    }
  }
}
