package uk.oic.actionplan.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Makes the REST API and the webapps reach the test's own engine: they find the engine by name in
 * Camunda's static registry, where the last application started in the JVM has put its own "default"
 * engine. Registers the test context's engine before each test and puts back the one registered before
 * after it, so the tests that follow reach theirs.
 *
 * <pre>{@code @ExtendWith(ThisContextsEngine.class) @SpringBootTest(...) class SomeTest { ... }}</pre>
 */
public final class ThisContextsEngine implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ThisContextsEngine.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    var engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    var before = ProcessEngines.getProcessEngines().get(engine.getName());
    if (before != null) {
      context.getStore(NAMESPACE).put("before", before);
    }
    ProcessEngines.registerProcessEngine(engine);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    var before = context.getStore(NAMESPACE).remove("before", ProcessEngine.class);
    if (before != null) {
      ProcessEngines.registerProcessEngine(before);
    }
  }
}
