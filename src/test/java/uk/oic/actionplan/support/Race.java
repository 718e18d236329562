package uk.oic.actionplan.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The same request sent by many clients at the same moment, spread over the nodes in turn: who
 * wins, and what the others are told.
 */
public final class Race implements AutoCloseable {

  /** The answers by HTTP status ({@code -1}: no answer), and one body per status other than 204. */
  public record Outcome(Map<Integer, Integer> statuses, Map<Integer, String> sampleBodies) {

    public int count(int status) {
      return statuses.getOrDefault(status, 0);
    }

    public int total() {
      return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final ExecutorService pool;
  private final int clients;

  public Race(int clients) {
    this.clients = clients;
    this.pool = Executors.newFixedThreadPool(clients);
  }

  /** POSTs the JSON body to the path from {@code clients} threads released together. */
  public Outcome postJson(List<WebSession> sessions, String path, String body) {
    return send(sessions, session -> session.postJson(path, body));
  }

  /** PUTs the JSON body to the path from {@code clients} threads released together. */
  public Outcome putJson(List<WebSession> sessions, String path, String body) {
    return send(sessions, session -> session.putJson(path, body));
  }

  private Outcome send(List<WebSession> sessions, Function<WebSession, HttpResponse<String>> request) {
    var ready = new CountDownLatch(clients);
    var go = new CountDownLatch(1);
    var answers = new ArrayList<Future<int[]>>();
    var bodies = new TreeMap<Integer, String>();
    for (int i = 0; i < clients; i++) {
      var session = sessions.get(i % sessions.size());
      answers.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        try {
          var response = request.apply(session);
          synchronized (bodies) {
            if (response.statusCode() != 204) {
              bodies.putIfAbsent(response.statusCode(), abbreviate(response.body()));
            }
          }
          return new int[] {response.statusCode()};
        } catch (IllegalStateException noAnswer) {
          synchronized (bodies) {
            bodies.putIfAbsent(-1, abbreviate(noAnswer.getMessage()));
          }
          return new int[] {-1};
        }
      }));
    }
    try {
      ready.await();
      go.countDown();
      var statuses = new TreeMap<Integer, Integer>();
      for (var answer : answers) {
        statuses.merge(answer.get()[0], 1, Integer::sum);
      }
      return new Outcome(statuses, bodies);
    } catch (Exception e) {
      throw new IllegalStateException("Race interrupted", e);
    }
  }

  private static String abbreviate(String text) {
    var oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
    return oneLine.length() > 240 ? oneLine.substring(0, 240) + "..." : oneLine;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
