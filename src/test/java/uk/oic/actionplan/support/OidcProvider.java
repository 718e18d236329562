package uk.oic.actionplan.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider in the test JVM (mock-oauth2-server) on a free port: discovery, JWKS,
 * an authorization endpoint whose login page takes any user name and claims (JSON), and tokens signed
 * with its keys. Each issuer id is an issuer of its own ({@code http://localhost:<port>/<id>}).
 *
 * <pre>{@code
 * static final OidcProvider PROVIDER = OidcProvider.start();
 * @DynamicPropertySource static void sso(DynamicPropertyRegistry registry) { PROVIDER.configure(registry); }
 * WebSession.bearer(port, PROVIDER.accessToken("jane", List.of(OidcProvider.AREA_1_GROUP)));
 * }</pre>
 */
public final class OidcProvider implements AutoCloseable {

  /** The issuer id the application trusts. */
  public static final String ISSUER_ID = "oic-test";
  /** The registration id in the application, and the provider's name on the login page. */
  public static final String REGISTRATION_ID = "mock";
  public static final String PROVIDER_NAME = "Test provider";
  public static final String CLIENT_ID = "oic-action-plan";
  public static final String CLIENT_SECRET = "test-client-secret";

  /** Group object ids at the provider, as Entra ID sends them, and the plan groups they are mapped to. */
  public static final String AREA_1_GROUP = "6f1f0a52-1c1d-4d7e-9c1a-0a0000000001";
  public static final String AREA_2_GROUP = "6f1f0a52-1c1d-4d7e-9c1a-0a0000000002";
  public static final String OPCC_GROUP = "6f1f0a52-1c1d-4d7e-9c1a-0a0000000003";
  public static final String ADMIN_GROUP = "6f1f0a52-1c1d-4d7e-9c1a-0a0000000004";
  public static final Map<String, String> GROUP_MAPPING = Map.of(
      AREA_1_GROUP, "area-1-owners",
      AREA_2_GROUP, "area-2-owners",
      OPCC_GROUP, "opcc-staff",
      ADMIN_GROUP, "camunda-admin");

  private final MockOAuth2Server server;

  private OidcProvider(MockOAuth2Server server) {
    this.server = server;
  }

  /** Starts a provider on a free port, with its interactive login page. */
  public static OidcProvider start() {
    var server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
    server.start();
    return new OidcProvider(server);
  }

  public String issuer() {
    return issuer(ISSUER_ID);
  }

  public String issuer(String issuerId) {
    return server.issuerUrl(issuerId).toString();
  }

  /** Single sign-on on, against this provider, with {@link #GROUP_MAPPING}. */
  public void configure(DynamicPropertyRegistry registry) {
    var registration = "spring.security.oauth2.client.registration." + REGISTRATION_ID + ".";
    registry.add("oic.sso.enabled", () -> "true");
    registry.add(registration + "client-id", () -> CLIENT_ID);
    registry.add(registration + "client-secret", () -> CLIENT_SECRET);
    registry.add(registration + "client-name", () -> PROVIDER_NAME);
    registry.add(registration + "scope", () -> "openid,profile,email");
    registry.add("spring.security.oauth2.client.provider." + REGISTRATION_ID + ".issuer-uri", this::issuer);
    GROUP_MAPPING.forEach((claim, group) -> registry.add("oic.sso.group-mapping." + claim, () -> group));
  }

  /** An access token of the trusted issuer for the application, valid for an hour. */
  public String accessToken(String userName, List<String> groups) {
    return token(ISSUER_ID, CLIENT_ID, claims(userName, groups), 3600);
  }

  /** The claims of a user: user name, names, e-mail and groups. */
  public static Map<String, Object> claims(String userName, List<String> groups) {
    var claims = new HashMap<String, Object>();
    claims.put("preferred_username", userName);
    claims.put("given_name", "Sam");
    claims.put("family_name", "Signed-On");
    claims.put("email", userName.replace('@', '.') + "@force.example");
    claims.put("groups", groups);
    return claims;
  }

  /** A token signed by the issuer's key; a negative expiry gives one that expired that long ago. */
  public String token(String issuerId, String audience, Map<String, Object> claims, long expirySeconds) {
    return token(issuerId, "subject-" + claims.getOrDefault("preferred_username", "none"), audience, claims, expirySeconds);
  }

  /** A token of the given subject, the provider's own name for the person. */
  public String token(String issuerId, String subject, String audience, Map<String, Object> claims, long expirySeconds) {
    return server.issueToken(issuerId, subject, audience, claims, expirySeconds).serialize();
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
