package uk.oic.actionplan.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered to a caller: its status, a short title and a sentence saying what happened,
 * written as problem details (RFC 9457). The body also carries the sentence as {@code message},
 * which is what the Camunda webapps (Tasklist, Cockpit) show to their user.
 *
 * @param retryAfter when the caller may try again (503 only), or null
 * @param errors what is wrong with each field of a refused form, by field, or empty
 */
public record Problem(int status, String title, String detail, Duration retryAfter, Map<String, String> errors) {

  public static Problem of(int status, String title, String detail) {
    return new Problem(status, title, detail, null, Map.of());
  }

  public static Problem retryAfter(int status, String title, String detail, Duration retryAfter) {
    return new Problem(status, title, detail, retryAfter, Map.of());
  }

  /** The JSON body. */
  public Map<String, Object> body() {
    var body = new LinkedHashMap<String, Object>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return body;
  }
}
