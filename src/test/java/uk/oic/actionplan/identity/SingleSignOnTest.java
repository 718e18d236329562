package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.oic.actionplan.support.ProcessTestSupport;
import uk.oic.actionplan.support.OidcProvider;
import uk.oic.actionplan.support.WebSession;

/**
 * Single sign-on against a real OpenID Connect provider in the test JVM: programs call the engine's
 * REST API and the application's API with the provider's bearer tokens, and each call provisions the
 * user just in time with the groups their claims map to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "oic.test.application=sso")
@ActiveProfiles("test")
class SingleSignOnTest {

  static final OidcProvider PROVIDER = OidcProvider.start();

  private static final String PROCESS = "test-sso-two-areas";
  private static final String CYCLES = "/api/plans/hiow-oic-2025/assurance-cycles";

  @DynamicPropertySource
  static void singleSignOn(DynamicPropertyRegistry registry) {
    PROVIDER.configure(registry);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  @BeforeEach
  void oneTaskForAreaOneAndOneForAreaTwo() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      var model = ProcessTestSupport.areaOneAndAreaTwoTasks(PROCESS);
      repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
      runtimeService.startProcessInstanceByKey(PROCESS);
    }
  }

  @Test
  void aBearerTokenCallsTheEngineRestApiWithTheMappedGroups() {
    var owner = WebSession.bearer(port, PROVIDER.accessToken("jane.owner@force.example", List.of(OidcProvider.AREA_1_GROUP)));

    var tasks = owner.get("/engine-rest/task?processDefinitionKey=" + PROCESS);

    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).contains("Task_AreaOne").doesNotContain("Task_AreaTwo");
    var user = identityService.createUserQuery().userId("jane.owner_force.example").singleResult();
    assertThat(user.getFirstName()).isEqualTo("Sam");
    assertThat(user.getLastName()).isEqualTo("Signed-On");
    assertThat(user.getEmail()).isEqualTo("jane.owner.force.example@force.example");
    assertThat(user.getPassword()).isNull();
    assertThat(groupsOf("jane.owner_force.example")).containsExactly("area-1-owners");
  }

  @Test
  void aBearerTokenCallsTheApplicationsApiWithTheMappedGroupsAndNoCsrfToken() {
    var opcc = WebSession.bearer(port, PROVIDER.accessToken("olly.opcc", List.of(OidcProvider.OPCC_GROUP)));
    var started = opcc.postJson(CYCLES, "{\"reason\":\"Called by a program with a bearer token\"}");
    // the assurance controller answered (a cycle started, or the loop's own reason why not): no CSRF refusal
    assertThat(started.statusCode()).isIn(202, 409);
    assertThat(started.body()).containsAnyOf("\"cycleNumber\"", "Assurance loop not running", "Assurance cycle already running");

    var owner = WebSession.bearer(port, PROVIDER.accessToken("amy.owner", List.of(OidcProvider.AREA_1_GROUP)));
    var refused = owner.postJson(CYCLES, "{}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("OPCC staff only");
  }

  @Test
  void anAdministratorsGroupMapsToCamundaAdmin() {
    var admin = WebSession.bearer(port, PROVIDER.accessToken("ada.admin", List.of(OidcProvider.ADMIN_GROUP)));

    var tasks = admin.get("/engine-rest/task?processDefinitionKey=" + PROCESS);

    assertThat(tasks.body()).contains("Task_AreaOne", "Task_AreaTwo");
    assertThat(admin.get("/api/outbox").statusCode()).isEqualTo(200);
  }

  @Test
  void aClaimValueWithNoMappingGrantsNothing() {
    var stranger = WebSession.bearer(port, PROVIDER.accessToken("una.mapped",
        List.of("area-1-owners", "camunda-admin", "00000000-0000-0000-0000-000000000000")));

    var tasks = stranger.get("/engine-rest/task?processDefinitionKey=" + PROCESS);

    // signed in, as a user of no group: the engine API has nothing for them
    assertThat(tasks.statusCode()).isEqualTo(403);
    assertThat(tasks.body()).doesNotContain("Task_Area");
    assertThat(identityService.createUserQuery().userId("una.mapped").count()).isOne();
    assertThat(groupsOf("una.mapped")).isEmpty();
    assertThat(stranger.get("/api/outbox").statusCode()).isEqualTo(403);
    assertThat(stranger.postJson(CYCLES, "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void eachSignInSetsTheManagedMembershipsToTheClaimAndLeavesOtherGroupsAlone() {
    var user = "max.moves";
    call(PROVIDER.accessToken(user, List.of(OidcProvider.AREA_1_GROUP, OidcProvider.AREA_2_GROUP)));
    assertThat(groupsOf(user)).containsExactlyInAnyOrder("area-1-owners", "area-2-owners");
    // a group of the administrators' own, which single sign-on does not manage
    var bookClub = identityService.newGroup("book-club");
    identityService.saveGroup(bookClub);
    identityService.createMembership(user, "book-club");

    var claims = OidcProvider.claims(user, List.of(OidcProvider.AREA_2_GROUP));
    claims.put("given_name", "Maxine");
    var tasks = WebSession.bearer(port, PROVIDER.token(OidcProvider.ISSUER_ID, OidcProvider.CLIENT_ID, claims, 3600))
        .get("/engine-rest/task?processDefinitionKey=" + PROCESS);

    assertThat(groupsOf(user)).containsExactlyInAnyOrder("area-2-owners", "book-club");
    assertThat(tasks.body()).contains("Task_AreaTwo").doesNotContain("Task_AreaOne");
    assertThat(identityService.createUserQuery().userId(user).singleResult().getFirstName()).isEqualTo("Maxine");

    call(PROVIDER.accessToken(user, List.of()));
    assertThat(groupsOf(user)).containsExactly("book-club");
  }

  @Test
  void aUserIdStaysWithThePersonWhoFirstSignedInWithIt() {
    var claims = OidcProvider.claims("rita.reissued@force.example", List.of(OidcProvider.AREA_1_GROUP));
    var first = PROVIDER.token(OidcProvider.ISSUER_ID, "the-first-rita", OidcProvider.CLIENT_ID, claims, 3600);
    assertThat(WebSession.bearer(port, first).get("/engine-rest/task?processDefinitionKey=" + PROCESS).statusCode())
        .isEqualTo(200);

    // the same user name given later to another person at the provider (another subject)
    var second = PROVIDER.token(OidcProvider.ISSUER_ID, "the-second-rita", OidcProvider.CLIENT_ID, claims, 3600);
    var refused = WebSession.bearer(port, second).get("/engine-rest/task?processDefinitionKey=" + PROCESS);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h ->
        assertThat(h).contains("belongs to another person"));
    assertThat(WebSession.bearer(port, first).get("/engine-rest/task?processDefinitionKey=" + PROCESS).statusCode())
        .isEqualTo(200);

    // once an administrator deletes the leaver's user, the id goes to the next person given the name
    identityService.deleteUser("rita.reissued_force.example");
    assertThat(WebSession.bearer(port, second).get("/engine-rest/task?processDefinitionKey=" + PROCESS).statusCode())
        .isEqualTo(200);
    assertThat(WebSession.bearer(port, first).get("/engine-rest/task?processDefinitionKey=" + PROCESS).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aTokenWithoutTheGroupsClaimLeavesTheMembershipsAsTheyWere() {
    var user = "gus.groupless";
    call(PROVIDER.accessToken(user, List.of(OidcProvider.AREA_1_GROUP)));
    var claims = OidcProvider.claims(user, List.of());
    claims.remove("groups");
    claims.remove("email");
    var tasks = WebSession.bearer(port, PROVIDER.token(OidcProvider.ISSUER_ID, OidcProvider.CLIENT_ID, claims, 3600))
        .get("/engine-rest/task?processDefinitionKey=" + PROCESS);
    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).contains("Task_AreaOne");
    assertThat(groupsOf(user)).containsExactly("area-1-owners");
    assertThat(identityService.createUserQuery().userId(user).singleResult().getEmail())
        .as("a claim the token lacks leaves its field alone").isEqualTo("gus.groupless@force.example");
  }

  @Test
  void anIdTokenIsNoBearerToken() {
    var claims = OidcProvider.claims("ivy.idtoken", List.of(OidcProvider.ADMIN_GROUP));
    claims.put("nonce", "a-login-nonce");
    assertRefused(PROVIDER.token(OidcProvider.ISSUER_ID, OidcProvider.CLIENT_ID, claims, 3600));
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    var token = PROVIDER.token("another-issuer", OidcProvider.CLIENT_ID,
        OidcProvider.claims("eve.other", List.of(OidcProvider.ADMIN_GROUP)), 3600);
    assertRefused(token);
    assertThat(identityService.createUserQuery().userId("eve.other").count()).isZero();
  }

  @Test
  void anExpiredTokenIsRefused() {
    var token = PROVIDER.token(OidcProvider.ISSUER_ID, OidcProvider.CLIENT_ID,
        OidcProvider.claims("eve.expired", List.of(OidcProvider.ADMIN_GROUP)), -3600);
    assertRefused(token);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    var token = PROVIDER.token(OidcProvider.ISSUER_ID, "another-application",
        OidcProvider.claims("eve.audience", List.of(OidcProvider.ADMIN_GROUP)), 3600);
    assertRefused(token);
  }

  @Test
  void anUnsignedOrAlteredTokenIsRefused() {
    var claims = new JWTClaimsSet.Builder()
        .issuer(PROVIDER.issuer())
        .audience(OidcProvider.CLIENT_ID)
        .subject("eve")
        .claim("preferred_username", "eve.unsigned")
        .claim("groups", List.of(OidcProvider.ADMIN_GROUP))
        .issueTime(new Date())
        .expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
        .build();
    assertRefused(new PlainJWT(claims).serialize());

    // a real token whose payload was swapped for one with more groups
    var real = PROVIDER.accessToken("eve.altered", List.of()).split("\\.");
    var forged = com.nimbusds.jose.util.Base64URL.encode(claims.toString()).toString();
    assertRefused(real[0] + "." + forged + "." + real[2]);
  }

  @Test
  void theLocalAdministratorCannotBeTakenOverBySingleSignOn() {
    var token = PROVIDER.accessToken(DemoUsers.ADMIN_ID, List.of());

    var response = WebSession.bearer(port, token).get("/engine-rest/task");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h ->
        assertThat(h).contains("local account with a password"));
    assertThat(identityService.checkPassword(DemoUsers.ADMIN_ID, "demo")).isTrue();
    assertThat(groupsOf(DemoUsers.ADMIN_ID)).contains("camunda-admin");
    // nor a demo user with a password
    assertThat(WebSession.bearer(port, PROVIDER.accessToken("Area1.Owner", List.of())).get("/engine-rest/task")
        .statusCode()).isEqualTo(401);
    assertThat(groupsOf("area1.owner")).containsExactly("area-1-owners");
  }

  @Test
  void aUserNameThatCannotBeMadeAUserIdIsRefused() {
    assertThat(WebSession.bearer(port, PROVIDER.accessToken("@nobody", List.of(OidcProvider.AREA_1_GROUP)))
        .get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(WebSession.bearer(port, PROVIDER.accessToken("x".repeat(65), List.of()))
        .get("/engine-rest/task").statusCode()).isEqualTo(401);
    // the reason, naming the claim's value, still fits the WWW-Authenticate header
    var quoted = WebSession.bearer(port, PROVIDER.accessToken("\"Zoë\"", List.of())).get("/engine-rest/task");
    assertThat(quoted.statusCode()).isEqualTo(401);
    assertThat(quoted.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h ->
        assertThat(h).contains("cannot be used as a user id"));
  }

  @Test
  void theLoginPageOffersTheProvider() {
    var page = WebSession.anonymous(port).get("/login", "text/html");

    assertThat(page.body()).contains("Sign in with " + OidcProvider.PROVIDER_NAME,
        "/oauth2/authorization/" + OidcProvider.REGISTRATION_ID);
    // and the local accounts still sign in with their passwords
    assertThat(WebSession.basic(port, "demo", "demo").get("/engine-rest/task").statusCode()).isEqualTo(200);
  }

  @Test
  void eachLoginThroughTheProviderProvisionsTheUserAndTheNextLoginFollowsTheClaim() {
    var user = "lena.login";
    var first = signInThroughProvider(user, List.of(OidcProvider.AREA_1_GROUP, OidcProvider.OPCC_GROUP));
    assertThat(groupsOf(user)).containsExactlyInAnyOrder("area-1-owners", "opcc-staff");
    // the webapps know the user by the id and see the groups: Cockpit for OPCC staff
    assertThat(get(first, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    assertThat(get(first, "/camunda/api/admin/auth/user/default").body())
        .contains("\"userId\":\"" + user + "\"", "tasklist", "cockpit");

    var second = signInThroughProvider(user, List.of(OidcProvider.AREA_1_GROUP));

    assertThat(groupsOf(user)).containsExactly("area-1-owners");
    assertThat(get(second, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    assertThat(get(second, "/camunda/api/admin/auth/user/default").body())
        .contains("\"userId\":\"" + user + "\"", "tasklist").doesNotContain("cockpit");
    assertThat(get(second, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
  }

  @Test
  void aLoginAsTheLocalAdministratorIsRefusedWithTheReasonOnTheLoginPage() {
    var client = newBrowserlikeClient();
    var callback = authorizeAtProvider(client, DemoUsers.ADMIN_ID, List.of(OidcProvider.ADMIN_GROUP));

    var refused = send(client, HttpRequest.newBuilder(URI.create(callback)).GET());

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?sso-error"));
    assertThat(get(client, "/login?sso-error").body()).contains("&#39;demo&#39; is a local account with a password");
    assertThat(get(client, "/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
  }

  /** Signs in as a browser would, through the provider's login page; the client then holds the session. */
  private HttpClient signInThroughProvider(String userName, List<String> groups) {
    var client = newBrowserlikeClient();
    var callback = authorizeAtProvider(client, userName, groups);
    var signedIn = send(client, HttpRequest.newBuilder(URI.create(callback)).GET());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return client;
  }

  /** From "Sign in with ..." through the provider's login page; returns the callback the provider sends back to. */
  private String authorizeAtProvider(HttpClient client, String userName, List<String> groups) {
    var start = send(client, HttpRequest.newBuilder(URI.create(url("/oauth2/authorization/" + OidcProvider.REGISTRATION_ID))).GET());
    var authorize = start.headers().firstValue("Location").orElseThrow();
    assertThat(authorize).startsWith(PROVIDER.issuer());
    assertThat(send(client, HttpRequest.newBuilder(URI.create(authorize)).GET()).body()).contains("name=\"username\"");
    var claims = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(OidcProvider.claims(userName, groups));
    var form = "username=" + URLEncoder.encode(userName, StandardCharsets.UTF_8)
        + "&claims=" + URLEncoder.encode(claims, StandardCharsets.UTF_8);
    var loggedIn = send(client, HttpRequest.newBuilder(URI.create(authorize))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    var callback = loggedIn.headers().firstValue("Location").orElseThrow();
    assertThat(callback).startsWith(url("/login/oauth2/code/" + OidcProvider.REGISTRATION_ID));
    return callback;
  }

  private static HttpClient newBrowserlikeClient() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private HttpResponse<String> get(HttpClient client, String path) {
    return send(client, HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").GET());
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in with the token (a user of no group is then refused the call itself, after signing in). */
  private void call(String token) {
    assertThat(WebSession.bearer(port, token).get("/engine-rest/task").statusCode()).isIn(200, 403);
  }

  private void assertRefused(String token) {
    var program = WebSession.bearer(port, token);
    assertThat(program.get("/engine-rest/task?processDefinitionKey=" + PROCESS).statusCode()).isEqualTo(401);
    assertThat(program.get("/api/outbox").statusCode()).isEqualTo(401);
    assertThat(program.postJson(CYCLES, "{}").statusCode()).isEqualTo(401);
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
