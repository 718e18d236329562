package uk.oic.actionplan.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The evidence API's errors as problem details that say what was wrong. */
@RestControllerAdvice(assignableTypes = EvidenceApi.class)
class EvidenceProblems {

  /**
   * An append refused because the register was tampered with is a conflict with the register's state,
   * whichever of the application's REST endpoints caused the append.
   */
  @RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
  @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
  static class Tampered {

    @ExceptionHandler(EvidenceRegisterTamperedException.class)
    ProblemDetail tampered(EvidenceRegisterTamperedException e) {
      return problem(HttpStatus.CONFLICT, "Evidence register tampered with", e.getMessage());
    }
  }

  @ExceptionHandler(EvidenceNotFoundException.class)
  ProblemDetail notFound(EvidenceNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(EvidenceAccessDeniedException.class)
  ProblemDetail denied(EvidenceAccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
  }

  @ExceptionHandler(EvidenceRegisterTamperedException.class)
  ProblemDetail tampered(EvidenceRegisterTamperedException e) {
    return problem(HttpStatus.CONFLICT, "Evidence register tampered with", e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badInput(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    var expected = e.getRequiredType() == null ? "a valid value" : switch (e.getRequiredType().getSimpleName()) {
      case "LocalDate" -> "a date like 2026-01-31";
      case "Integer", "int" -> "a whole number";
      default -> "a valid value";
    };
    return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getName() + ": '" + e.getValue() + "' is not " + expected);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getParameterName() + ": must be given");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
