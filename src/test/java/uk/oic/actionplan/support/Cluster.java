package uk.oic.actionplan.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes of the packaged jar on one fresh PostgreSQL schema, started at the same moment, as
 * an operator runs replicas behind a load balancer. {@link #sql()} reads the shared database.
 */
public final class Cluster implements AutoCloseable {

  public static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final String schema;
  private final List<Node> nodes = new ArrayList<>();
  private final JdbcTemplate sql;

  private Cluster(String schema) {
    this.schema = schema;
    this.sql = new JdbcTemplate(TestPostgres.dataSource(schema));
  }

  /** Creates an empty schema and starts the nodes on it together; returns once all are ready. */
  public static Cluster start(int size, Path workDir) {
    var cluster = new Cluster(TestPostgres.createSchema("cluster_it"));
    try {
      for (int i = 1; i <= size; i++) {
        cluster.nodes.add(Node.start("node-" + i, workDir, cluster.schema, Map.of()));
      }
      CompletableFuture.allOf(cluster.nodes.stream()
          .map(node -> CompletableFuture.runAsync(() -> node.awaitReady(START_TIMEOUT)))
          .toArray(CompletableFuture[]::new)).join();
      return cluster;
    } catch (CompletionException e) {
      cluster.close();
      if (e.getCause() instanceof AssertionError notReady) {
        throw notReady;
      }
      throw e;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  public List<Node> nodes() {
    return nodes;
  }

  public Node node(int index) {
    return nodes.get(index);
  }

  public String schema() {
    return schema;
  }

  public JdbcTemplate sql() {
    return sql;
  }

  public long count(String query, Object... arguments) {
    var count = sql.queryForObject(query, Long.class, arguments);
    return count == null ? 0 : count;
  }

  /** Deploys a test model from the test classpath through the first live node's REST API. */
  public void deploy(String resource) {
    byte[] model;
    try (var in = Cluster.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + resource);
      }
      model = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    var node = nodes.stream().filter(Node::isAlive).findFirst().orElseThrow();
    var response = node.admin().postMultipart("/engine-rest/deployment/create", "",
        Map.of("deployment-name", resource, "deploy-changed-only", "true"),
        "model", Path.of(resource).getFileName().toString(), model);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Deploying " + resource + ": " + response.statusCode() + " " + response.body());
    }
  }

  @Override
  public void close() {
    nodes.forEach(Node::close);
    TestPostgres.dropSchema(schema);
  }
}
