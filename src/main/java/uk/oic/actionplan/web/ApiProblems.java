package uk.oic.actionplan.web;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The application's own API and pages: errors that reach no narrower handler are answered as
 * {@link EngineFailures} decides (a lost race 409, a value too long 413, ...) and unreadable bodies
 * as 400, with problem details. Each controller's own handlers come first; this comes last.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems {

  @ExceptionHandler({ProcessEngineException.class, DataAccessException.class})
  ResponseEntity<Map<String, Object>> engine(RuntimeException error) {
    var problem = EngineFailures.problemFor(error).orElseThrow(() -> error);
    var response = ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (problem.retryAfter() != null) {
      response.header(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfter().toSeconds()));
    }
    return response.body(problem.body());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException error) {
    return answer(Problem.of(400, "Bad request",
        "The request body is not valid JSON of the expected shape (each field once, the right types, nothing after the end)."));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> badUpload(MultipartException error) {
    if (error instanceof MaxUploadSizeExceededException tooLarge) {
      throw tooLarge;
    }
    return answer(Problem.of(400, "Bad request", "The upload is not a valid multipart form."));
  }

  private static ResponseEntity<Map<String, Object>> answer(Problem problem) {
    return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.body());
  }
}
