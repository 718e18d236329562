package uk.oic.actionplan.plan;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plans and where they stand, as JSON, for whoever is logged in (see {@link PlanStatusService}),
 * with who set each part: the inspection's recommendations, the force's areas and targets, and
 * whether the areas are still a draft ({@link PlanStatus.Provenance}).
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

  private final PlanStatusService status;

  PlanController(PlanStatusService status) {
    this.status = status;
  }

  @GetMapping
  List<PlanStatus> plans(Principal user) {
    return status.all(user.getName());
  }

  @GetMapping("/{id}")
  PlanStatus plan(@PathVariable String id, Principal user) {
    return status.one(id, user.getName());
  }

  @ExceptionHandler(UnknownPlanException.class)
  ProblemDetail unknownPlan(UnknownPlanException e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Plan not found");
    problem.setType(URI.create("about:blank"));
    return problem;
  }
}
