package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The assurance tasks as Tasklist reaches them: logged in as each demo person, through the webapps'
 * engine API with its CSRF header, the form, its variables and the submission, under the engine's
 * authorizations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssuranceTasklistTest extends AssuranceProcessTestSupport {

  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void eachPersonOpensTheirFormAndSubmitsIt_othersCannot() throws Exception {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    var opcc = new Tasklist(OPCC);
    var lead = new Tasklist(LEAD);
    var pcc = new Tasklist(PCC);
    var owner = new Tasklist("area1.owner");

    var requestTask = task("rec-8", "Task_RequestAssurance").getId();
    var form = opcc.get("/task/" + requestTask + "/deployed-form");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(json.readTree(form.body()).path("id").asText()).isEqualTo("oic-assurance-request");
    var variables = json.readTree(opcc.get("/task/" + requestTask + "/form-variables").body());
    assertThat(variables.path("recommendationSummary").path("value").asText()).startsWith("Rec 8: Hydra training");
    assertThat(variables.path("planTitle").path("value").asText()).isEqualTo("Organised immigration crime action plan");

    assertThat(owner.get("/task?processInstanceId=" + loop.getId()).body()).isEqualTo("[]");
    assertThat(submit(owner, requestTask, "{\"assuranceRequest\":{\"value\":\"Not mine to ask\"}}")).isEqualTo(403);
    assertThat(submit(lead, requestTask, "{\"assuranceRequest\":{\"value\":\"Not mine to ask\"}}")).isEqualTo(403);

    assertThat(submit(opcc, requestTask, "{\"assuranceRequest\":{\"value\":\"Completion figures by role, please.\"}}")).isEqualTo(204);
    var reportTask = task("rec-8", "Task_ProvideAssuranceReport").getId();
    var reportForm = json.readTree(lead.get("/task/" + reportTask + "/form-variables").body());
    assertThat(reportForm.path("linkedAreaStatus").path("value").asText()).isEqualTo("Area 7 (Hydra training): not started.");
    assertThat(reportForm.path("assuranceRequest").path("value").asText()).isEqualTo("Completion figures by role, please.");
    assertThat(reportForm.path("pccAsk1").path("value").asText())
        .isEqualTo("Completion of the Hydra training package on organised immigration crime is mandatory for all relevant personnel.");
    assertThat(reportForm.path("pccAsk2").path("value").asText()).isEmpty();
    // the force no longer grades itself: the OPCC does
    assertThat(submit(lead, reportTask, "{\"reportNarrative\":{\"value\":\"91% of relevant personnel have completed Hydra.\"},"
        + "\"reportConfidence\":{\"value\":\"SUBSTANTIAL\"},\"reportEvidenceReferences\":{\"value\":\"EV-2026-0042\"},"
        + "\"askAnswer1\":{\"value\":\"Mandated by the Training Prioritisation Board in March.\"}}")).isEqualTo(400);
    assertThat(submit(lead, reportTask, "{\"reportNarrative\":{\"value\":\"91% of relevant personnel have completed Hydra.\"},"
        + "\"reportEvidenceReferences\":{\"value\":\"EV-2026-0042\"},"
        + "\"askAnswer1\":{\"value\":\"Mandated by the Training Prioritisation Board in March.\"}}")).isEqualTo(204);

    // a chief officer endorses the report for the force; nobody else may
    var endorseTask = task("rec-8", "Task_EndorseAssuranceReport").getId();
    var chief = new Tasklist(CHIEF);
    var endorseForm = chief.get("/task/" + endorseTask + "/deployed-form");
    assertThat(json.readTree(endorseForm.body()).path("id").asText()).isEqualTo("oic-assurance-endorse");
    assertThat(json.readTree(chief.get("/task/" + endorseTask + "/form-variables").body()).path("askAnswer1").path("value").asText())
        .isEqualTo("Mandated by the Training Prioritisation Board in March.");
    assertThat(submit(lead, endorseTask, "{\"endorsementDecision\":{\"value\":\"ENDORSE\"}}"))
        .as("the strategic lead cannot endorse their own report").isEqualTo(403);
    assertThat(submit(opcc, endorseTask, "{\"endorsementDecision\":{\"value\":\"ENDORSE\"}}")).isEqualTo(403);
    assertThat(submit(chief, endorseTask, "{\"endorsementDecision\":{\"value\":\"ENDORSE\"}}")).isEqualTo(204);

    var reviewTask = task("rec-8", "Task_ReviewAssurance").getId();
    var reviewForm = json.readTree(opcc.get("/task/" + reviewTask + "/form-variables").body());
    assertThat(reviewForm.path("askAnswer1").path("value").asText()).isEqualTo("Mandated by the Training Prioritisation Board in March.");
    assertThat(submit(opcc, reviewTask, "{\"reviewDecision\":{\"value\":\"ASSURED\"},"
        + "\"reviewRationale\":{\"value\":\"Above the 90% target.\"},\"recommendDischarge\":{\"value\":true,\"type\":\"Boolean\"}}"))
        .as("the review grades the assurance").isEqualTo(400);
    assertThat(submit(opcc, reviewTask, "{\"reviewDecision\":{\"value\":\"ASSURED\"},"
        + "\"reviewRationale\":{\"value\":\"Above the 90% target.\"},\"recommendDischarge\":{\"value\":true,\"type\":\"Boolean\"},"
        + "\"assuranceGrade\":{\"value\":\"SUBSTANTIAL\"},"
        + "\"gradeRationale\":{\"value\":\"Completion is above target and the mandate is in place.\"}}")).isEqualTo(204);

    var signOffTask = task("rec-8", "Task_SignOffRecommendation").getId();
    assertThat(submit(opcc, signOffTask, "{\"signOffDecision\":{\"value\":\"DISCHARGE\"},\"signOffReasons\":{\"value\":\"Not the PCC\"}}"))
        .as("OPCC staff who are not the PCC cannot sign off").isEqualTo(403);
    assertThat(submit(pcc, signOffTask, "{\"signOffDecision\":{\"value\":\"DISCHARGE\"},"
        + "\"signOffReasons\":{\"value\":\"Target met and sustained.\"}}")).isEqualTo(204);

    assertThat(evidenceFor("rec-8")).extracting(Evidence::kind, Evidence::user).containsExactly(
        tuple("DECISION", OPCC), tuple("ASSURANCE_REPORT", LEAD), tuple("DECISION", CHIEF), tuple("DECISION", OPCC),
        tuple("SIGN_OFF", PCC));
    assertThat(discharged().find("rec-8")).hasValueSatisfying(d -> assertThat(d.dischargedBy()).isEqualTo(PCC));
  }

  private static int submit(Tasklist session, String taskId, String variables) {
    return session.post("/task/" + taskId + "/submit-form", "{\"variables\":" + variables + "}").statusCode();
  }

  /** A browser logged in through the login page, calling the engine API the way Tasklist does. */
  final class Tasklist {
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    Tasklist(String user) throws Exception {
      var page = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
      var token = LOGIN_CSRF.matcher(page);
      assertThat(token.find()).isTrue();
      var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&_csrf="
          + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
      send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(ENGINE_API + path)).header("Accept", "application/json").GET());
    }

    HttpResponse<String> post(String path, String body) {
      get("/task/count"); // the webapps hand out their CSRF token with every answer
      var token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow();
      return send(HttpRequest.newBuilder(uri(ENGINE_API + path)).header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
