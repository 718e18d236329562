package uk.oic.actionplan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * An HTTP client against a running application: anonymous, with HTTP Basic, or logged in through
 * the login page like a browser (session cookie and CSRF token).
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient client;
  private String basicAuth;

  private WebSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public static WebSession anonymous(int port) {
    return new WebSession("http://localhost:" + port);
  }

  public static WebSession basic(int port, String user, String password) {
    var session = new WebSession("http://localhost:" + port);
    session.basicAuth = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return session;
  }

  /** A program sending a bearer token (single sign-on) on every call. */
  public static WebSession bearer(int port, String token) {
    var session = new WebSession("http://localhost:" + port);
    session.basicAuth = "Bearer " + token;
    return session;
  }

  /** Logs in through the login form; fails if the login is refused. */
  public static WebSession login(int port, String user, String password) {
    var session = new WebSession("http://localhost:" + port);
    var page = session.get("/login");
    var token = CSRF.matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("No CSRF token on the login page");
    }
    var form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
    var response = session.send(HttpRequest.newBuilder(session.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    var location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("Login as " + user + " refused: " + response.statusCode() + " " + location);
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    return get(path, "application/json");
  }

  public HttpResponse<String> get(String path, String accept) {
    return send(authorized(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET()));
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(authorized(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(authorized(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json))));
  }

  public HttpResponse<String> delete(String path) {
    return send(authorized(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").DELETE()));
  }

  /**
   * Submits a form of a page as a browser would: reads the page for its CSRF token, then posts the
   * fields (URL-encoded) to {@code action}. Redirects are not followed.
   */
  public HttpResponse<String> submitForm(String page, String action, java.util.Map<String, String> fields) {
    var token = CSRF.matcher(get(page, "text/html").body());
    if (!token.find()) {
      throw new IllegalStateException("No CSRF token on " + page);
    }
    var form = new StringBuilder("_csrf=" + encode(token.group(1)));
    fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
    return send(authorized(HttpRequest.newBuilder(uri(action))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))));
  }

  /**
   * Posts the fields and one file as multipart/form-data, as a browser submits an upload form, with
   * the CSRF token found in {@code page} (none when the page has none).
   */
  public HttpResponse<String> postMultipart(String path, String page, java.util.Map<String, String> fields,
      String fileField, String fileName, byte[] content) {
    var boundary = "----oic" + java.util.UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    var all = new java.util.LinkedHashMap<>(fields);
    var token = CSRF.matcher(page);
    if (token.find()) {
      all.put("_csrf", token.group(1));
    }
    all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return send(authorized(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
  }

  private static void write(java.io.ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return basicAuth == null ? request : request.header("Authorization", basicAuth);
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
