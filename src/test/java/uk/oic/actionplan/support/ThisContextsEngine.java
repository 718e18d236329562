package uk.oic.actionplan.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Makes the REST API and the webapps reach the test's own engine: they find the engine by name in
 * Camunda's static registry, where the last application started in the JVM has put its own "default"
 * engine. Registers the test context's engine before each test and puts back the one registered before
 * after it, so the tests that follow reach theirs.
 *
 * <p>Registered for every test class ({@code META-INF/services}, {@code junit-platform.properties}); it acts
 * on {@code @SpringBootTest} classes whose application has an engine and leaves every other test alone.
 */
public final class ThisContextsEngine implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ThisContextsEngine.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!MergedAnnotations.from(context.getRequiredTestClass(), SearchStrategy.TYPE_HIERARCHY).isPresent(SpringBootTest.class)) {
      return;
    }
    var engine = SpringExtension.getApplicationContext(context).getBeanProvider(ProcessEngine.class).getIfAvailable();
    if (engine == null) {
      return;
    }
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
