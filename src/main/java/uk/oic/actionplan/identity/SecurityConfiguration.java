package uk.oic.actionplan.identity;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.oic.actionplan.plan.PlanCatalog;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * One login for everything: Spring Security authenticates against the engine's identity service,
 * then hands the user to the engine (REST API) and to Tasklist, Cockpit and Admin, which check the
 * engine's authorizations for that user. Nothing answers without login but health, the login page,
 * the PCC's published statements and the calendar feeds (each read by the secret token in its URL).
 * With single sign-on ({@link SingleSignOn}), people may also sign in at the OpenID Connect provider
 * and programs may send its bearer tokens.
 */
@Configuration
class SecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest";
  /** Where the webapps send their own "log out" button. */
  static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";
  /** The users' calendar feeds, {@code /calendar/{token}.ics}. */
  static final String CALENDAR_FEEDS = "/calendar/*.ics";

  @Bean
  @Order(1)
  SecurityFilterChain engineRestApi(HttpSecurity http, ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
    // the REST API is for programs: HTTP Basic on every call, no session, no redirect to a page
    http
        .securityMatcher(antMatcher(ENGINE_REST + "/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("OIC action plan"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    // with single sign-on, the provider's bearer tokens too
    var sso = singleSignOn.getIfAvailable();
    if (sso != null) {
      sso.configurePrograms(http);
    }
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(HttpSecurity http, ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
    RequestMatcher jsonApi = antMatcher("/api/**");
    RequestMatcher webappApi = antMatcher("/camunda/api/**");
    http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(antMatcher("/login"), antMatcher("/webjars/**"), antMatcher("/css/**"), antMatcher("/assets/**"),
                antMatcher("/favicon.ico"), antMatcher("/error"),
                antMatcher("/actuator/health"), antMatcher("/actuator/health/**"))
            .permitAll()
            // the PCC's published statements are public: the latest, each earlier version and their PDFs
            // (nothing else under /published, and never a draft: those are read only by the plan's readers)
            .requestMatchers(antMatcher(HttpMethod.GET, "/published/*"), antMatcher(HttpMethod.GET, "/published/*/v/*"))
            .permitAll()
            // a user's calendar feed is read by their calendar program, which has no login: the secret token in
            // the URL stands for the user (package calendar); nothing else under /calendar
            .requestMatchers(antMatcher(HttpMethod.GET, CALENDAR_FEEDS), antMatcher(HttpMethod.HEAD, CALENDAR_FEEDS))
            .permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
        .httpBasic(Customizer.withDefaults())
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(antMatcher("/logout"), antMatcher(WEBAPP_LOGOUT)))
            .logoutSuccessUrl("/login?logout"))
        // the webapps send their own CSRF token (X-XSRF-TOKEN), checked by their own filter; programs
        // calling the JSON API with HTTP Basic send their credentials on every call, which a browser
        // never adds to a forged request here (/api never asks a browser for Basic credentials)
        .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**"), basicAuthenticated(jsonApi)))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                new OrRequestMatcher(jsonApi, webappApi)));
    // with single sign-on, "Sign in with ..." on the login page and the provider's bearer tokens on /api
    var sso = singleSignOn.getIfAvailable();
    if (sso != null) {
      sso.configureApplication(http, "/login", jsonApi);
    }
    return http.build();
  }

  /** Requests to the given paths that carry HTTP Basic credentials: programs, not browser sessions. */
  static RequestMatcher basicAuthenticated(RequestMatcher paths) {
    return request -> {
      var header = request.getHeader(HttpHeaders.AUTHORIZATION);
      return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && paths.matches(request);
    };
  }

  /** Hands the logged-in user, with the groups from the identity service, to the REST API. */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<Filter>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.setInitParameters(Map.of(
        "authentication-provider", ContainerBasedAuthenticationProvider.class.getName(),
        "rest-url-pattern-prefix", ENGINE_REST));
    registration.addUrlPatterns(ENGINE_REST + "/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /**
   * Refuses, after login and before the engine runs anything, the engine calls the caller's groups have
   * no business making, at both doors to the engine (see {@link EngineApiAllowList}).
   */
  @Bean
  FilterRegistrationBean<Filter> engineApiGuard(ProcessEngine processEngine, PlanCatalog plans) {
    var registration = new FilterRegistrationBean<Filter>(new EngineApiGuard(processEngine, plans));
    registration.setName("engine-api-guard");
    registration.addUrlPatterns(ENGINE_REST + "/*", EngineApiGuard.WEBAPP_ENGINE_API + "/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }

  /** Hands the logged-in user to Tasklist, Cockpit and Admin, which then check application access. */
  @Bean
  FilterRegistrationBean<Filter> webappAuthentication() {
    var registration = new FilterRegistrationBean<Filter>(new ContainerBasedAuthenticationFilter());
    registration.setName("webapp-authentication");
    registration.setInitParameters(Map.of(
        "authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
