package uk.oic.actionplan.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;


/**
 * Single sign-on with OpenID Connect, switched on by {@value SsoProperties#ENABLED}: people sign in at
 * the provider from the login page ("Sign in with ..."), and programs call {@code /engine-rest} and
 * {@code /api} with the provider's bearer tokens (JWTs), besides HTTP Basic. Either way the user is
 * provisioned just in time ({@link SsoAccounts}) and holds the groups of the engine's identity service
 * as authorities, as after a password login.
 *
 * <p>A bearer token is accepted when signed by a key of its issuer's JWKS, issued by the issuer of one
 * of the client registrations, unexpired, and meant for this application (its audience).
 */
@Component
@ConditionalOnProperty(name = SsoProperties.ENABLED, havingValue = "true")
public class SingleSignOn {

  /** Where a refused single sign-on ends, the reason kept in the session for the login page. */
  static final String FAILURE_URL = "/login?sso-error";

  private static final Logger LOG = LoggerFactory.getLogger(SingleSignOn.class);
  private static final Pattern NOT_IN_HEADER = Pattern.compile("[^\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]");

  private final SsoAccounts accounts;
  private final JwtIssuerAuthenticationManagerResolver bearerTokens;

  SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, SsoAccounts accounts, SsoProperties properties) {
    this.accounts = accounts;
    var clients = clientRegistrations(registrations.getIfAvailable());
    if (clients.isEmpty()) {
      throw new IllegalStateException(SsoProperties.ENABLED + " is true but no provider is configured: set"
          + " spring.security.oauth2.client.registration.<id>.client-id, client-secret and scope, and"
          + " spring.security.oauth2.client.provider.<id>.issuer-uri (see README, Single sign-on)");
    }
    this.bearerTokens = bearerTokens(clients, properties.audiences());
  }

  /** The client registrations configured, in order. */
  static List<ClientRegistration> clientRegistrations(ClientRegistrationRepository repository) {
    var clients = new ArrayList<ClientRegistration>();
    if (repository instanceof Iterable<?> all) {
      all.forEach(r -> clients.add((ClientRegistration) r));
    }
    return clients;
  }

  /** {@code /engine-rest}: bearer tokens besides HTTP Basic. */
  void configurePrograms(HttpSecurity http) throws Exception {
    http.oauth2ResourceServer(server -> server.authenticationManagerResolver(bearerTokens));
  }

  /**
   * The application: "Sign in with ..." on the login page, and bearer tokens besides HTTP Basic on
   * {@code /api} (a bearer token anywhere else is not read).
   */
  void configureApplication(HttpSecurity http, String loginPage, RequestMatcher jsonApi) throws Exception {
    var headerReader = new DefaultBearerTokenResolver();
    BearerTokenResolver apiOnly = request -> jsonApi.matches(request) ? headerReader.resolve(request) : null;
    http
        .oauth2Login(login -> login
            .loginPage(loginPage)
            .defaultSuccessUrl("/", false)
            .failureHandler(new SimpleUrlAuthenticationFailureHandler(FAILURE_URL))
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers())))
        .oauth2ResourceServer(server -> server
            .authenticationManagerResolver(bearerTokens)
            .bearerTokenResolver(apiOnly));
  }

  /** Signs in the user of an ID token (with the provider's user info): provisioned, with their groups. */
  OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
    var provider = new OidcUserService();
    return request -> {
      var user = provider.loadUser(request);
      try {
        var account = accounts.signIn(user.getClaims());
        return new SsoUser(account.authorities(), user.getIdToken(), user.getUserInfo(), account.userId());
      } catch (SsoAccounts.SsoRefusedException e) {
        LOG.warn("Single sign-on refused: {}", e.getMessage());
        throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, e.getMessage(), null),
            e.getMessage());
      }
    };
  }

  /** The caller of a valid bearer token: provisioned, with their groups, named by their engine user id. */
  JwtAuthenticationToken bearerUser(Jwt jwt) {
    try {
      var account = accounts.signIn(jwt.getClaims());
      return new JwtAuthenticationToken(jwt, account.authorities(), account.userId());
    } catch (SsoAccounts.SsoRefusedException e) {
      LOG.warn("Bearer token refused: {}", e.getMessage());
      // the reason goes into the WWW-Authenticate header, which takes printable ASCII but quotes and backslashes
      throw new InvalidBearerTokenException(NOT_IN_HEADER.matcher(e.getMessage()).replaceAll("?"));
    }
  }

  private JwtIssuerAuthenticationManagerResolver bearerTokens(List<ClientRegistration> clients, List<String> audiences) {
    Map<String, AuthenticationManager> byIssuer = new HashMap<>();
    for (var client : clients) {
      var issuer = client.getProviderDetails().getIssuerUri();
      // a token is for this application when its audience is the client id of a registration of its own issuer
      var accepted = !audiences.isEmpty() ? audiences : clients.stream()
          .filter(c -> Objects.equals(issuer, c.getProviderDetails().getIssuerUri()))
          .map(ClientRegistration::getClientId).distinct().toList();
      var jwkSetUri = client.getProviderDetails().getJwkSetUri();
      if (issuer == null || jwkSetUri == null) {
        LOG.warn("Client registration {} has no issuer-uri: bearer tokens from it are not accepted", client.getRegistrationId());
        continue;
      }
      var decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
          .jwsAlgorithms(algorithms -> algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384,
              SignatureAlgorithm.RS512, SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512,
              SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512)))
          .build();
      decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
          JwtValidators.createDefaultWithIssuer(issuer),
          new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(accepted::contains)),
          // an ID token (it carries the login's nonce) proves a sign-in to the client, it does not grant access
          new JwtClaimValidator<Object>(IdTokenClaimNames.NONCE, nonce -> nonce == null)));
      var provider = new JwtAuthenticationProvider(decoder);
      provider.setJwtAuthenticationConverter(this::bearerUser);
      byIssuer.putIfAbsent(issuer, provider::authenticate);
    }
    return new JwtIssuerAuthenticationManagerResolver(byIssuer::get);
  }
}
