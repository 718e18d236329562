package uk.oic.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanStarter;

/**
 * Hundreds of malformed requests at every door of the running application - its own API, its
 * pages, the evidence upload page, the engine's REST API and the webapps' engine API that Tasklist
 * uses - as a careless or hostile client would send them. None may be answered with a server
 * error, none that writes may succeed, and nothing may be stored: every table holds the same rows
 * afterwards, with the same revisions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "oic.test.application=malformed")
@ActiveProfiles("test")
class MalformedRequestsIT {

  static final String PLAN_ID = "hiow-oic-2025";
  static final String ADMIN = "demo";
  static final String OWNER = "area1.owner";
  static final String OPCC = "opcc.officer";
  static final String ENGINE_REST = "/engine-rest";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired PlanStarter planStarter;
  @Autowired PlanCatalog plans;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  /**
   * One request: what it is, and whether the door must refuse it (a write) or merely not fail. Two
   * pseudo-methods: {@code FORM} posts the body as a browser form without the page's CSRF token, and
   * {@code MULTIPART} posts the upload page's form with its token, where {@code contentType} carries
   * the form's task id, title and file name (one per line) and {@code body} the file.
   */
  record Call(String label, String user, String method, String path, String contentType, byte[] body, boolean write) {}

  final List<Call> calls = new ArrayList<>();

  @Test
  void malformedRequestsAreRefusedWithoutAServerErrorAndStoreNothing() throws Exception {
    ClockUtil.reset();
    var planInstance = planStarter.startIfNeverStarted(plans.find(PLAN_ID).orElseThrow()).orElseThrow();
    var open = areaTask("area-1", "Task_AgreeDeliveryPlan");
    var finished = areaTask("area-2", "Task_AgreeDeliveryPlan");
    completeDeliveryPlan(finished, "area-2-owners", "area2.owner");
    var openArea = open.getProcessInstanceId();

    engineCalls(ENGINE_REST, ADMIN, List.of(open.getId(), finished.getId(), "no-such-task"), List.of(openArea, "no-such-instance"));
    engineCalls(WEBAPP_ENGINE, OWNER, List.of(open.getId(), finished.getId(), "no-such-task"), List.of(openArea, "no-such-instance"));
    applicationApiCalls();
    pageCalls();
    uploadCalls(open.getId());
    oddPaths();

    var before = snapshot();
    var sessions = new Sessions();
    var statuses = new TreeMap<Integer, Integer>();
    var failures = new ArrayList<String>();
    for (var call : calls) {
      var response = sessions.send(call);
      statuses.merge(response.statusCode(), 1, Integer::sum);
      if (response.statusCode() >= 500 || call.write() && response.statusCode() < 400) {
        failures.add(response.statusCode() + " " + call.label() + " " + call.method() + " " + call.path()
            + " -> " + abbreviate(response.body()));
      }
    }
    var after = snapshot();

    System.out.printf("Malformed requests: %d sent, answered %s, %d x 5xx, %d writes accepted%n", calls.size(), statuses,
        statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum(),
        failures.stream().filter(f -> !f.startsWith("5")).count());
    assertThat(calls).hasSizeGreaterThanOrEqualTo(500);
    assertThat(failures).as("requests answered with a server error, or writes that were accepted").isEmpty();
    assertThat(after).as("rows and revisions of every table").isEqualTo(before);
    assertThat(taskService.createTaskQuery().taskId(open.getId()).singleResult()).as("the open task is still open").isNotNull();
    assertThat(planInstance).isNotBlank();
  }

  // --- the engine's REST API and the webapps' engine API --------------------------------------------

  private void engineCalls(String door, String user, List<String> taskIds, List<String> instanceIds) {
    var longText = "x".repeat(5_000);
    var hugeText = "y".repeat(3 * 1024 * 1024);
    var serialized = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x74, 0, 1, 0x41});
    var values = new LinkedHashMap<String, String>();
    values.put("wrong type for Integer", "{\"value\":\"abc\",\"type\":\"Integer\"}");
    values.put("wrong type for Long", "{\"value\":\"1.5e400\",\"type\":\"Long\"}");
    values.put("wrong type for Boolean", "{\"value\":\"yes\",\"type\":\"Boolean\"}");
    values.put("bad date", "{\"value\":\"31/12/2025\",\"type\":\"Date\"}");
    values.put("bad JSON variable", "{\"value\":\"{not json\",\"type\":\"Json\"}");
    values.put("bad base64 bytes", "{\"value\":\"***\",\"type\":\"Bytes\"}");
    values.put("unknown type", "{\"value\":\"x\",\"type\":\"NoSuchType\"}");
    values.put("serialized Java object", "{\"value\":\"" + serialized + "\",\"type\":\"Object\",\"valueInfo\":"
        + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");
    values.put("File without valueInfo", "{\"value\":\"aGVsbG8=\",\"type\":\"File\"}");
    values.put("5,000-character text", "{\"value\":\"" + longText + "\",\"type\":\"String\"}");

    var bodies = new LinkedHashMap<String, String>();
    values.forEach((label, value) -> bodies.put(label, "{\"variables\":{\"deliveryPlanSummary\":" + value + "}}"));
    // wrong for the task's rules rather than for the engine: refused by the completion check
    bodies.put("object for a text field", "{\"variables\":{\"deliveryPlanSummary\":{\"value\":{\"a\":1},\"type\":\"String\"}}}");
    bodies.put("NUL in text", "{\"variables\":{\"deliveryPlanSummary\":{\"value\":\"a\\u0000b\",\"type\":\"String\"}}}");
    bodies.put("truncated JSON", "{\"variables\":");
    bodies.put("variables as an array", "{\"variables\":[1,2]}");
    bodies.put("body as an array", "[]");
    bodies.put("body as a number", "42");
    bodies.put("empty object as a value", "{\"variables\":{\"deliveryPlanSummary\":{}}}");

    var huge = "{\"value\":\"" + hugeText + "\",\"type\":\"String\"}";
    json(door + " complete with a 3 MB text", user, "POST", door + "/task/" + taskIds.get(0) + "/complete",
        "{\"variables\":{\"deliveryPlanSummary\":" + huge + "}}");
    json(door + " set a 3 MB task variable", user, "PUT", door + "/task/" + taskIds.get(0) + "/variables/deliveryPlanSummary", huge);
    for (var task : taskIds) {
      for (var operation : List.of("complete", "submit-form")) {
        bodies.forEach((label, body) -> json(door + " " + operation + " " + label, user, "POST",
            door + "/task/" + task + "/" + operation, body));
        add(door + " " + operation + " as text", user, "POST", door + "/task/" + task + "/" + operation, "text/plain",
            "variables".getBytes(StandardCharsets.UTF_8), true);
      }
      values.forEach((label, value) -> json(door + " set task variable " + label, user, "PUT",
          door + "/task/" + task + "/variables/deliveryPlanSummary", value));
      values.forEach((label, value) -> json(door + " modify task variables " + label, user, "POST",
          door + "/task/" + task + "/variables", "{\"modifications\":{\"deliveryPlanSummary\":" + value + "}}"));
    }
    for (var task : taskIds.subList(1, taskIds.size())) {
      json(door + " claim a task that is not open", user, "POST", door + "/task/" + task + "/claim", "{\"userId\":\"" + user + "\"}");
    }
    json(door + " comment on a task that does not exist", user, "POST", door + "/task/no-such-task/comment/create",
        "{\"message\":\"" + longText + "\"}");
    for (var instance : instanceIds) {
      values.forEach((label, value) -> json(door + " set instance variable " + label, user, "PUT",
          door + "/process-instance/" + instance + "/variables/planTitle", value));
    }
    for (var query : List.of("maxResults=abc", "firstResult=-5", "sortBy=nope&sortOrder=up", "dueBefore=tomorrow",
        "processVariables=a_eq", "candidateGroup=%00", "maxResults=99999999999999999999")) {
      add(door + " task query " + query, user, "GET", door + "/task?" + query, null, null, false);
    }
    json(door + " start an unknown process", user, "POST", door + "/process-definition/key/no-such-process/start", "{}");
    json(door + " retries of an unknown job", user, "PUT", door + "/job/no-such-job/retries", "{\"retries\":\"three\"}");
    json(door + " correlate with a number for a name", user, "POST", door + "/message", "{\"messageName\":{\"a\":1}}");
  }

  // --- the application's own API -------------------------------------------------------------------

  private void applicationApiCalls() {
    var bodies = new LinkedHashMap<String, String>();
    bodies.put("duplicate key", "{\"reason\":\"a\",\"reason\":\"b\"}");
    bodies.put("truncated", "{\"reason\":\"a\"");
    bodies.put("trailing tokens", "{\"reason\":\"a\"} {}");
    bodies.put("array", "[{\"reason\":\"a\"}]");
    bodies.put("string literal", "\"a\"");
    bodies.put("object for a text", "{\"reason\":{\"a\":1}}");
    bodies.put("array for a text", "{\"reason\":[\"a\"]}");
    bodies.put("not JSON", "reason=a");
    bodies.put("bad escape", "{\"reason\":\"\\q\"}");
    bodies.put("bad UTF-8", new String(new byte[] {'{', '"', 'r', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'},
        StandardCharsets.ISO_8859_1));
    var paths = List.of("/api/plans/" + PLAN_ID + "/assurance-cycles",
        "/api/plans/" + PLAN_ID + "/recommendations/rec-2/reopenings",
        "/api/plans/no-such-plan/assurance-cycles",
        "/api/plans/" + PLAN_ID + "/recommendations/no-such-rec/reopenings");
    for (var path : paths) {
      bodies.forEach((label, body) -> add("api " + label, OPCC, "POST", path, "application/json",
          body.getBytes(label.equals("bad UTF-8") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8), true));
      add("api as XML", OPCC, "POST", path, "application/xml", "<reason>a</reason>".getBytes(StandardCharsets.UTF_8), true);
      add("api as text", OPCC, "POST", path, "text/plain", "a".getBytes(StandardCharsets.UTF_8), true);
      add("api with a form", OPCC, "POST", path, "application/x-www-form-urlencoded", "reason=a".getBytes(StandardCharsets.UTF_8), true);
      add("api wrong method", OPCC, "PUT", path, "application/json", "{}".getBytes(StandardCharsets.UTF_8), true);
      add("api wrong method", OPCC, "DELETE", path, null, null, true);
    }
    for (var query : List.of("page=abc", "page=-1", "size=0", "size=100000", "page=99999999999", "size=abc",
        "kind=NO_SUCH_KIND", "planId=%00", "from=notadate", "to=2026-13-45", "recommendation=" + "r".repeat(3000))) {
      for (var path : List.of("/api/evidence", "/api/escalations", "/api/notifications", "/api/outbox", "/api/plans")) {
        add("api query " + query, OPCC, "GET", path + "?" + query, null, null, false);
      }
    }
    for (var id : List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%20", "%00x")) {
      add("evidence entry " + id, OPCC, "GET", "/api/evidence/" + id, null, null, false);
      add("evidence attachment " + id, OPCC, "GET", "/api/evidence/" + id + "/attachment", null, null, false);
      add("plan " + id, OPCC, "GET", "/api/plans/" + id, null, null, false);
      add("assurance " + id, OPCC, "GET", "/api/plans/" + id + "/assurance", null, null, false);
    }
  }

  // --- the pages ---------------------------------------------------------------------------------------

  private void pageCalls() {
    for (var plan : List.of("no-such-plan", "%00", "a".repeat(3000), "%3Cscript%3E")) {
      for (var page : List.of("", "/areas/1", "/recommendations/rec-2", "/export.csv", "/export.xlsx", "/report.pdf")) {
        add("page " + page, OPCC, "GET", "/plans/" + plan + page, null, null, false);
      }
    }
    for (var area : List.of("abc", "0", "10", "-1", "99999999999", "1.5")) {
      add("area page " + area, OPCC, "GET", "/plans/" + PLAN_ID + "/areas/" + area, null, null, false);
    }
    for (var table : List.of("nope", "", "%00", "evidence,areas", "EVIDENCE")) {
      add("export table " + table, OPCC, "GET", "/plans/" + PLAN_ID + "/export.csv?table=" + table, null, null, false);
    }
    for (var form : List.of("", "reason=a", "reason=%ZZ", "_csrf=wrong&reason=a")) {
      add("assurance page form without its token", OPCC, "FORM", "/plans/" + PLAN_ID + "/assurance-cycles",
          "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), true);
      add("reopen page form without its token", OPCC, "FORM", "/plans/" + PLAN_ID + "/recommendations/rec-2/reopenings",
          "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), true);
    }
  }

  // --- the evidence upload page ------------------------------------------------------------------

  private void uploadCalls(String openTask) {
    var path = "/evidence/new";
    add("upload without boundary", OWNER, "POST", path, "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8), true);
    add("upload with a broken boundary", OWNER, "POST", path, "multipart/form-data; boundary=abc",
        "--abc\r\nContent-Disposition: form-data; name=\"taskId\"\r\n\r\nx".getBytes(StandardCharsets.UTF_8), true);
    add("upload as JSON", OWNER, "POST", path, "application/json", "{}".getBytes(StandardCharsets.UTF_8), true);
    add("upload as a form", OWNER, "POST", path, "application/x-www-form-urlencoded",
        ("taskId=" + openTask).getBytes(StandardCharsets.UTF_8), true);
    var names = List.of("a\u0000.pdf", "../../etc/passwd", "n".repeat(5_000) + ".pdf", "", "evil.exe", ".pdf", "a\r\nb.pdf");
    var tasks = List.of(openTask, "no-such-task", "");
    for (var task : tasks) {
      for (var name : names) {
        add("upload file named " + name.length() + " chars", OWNER, "MULTIPART", path,
            task + "\n" + "Minutes" + "\n" + name, "%PDF-1.4 minutes".getBytes(StandardCharsets.UTF_8), true);
      }
      add("upload with a 100,000-character title", OWNER, "MULTIPART", path,
          task + "\n" + "t".repeat(100_000) + "\nminutes.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), true);
      add("upload with no title", OWNER, "MULTIPART", path, task + "\n\nminutes.pdf",
          "%PDF-1.4".getBytes(StandardCharsets.UTF_8), true);
    }
    for (var task : List.of("no-such-task", "%00", "a".repeat(3000), "%27%3B--")) {
      add("upload page for task " + task.length(), OWNER, "GET", path + "?taskId=" + task, null, null, false);
    }
  }

  // --- paths that are not plain --------------------------------------------------------------------

  private void oddPaths() {
    for (var user : new String[] {null, OWNER}) {
      for (var path : List.of("/camunda/api;x=1/engine/engine/default/task", "/camunda/api//engine/engine/default/task",
          "/camunda/api/engine/engine/default/../default/task", "/camunda/api/./engine/engine/default/task",
          "/engine-rest;x=1/task", "/engine-rest//task", "/api;x=1/plans", "/api//plans", "/api/plans/%2e%2e",
          "/api/plans/%2F", "/plans/..;/api/plans", "/camunda/app/tasklist/%2e%2e/default/", "/api/plans%00",
          "/camunda/api/engine/engine/default/task%5C..", "/actuator/health;x=1", "/;/api/plans", "/evidence/new;jsessionid=1")) {
        add("odd path", user, "GET", path, null, null, false);
        add("odd path", user, "POST", path, "application/json", "{}".getBytes(StandardCharsets.UTF_8), true);
      }
    }
  }

  // --- set-up and state -------------------------------------------------------------------------------

  private Task areaTask(String area, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(PLAN_ID + "/" + area).taskDefinitionKey(key).singleResult();
  }

  private void completeDeliveryPlan(Task task, String group, String user) {
    var today = LocalDate.now(ZoneOffset.UTC);
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), Map.of(
          "deliveryPlanSummary", "Referral procedure embedded and audited",
          "deliveryMilestones", "Procedure published; head of crime; " + today.plusDays(30),
          "targetDate", today.plusDays(60).toString()));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Every table's rows, by id and revision where it has them, else their number. */
  private Map<String, Object> snapshot() {
    var state = new TreeMap<String, Object>();
    for (var table : jdbc.queryForList(
        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'",
        String.class)) {
      if (table.equals("ACT_GE_PROPERTY") || table.equals("ACT_RU_METER_LOG") || table.equals("ACT_RU_TASK_METER_LOG")) {
        continue; // the engine's id block and usage metrics move on their own
      }
      var columns = jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
          + "AND TABLE_NAME = ?", String.class, table);
      if (columns.contains("ID_") && columns.contains("REV_")) {
        state.put(table, jdbc.queryForList("SELECT ID_ || ':' || REV_ FROM \"" + table + "\" ORDER BY ID_", String.class));
      } else {
        state.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
      }
    }
    return state;
  }

  private void json(String label, String user, String method, String path, String body) {
    add(label, user, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), true);
  }

  private void add(String label, String user, String method, String path, String contentType, byte[] body, boolean write) {
    calls.add(new Call(label, user, method, path, contentType, body, write));
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** One logged-in browser session per user, sending each call as that user would. */
  final class Sessions {
    private final Map<String, HttpClient> clients = new LinkedHashMap<>();
    private final Map<String, CookieManager> cookies = new LinkedHashMap<>();
    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(Call call) throws Exception {
      if (call.user() == null) {
        return anonymous.send(request(call, null).build(), HttpResponse.BodyHandlers.ofString());
      }
      if (call.user().equals(ADMIN) && call.path().startsWith(ENGINE_REST)) {
        var basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":demo").getBytes(StandardCharsets.UTF_8));
        return anonymous.send(request(call, null).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
      }
      var client = client(call.user());
      return client.send(request(call, call.user()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(Call call, String user) throws Exception {
      var uri = URI.create("http://localhost:" + port + call.path());
      var request = HttpRequest.newBuilder(uri).header("Accept", "application/json");
      if (call.method().equals("MULTIPART")) {
        var parts = call.contentType().split("\n", -1);
        var boundary = "----oicMalformed";
        var body = new java.io.ByteArrayOutputStream();
        var fields = new LinkedHashMap<String, String>();
        fields.put("_csrf", pageToken(user, "/evidence/new"));
        fields.put("taskId", parts[0]);
        fields.put("title", parts[1]);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
            + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + parts[2]
            + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(call.body());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
      }
      if (call.method().equals("FORM")) {
        return request.header("Content-Type", call.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(call.body()));
      }
      if (user != null && !call.method().equals("GET")) {
        if (call.path().startsWith("/camunda/")) {
          request.header("X-XSRF-TOKEN", webappToken(user));
        } else {
          request.header("X-CSRF-TOKEN", pageToken(user, "/plans/" + PLAN_ID));
        }
      }
      if (call.contentType() != null) {
        request.header("Content-Type", call.contentType());
      }
      var body = call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(call.body());
      return request.method(call.method(), body);
    }

    private HttpClient client(String user) throws Exception {
      if (!clients.containsKey(user)) {
        var cookieManager = new CookieManager();
        var client = HttpClient.newBuilder().cookieHandler(cookieManager).followRedirects(HttpClient.Redirect.NEVER).build();
        var login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString()).body();
        var token = FORM_CSRF.matcher(login);
        assertThat(token.find()).isTrue();
        var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        clients.put(user, client);
        cookies.put(user, cookieManager);
      }
      return clients.get(user);
    }

    private final Map<String, String> tokens = new LinkedHashMap<>();

    /** The CSRF token of the user's session (one per session), as a page gives it. */
    private String pageToken(String user, String page) throws Exception {
      if (tokens.containsKey(user)) {
        return tokens.get(user);
      }
      var body = client(user).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
          .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
      var token = FORM_CSRF.matcher(body);
      tokens.put(user, token.find() ? token.group(1) : "");
      return tokens.get(user);
    }

    private String webappToken(String user) throws Exception {
      var known = cookies.containsKey(user) ? cookies.get(user).getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst() : java.util.Optional.<String>empty();
      if (known.isPresent()) {
        return known.get();
      }
      client(user).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + WEBAPP_ENGINE + "/task/count"))
          .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
      return cookies.get(user).getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElse("");
    }
  }
}
