package uk.oic.actionplan.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; after login, {@link DashboardController} shows the dashboard at "/". */
@Controller
class HomeController {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
