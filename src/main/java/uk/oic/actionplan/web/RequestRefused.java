package uk.oic.actionplan.web;

import org.springframework.http.HttpStatus;

/**
 * A request a feature refuses before it changes anything, with the HTTP status and title its API
 * answers with and a detail for the caller. Each feature names its own kind (so its handlers and tests
 * catch only their own); what they carry is this.
 */
public abstract class RequestRefused extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  protected RequestRefused(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
