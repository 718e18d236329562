package uk.oic.actionplan.response;

import java.net.URI;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.oic.actionplan.identity.GroupAuthorities;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * The PCC's response over HTTP: where it stands for the plan's readers (members of any group the plan
 * names, and administrators), and the request for a progress statement by the plan's OPCC staff.
 * Anyone else gets 404 "There is no plan ... that you can see", the same as for a plan that does not
 * exist, so the answers do not tell which plans exist; a reader who is not OPCC staff may not start a
 * progress statement (403).
 */
@RestController
class PccResponseController {

  private final PccResponses responses;

  PccResponseController(PccResponses responses) {
    this.responses = responses;
  }

  record ProgressStatementRequest(String reason) {}

  record ProgressStatementStarted(String processInstanceId, String businessKey) {}

  @GetMapping("/api/plans/{planId}/pcc-response")
  PccResponses.Status status(@PathVariable String planId, Authentication user) {
    readable(planId, user);
    return responses.status(planId);
  }

  @PostMapping("/api/plans/{planId}/progress-statements")
  ResponseEntity<ProgressStatementStarted> requestProgressStatement(@PathVariable String planId,
      @RequestBody(required = false) ProgressStatementRequest request, Authentication user) {
    var plan = readable(planId, user);
    if (!GroupAuthorities.isMember(user, plan.roles().opccStaff())) {
      throw new PccResponses.ResponseRequestException(HttpStatus.FORBIDDEN, "OPCC staff only",
          "Only members of '" + plan.roles().opccStaff() + "' may start a progress statement.");
    }
    var started = responses.requestProgressStatement(planId, user.getName(), request == null ? null : request.reason());
    return ResponseEntity.accepted().location(URI.create("/api/plans/" + planId + "/pcc-response"))
        .body(new ProgressStatementStarted(started.getId(), started.getBusinessKey()));
  }

  /** The plan, when the user may read it; 404 alike for a plan that does not exist and one the user may not see. */
  private PlanDefinition readable(String planId, Authentication user) {
    PlanDefinition plan;
    try {
      plan = responses.plan(planId);
    } catch (PccResponses.ResponseRequestException e) {
      plan = null;
    }
    if (plan == null || !mayRead(plan, user)) {
      throw new PccResponses.ResponseRequestException(HttpStatus.NOT_FOUND, "Plan not found",
          "There is no plan '" + planId + "' that you can see");
    }
    return plan;
  }

  static boolean mayRead(PlanDefinition plan, Authentication user) {
    var groups = GroupAuthorities.groups(user);
    return groups.contains(Groups.CAMUNDA_ADMIN) || plan.groups().stream().anyMatch(groups::contains);
  }

  @ExceptionHandler(PccResponses.ResponseRequestException.class)
  ResponseEntity<ProblemDetail> refused(PccResponses.ResponseRequestException e) {
    var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setTitle(e.title());
    return ResponseEntity.status(e.status()).body(problem);
  }
}
