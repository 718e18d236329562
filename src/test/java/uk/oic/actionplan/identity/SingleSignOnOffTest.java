package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.support.OidcProvider;
import uk.oic.actionplan.support.WebSession;

/**
 * With single sign-on off (the default, and the embedded demo), nothing of it exists: no provider on
 * the login page, no OAuth2 beans, and a bearer token, even a valid one, is not accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnOffTest {

  static final OidcProvider PROVIDER = OidcProvider.start();

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void noOAuth2BeanAndNoSingleSignOn() {
    assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
    assertThat(context.getBeanNamesForType(JwtDecoder.class)).isEmpty();
    assertThat(context.getBeanNamesForType(SingleSignOn.class)).isEmpty();
    assertThat(context.getBean(SignInProviders.class).all()).isEmpty();
  }

  @Test
  void theLoginPageOffersNoProvider() {
    var page = WebSession.anonymous(port).get("/login", "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("Sign in with", "/oauth2/authorization/");
    var start = WebSession.anonymous(port).get("/oauth2/authorization/" + OidcProvider.REGISTRATION_ID, "text/html");
    assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void aBearerTokenIsNotAccepted() {
    var program = WebSession.bearer(port, PROVIDER.accessToken(DemoUsers.ADMIN_ID, List.of(OidcProvider.ADMIN_GROUP)));

    var engine = program.get("/engine-rest/task");
    assertThat(engine.statusCode()).isEqualTo(401);
    assertThat(engine.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(program.get("/api/outbox").statusCode()).isEqualTo(401);
  }

  @Test
  void theOAuth2AutoConfigurationIsLeftOutUnlessSingleSignOnIsOn() {
    var names = new String[] {OAuth2ClientWebSecurityAutoConfiguration.class.getName(),
        OAuth2ResourceServerAutoConfiguration.class.getName(), SecurityAutoConfiguration.class.getName()};
    var filter = new SsoAutoConfigurationFilter();

    filter.setEnvironment(new MockEnvironment());
    assertThat(filter.match(names, null)).containsExactly(false, false, true);

    filter.setEnvironment(new MockEnvironment().withProperty(SsoProperties.ENABLED, "true"));
    assertThat(filter.match(names, null)).containsExactly(true, true, true);
  }
}
