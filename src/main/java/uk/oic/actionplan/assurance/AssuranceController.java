package uk.oic.actionplan.assurance;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assurance loop over HTTP: OPCC staff start a cycle on demand or reopen a discharged
 * recommendation; anyone logged in reads where each recommendation stands.
 */
@RestController
class AssuranceController {

  private final AssuranceLoop loop;

  AssuranceController(AssuranceLoop loop) {
    this.loop = loop;
  }

  /** Optional reason, e.g. "before the accountability meeting on 12 March". */
  record CycleRequest(String reason) {}

  record ReopenRequest(String reason) {}

  @PostMapping("/api/plans/{planId}/assurance-cycles")
  ResponseEntity<AssuranceLoop.StartedCycle> requestCycle(@PathVariable String planId,
      @RequestBody(required = false) CycleRequest request, Authentication user) {
    OpccStaff.require(loop, planId, user);
    var started = loop.requestCycle(planId, user.getName(), request == null ? null : request.reason());
    return ResponseEntity.accepted().location(URI.create("/api/plans/" + planId + "/assurance")).body(started);
  }

  @PostMapping("/api/plans/{planId}/recommendations/{recommendationId}/reopenings")
  ResponseEntity<AssuranceLoop.Status> reopen(@PathVariable String planId, @PathVariable String recommendationId,
      @RequestBody(required = false) ReopenRequest request, Authentication user) {
    OpccStaff.require(loop, planId, user);
    loop.reopen(planId, recommendationId, user.getName(), request == null ? null : request.reason());
    return ResponseEntity.accepted().body(loop.status(planId));
  }

  @GetMapping("/api/plans/{planId}/assurance")
  AssuranceLoop.Status status(@PathVariable String planId) {
    return loop.status(planId);
  }

  @ExceptionHandler(AssuranceLoop.AssuranceRequestException.class)
  ResponseEntity<ProblemDetail> refused(AssuranceLoop.AssuranceRequestException e) {
    var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setTitle(e.title());
    return ResponseEntity.status(e.status()).body(problem);
  }
}
