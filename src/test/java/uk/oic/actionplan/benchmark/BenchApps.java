package uk.oic.actionplan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import uk.oic.actionplan.ActionPlanApplication;
import uk.oic.bareengine.BareCamundaApplication;

/**
 * Starts, in this JVM, the product (the real main class, the embedded demo's profile and people, a
 * random port) or the bare Camunda starter application ({@link BareCamundaApplication}) on a
 * benchmark's store. Extra arguments ({@code --name=value}) come last and win.
 */
public final class BenchApps {

  private BenchApps() {}

  public static ConfigurableApplicationContext product(BenchDatabase.Store store, String... extra) {
    return product(store, List.of(), extra);
  }

  /** The product with initializers applied to its context before it refreshes (e.g. to wrap its beans). */
  public static ConfigurableApplicationContext product(BenchDatabase.Store store,
      List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers, String... extra) {
    var arguments = new ArrayList<>(store.springArguments());
    arguments.addAll(List.of(
        "--server.port=0",
        "--oic.evidence.key-file=" + store.directory().resolve("evidence.key").toAbsolutePath(),
        "--oic.evidence.generate-key=true",
        "--oic.evidence.witness-file=" + witnessFile(store.directory()),
        "--logging.level.root=WARN"));
    arguments.addAll(List.of(extra));
    return new SpringApplicationBuilder(ActionPlanApplication.class)
        .initializers(initializers.toArray(ApplicationContextInitializer[]::new))
        .run(arguments.toArray(String[]::new));
  }

  public static ConfigurableApplicationContext bare(BenchDatabase.Store store, String... extra) {
    return bare(store, List.of(), extra);
  }

  /** The bare application with initializers applied to its context before it refreshes. */
  public static ConfigurableApplicationContext bare(BenchDatabase.Store store,
      List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers, String... extra) {
    var arguments = new ArrayList<>(store.springArguments());
    arguments.addAll(BareCamundaApplication.arguments());
    arguments.addAll(List.of(extra));
    return new SpringApplicationBuilder(BareCamundaApplication.class)
        .initializers(initializers.toArray(ApplicationContextInitializer[]::new))
        .run(arguments.toArray(String[]::new));
  }

  public static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  /**
   * In memory where the machine has it: the witness forces every append's line to disk, which is
   * not what the benchmarks measure (the evidence register has a benchmark of its own).
   */
  static Path witnessFile(Path directory) {
    var memory = Path.of("/dev/shm");
    return (Files.isDirectory(memory) && Files.isWritable(memory) ? memory : directory)
        .resolve(directory.getFileName() + "-evidence-witness.log").toAbsolutePath();
  }
}
