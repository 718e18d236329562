package uk.oic.actionplan.dashboard;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.oic.actionplan.plan.PlanCatalog;

/** The landing page after login: the plans, and where each kind of work is done. */
@Controller
class HomeController {

  private final PlanCatalog plans;

  HomeController(PlanCatalog plans) {
    this.plans = plans;
  }

  @GetMapping("/")
  String home(Model model, Principal user) {
    model.addAttribute("plans", plans.all());
    model.addAttribute("user", user.getName());
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
