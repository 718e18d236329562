package uk.oic.actionplan.absence;

import org.springframework.http.HttpStatus;
import uk.oic.actionplan.web.RequestRefused;

/** An absence request refused before anything is stored. */
class AbsenceRefused extends RequestRefused {

  AbsenceRefused(HttpStatus status, String title, String detail) {
    super(status, title, detail);
  }

  static AbsenceRefused badRequest(String detail) {
    return new AbsenceRefused(HttpStatus.BAD_REQUEST, "Bad request", detail);
  }

  static AbsenceRefused notFound(String detail) {
    return new AbsenceRefused(HttpStatus.NOT_FOUND, "Not found", detail);
  }

  static AbsenceRefused conflict(String detail) {
    return new AbsenceRefused(HttpStatus.CONFLICT, "Conflict", detail);
  }
}
