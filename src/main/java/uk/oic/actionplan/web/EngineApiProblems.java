package uk.oic.actionplan.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Answers the engine's errors on its REST API ({@code /engine-rest}) and on the webapps' own API
 * ({@code /camunda/api/...}, which Tasklist and Cockpit call) as {@link EngineFailures} decides: a
 * lost race 409, a task gone 404, and so on, where the engine's stock mappers answer 500. Errors it
 * does not recognise are answered as the engine would.
 *
 * <p>The mappers take precedence over the engine's own for the same exception types by their
 * priority (a lower number wins). A form refused by the completion checks is one of the cases
 * {@link EngineFailures} knows: 400 with the problem of each field.
 */
@Component
public class EngineApiProblems implements ResourceConfigCustomizer {

  public static final int PRIORITY = 1100;
  /** The JAX-RS servlets of the Camunda webapps, as the starter names them. */
  private static final List<String> WEBAPP_APIS = List.of("Engine Api", "Tasklist Api", "Cockpit Api", "Admin Api");
  private static final String MAPPERS = String.join(",",
      ForRestException.class.getName(), ForEngineException.class.getName(), ForAnything.class.getName());

  /** {@code /engine-rest} is Spring's Jersey application. */
  @Override
  public void customize(ResourceConfig config) {
    config.register(ForRestException.class).register(ForEngineException.class).register(ForAnything.class);
  }

  /**
   * The webapps' APIs are Jersey servlets the Camunda starter adds to Tomcat while the context
   * starts; each is given these mappers as providers the moment it is added, before it can start.
   */
  @Bean
  static WebServerFactoryCustomizer<TomcatServletWebServerFactory> webappApiMappers() {
    return factory -> factory.addContextCustomizers(context -> context.addContainerListener(event -> {
      if (Container.ADD_CHILD_EVENT.equals(event.getType()) && event.getData() instanceof Wrapper servlet
          && WEBAPP_APIS.contains(servlet.getName())) {
        var existing = servlet.findInitParameter(ServerProperties.PROVIDER_CLASSNAMES);
        servlet.addInitParameter(ServerProperties.PROVIDER_CLASSNAMES, existing == null ? MAPPERS : existing + "," + MAPPERS);
      }
    }));
  }

  /** The response for any error thrown by an engine API resource. */
  public static Response toResponse(Throwable error) {
    return EngineFailures.problemFor(error)
        .map(EngineApiProblems::response)
        .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(error));
  }

  private static Response response(Problem problem) {
    var response = Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(problem.body());
    if (problem.retryAfter() != null) {
      response.header("Retry-After", problem.retryAfter().toSeconds());
    }
    return response.build();
  }

  @Priority(PRIORITY)
  public static class ForRestException implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return EngineApiProblems.toResponse(exception);
    }
  }

  @Priority(PRIORITY)
  public static class ForEngineException implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return EngineApiProblems.toResponse(exception);
    }
  }

  @Priority(PRIORITY)
  public static class ForAnything implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      if (exception instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse() != null
          && web.getResponse().getStatus() < 500) {
        return web.getResponse();
      }
      return EngineApiProblems.toResponse(exception);
    }
  }
}
