package uk.oic.actionplan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: refuses requests whose shape is wrong before anything else sees them.
 *
 * <p>Paths that are not plain: path parameters
 * ({@code /camunda/api;x=1/...}), empty or dot segments ({@code //}, {@code /./}, {@code /../}),
 * encoded slashes, backslashes, dots or control characters. The servlet container normalises such a
 * path to pick a servlet but leaves the raw one for the filters, which then disagree about what was
 * asked (the webapps' API answered 500). No page or API of the application needs one, so they get
 * 400.
 *
 * <p>Uploads the server cannot read: Tomcat reads a multipart body when the first filter asks for a
 * parameter (the CSRF check) and throws there, outside any controller, for a file name with a NUL
 * in it. Such a request gets 400 rather than 500.
 */
@Configuration(proxyBeanMethods = false)
class RequestShape {

  private static final List<String> REFUSED = List.of(";", "//", "/./", "/../", "\\", "%2f", "%5c", "%2e", "%3b", "%00");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestShapeFilter(ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!isPlain(request.getRequestURI())) {
          refuse(response, "This path is not accepted: write it without ';', empty or dot segments and encoded separators.");
          return;
        }
        try {
          chain.doFilter(request, response);
        } catch (InvalidFileNameException e) {
          if (response.isCommitted()) {
            throw e;
          }
          response.reset();
          refuse(response, "A file name may not contain control characters.");
        }
      }

      private void refuse(HttpServletResponse response, String detail) throws IOException {
        var problem = Problem.of(400, "Bad request", detail);
        response.setStatus(problem.status());
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), problem.body());
      }
    });
    registration.addUrlPatterns("/*");
    registration.setName("requestShape");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static boolean isPlain(String rawPath) {
    if (rawPath == null) {
      return true;
    }
    var path = rawPath.toLowerCase(Locale.ROOT);
    if (path.endsWith("/.") || path.endsWith("/..")) {
      return false;
    }
    for (var refused : REFUSED) {
      if (path.contains(refused)) {
        return false;
      }
    }
    return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }
}
