package uk.oic.actionplan.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps what a task listener throws, so its REST API would answer a refused completion
 * with 500. This answers it as the bad request it is, on {@code /engine-rest} and on the webapps'
 * engine API that Tasklist uses: 400 with a problem body naming each field, e.g.
 * {@code {"type":"FormRefused","status":400,"message":"'Provide assurance report: Rec 8 (cycle 1)' was
 * not saved: reportConfidence: must be one of ...","errors":{"reportConfidence":"must be one of ..."}}}.
 * Tasklist shows the message. Every other error is answered as the engine's REST API does.
 */
@Component
class FormRefusalResponses implements ResourceConfigCustomizer {

  /** The servlet of the webapps' engine API ({@code /camunda/api/engine/*}), as the webapp starter names it. */
  static final String WEBAPP_ENGINE_API_SERVLET = "Engine Api";

  @Override
  public void customize(ResourceConfig config) {
    config.register(Mapper.class);
  }

  /**
   * Registers the same mapper with the webapps' engine API. The webapp starter adds that servlet in
   * its own initializer (in no order relative to other initializers), so this wraps that initializer
   * and adds the mapper to the servlet's providers right after it.
   */
  @Component
  static class WebappEngineApi implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof CamundaBpmWebappInitializer webapp) {
        return (ServletContextInitializer) servletContext -> {
          webapp.onStartup(servletContext);
          var servlet = servletContext.getServletRegistration(WEBAPP_ENGINE_API_SERVLET);
          if (servlet != null) {
            servlet.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, Mapper.class.getName());
          }
        };
      }
      return bean;
    }
  }

  /** The answer to a refused completion, or null when the error is something else. */
  static Map<String, Object> problem(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "FormRefused");
        body.put("status", 400);
        body.put("message", refusal.getMessage());
        body.put("errors", refusal instanceof FormRefusedException refused ? refused.problems() : Map.of());
        return body;
      }
    }
    return null;
  }

  /** Chosen before the engine's own mapper for {@link RestException}: a higher priority (a lower number). */
  @Priority(1000)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler engineHandler = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      var body = problem(exception);
      if (body == null) {
        return engineHandler.toResponse(exception);
      }
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
  }
}
