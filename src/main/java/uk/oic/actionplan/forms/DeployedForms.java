package uk.oic.actionplan.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of each deployment, read once per deployment (a deployment never changes) and
 * kept by form id: the forms a task with {@code camunda:formRefBinding="deployment"} shows.
 */
@Component
class DeployedForms {

  private final Map<String, Map<String, FormSpec>> byDeployment = new ConcurrentHashMap<>();

  /** The form {@code formId} of the deployment; read inside a command, with the engine's own access. */
  FormSpec form(CommandContext context, String deploymentId, String formId) {
    var forms = byDeployment.computeIfAbsent(deploymentId, id -> read(context, id));
    var form = forms.get(formId);
    if (form == null) {
      throw new ProcessEngineException("The form '" + formId + "' is not part of deployment " + deploymentId
          + ": a completion cannot be checked against it");
    }
    return form;
  }

  private static Map<String, FormSpec> read(CommandContext context, String deploymentId) {
    var forms = new HashMap<String, FormSpec>();
    for (var resource : context.getResourceManager().findResourcesByDeploymentId(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        var form = FormSpec.parse(resource.getBytes());
        forms.put(form.id(), form);
      }
    }
    return Map.copyOf(forms);
  }
}
