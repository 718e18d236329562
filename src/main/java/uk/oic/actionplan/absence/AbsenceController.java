package uk.oic.actionplan.absence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.oic.actionplan.identity.GroupAuthorities;

/**
 * Cover while away: {@code GET}, {@code PUT} and {@code DELETE /api/me/absence} for one's own absence,
 * and the same under {@code /api/users/{userId}/absence} for administrators (members of
 * {@code camunda-admin}) setting it for someone else. JSON, login required.
 */
@RestController
class AbsenceController {

  private final Absences absences;

  AbsenceController(Absences absences) {
    this.absences = absences;
  }

  /** An absence as the API shows it. */
  record View(String userId, String delegate, LocalDate from, LocalDate to, String status, String setBy,
      OffsetDateTime setAt, String endedBy, OffsetDateTime endedAt) {

    static View of(Absence a) {
      return a == null ? null : new View(a.userId(), a.delegateId(), a.from(), a.to(), a.status(), a.setBy(), a.setAt(),
          a.endedBy(), a.endedAt());
    }
  }

  /**
   * @param absence the current or coming absence, or null
   * @param covering the current and coming absences of others this user covers
   */
  record State(View absence, List<View> covering) {}

  @GetMapping("/api/me/absence")
  State mine(Authentication user) {
    return state(user.getName());
  }

  @PutMapping("/api/me/absence")
  State setMine(Authentication user, @RequestBody(required = false) Absences.Request request) {
    enabled();
    absences.set(user.getName(), request, user.getName());
    return state(user.getName());
  }

  @DeleteMapping("/api/me/absence")
  State endMine(Authentication user) {
    enabled();
    var ended = absences.end(user.getName(), user.getName());
    return new State(View.of(ended), covering(user.getName()));
  }

  @GetMapping("/api/users/{userId}/absence")
  State theirs(Authentication user, @PathVariable String userId) {
    administrator(user);
    known(userId);
    return state(userId);
  }

  @PutMapping("/api/users/{userId}/absence")
  State setTheirs(Authentication user, @PathVariable String userId,
      @RequestBody(required = false) Absences.Request request) {
    administrator(user);
    absences.set(userId, request, user.getName());
    return state(userId);
  }

  @DeleteMapping("/api/users/{userId}/absence")
  State endTheirs(Authentication user, @PathVariable String userId) {
    administrator(user);
    known(userId);
    var ended = absences.end(userId, user.getName());
    return new State(View.of(ended), covering(userId));
  }

  private State state(String userId) {
    enabled();
    return new State(absences.current(userId).map(View::of).orElse(null), covering(userId));
  }

  private List<View> covering(String userId) {
    return absences.covering(userId).stream().map(View::of).toList();
  }

  private void enabled() {
    if (!absences.enabled()) {
      throw AbsenceRefused.notFound("Cover while away is not enabled here.");
    }
  }

  private void administrator(Authentication user) {
    enabled();
    if (!GroupAuthorities.isMember(user, Groups.CAMUNDA_ADMIN)) {
      throw new AbsenceRefused(HttpStatus.FORBIDDEN, "Forbidden", "Only administrators may set someone else's absence.");
    }
  }

  private void known(String userId) {
    if (!absences.userExists(userId)) {
      throw AbsenceRefused.notFound("There is no user '" + userId + "'.");
    }
  }

  @ExceptionHandler(AbsenceRefused.class)
  ResponseEntity<ProblemDetail> refused(AbsenceRefused e) {
    var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setTitle(e.title());
    return ResponseEntity.status(e.status()).body(problem);
  }
}
