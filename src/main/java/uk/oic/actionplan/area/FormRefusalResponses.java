package uk.oic.actionplan.area;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws, so the REST API would answer a form refused by
 * its rules ({@link FormRefusedException}) with 500. This answers it as the bad request it is: 400
 * with the refusal's own message. Every other error is answered as
 * {@link uk.oic.actionplan.web.EngineApiProblems} decides.
 */
@Component
class FormRefusalResponses implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  /** Chosen before the engine's own mapper for {@link RestException}: a higher priority (a lower number). */
  @Priority(1000)
  public static class Mapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refusal) {
          var body = new LinkedHashMap<String, Object>();
          body.put("type", FormRefusedException.class.getSimpleName());
          body.put("message", refusal.getMessage());
          body.put("code", 0);
          return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
      }
      return uk.oic.actionplan.web.EngineApiProblems.toResponse(exception);
    }
  }
}
