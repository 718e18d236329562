package uk.oic.actionplan.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** A browser logged in through the login page that posts forms with files, taking the CSRF token from the page. */
final class BrowserSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient client = HttpClient.newBuilder()
      .cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private BrowserSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  static BrowserSession login(int port, String user, String password) {
    var session = new BrowserSession(port);
    var token = csrf(session.get("/login").body());
    var form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token);
    var response = session.send(HttpRequest.newBuilder(session.uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Login as " + user + " refused");
    }
    return session;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
  }

  /** Posts the fields and one file as multipart/form-data, with the CSRF token found in {@code page}, if any. */
  HttpResponse<String> postMultipart(String path, String page, Map<String, String> fields, String fileField,
      String fileName, byte[] content) {
    var boundary = "----evidence" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
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
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String csrf(String page) {
    var token = CSRF.matcher(page);
    if (!token.find()) {
      throw new IllegalStateException("No CSRF token on the page");
    }
    return token.group(1);
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
