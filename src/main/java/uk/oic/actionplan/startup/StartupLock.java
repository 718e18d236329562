package uk.oic.actionplan.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cluster-wide start-up lock: a PostgreSQL session advisory lock on a constant key and the
 * database schema the application uses, so nodes sharing one schema create and migrate tables and
 * provision their data one at a time, while applications in other schemas do not wait for each
 * other. The lock belongs to a database session: a node that dies holding it frees it with its
 * connection.
 *
 * <p>A node waits for it at most {@code oic.startup.lock-wait}, asking every 250 ms, and then
 * refuses to start. Re-entrant within the JVM. On any other database (the embedded H2 demo, where
 * one process owns the files) it does nothing.
 */
@Component
public class StartupLock implements DisposableBean {

  /** First half of the advisory lock's key ("OIC" and a version); the second is the schema's hash. */
  static final int KEY = 0x0_01C_0001;

  static final Duration POLL = Duration.ofMillis(250);

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private final Duration maxWait;

  private Connection session;
  private String schema;
  private int holds;
  private boolean startupHold;
  private Boolean postgres;

  StartupLock(DataSource dataSource, @Value("${oic.startup.lock-wait:PT10M}") Duration maxWait) {
    this.dataSource = dataSource;
    this.maxWait = maxWait;
  }

  /** Runs the work while holding the lock. */
  public synchronized void runLocked(Runnable work) {
    acquire();
    try {
      work.run();
    } finally {
      release();
    }
  }

  /** Takes the lock for the whole start-up, unless this start holds it already. */
  synchronized void holdForStartup() {
    if (!startupHold) {
      acquire();
      startupHold = true;
    }
  }

  /** Ends the start-up hold; the lock is freed unless someone in this JVM still holds it. */
  synchronized void endStartupHold() {
    if (startupHold) {
      startupHold = false;
      release();
    }
  }

  /** Whether this JVM holds the lock now. */
  public synchronized boolean isHeld() {
    return holds > 0;
  }

  private void acquire() {
    if (holds > 0) {
      holds++;
      return;
    }
    if (isPostgres()) {
      lockInDatabase();
    }
    holds = 1;
  }

  private void release() {
    if (holds == 0) {
      throw new IllegalStateException("The start-up lock is not held");
    }
    holds--;
    if (holds == 0 && session != null) {
      closeSession();
    }
  }

  private boolean isPostgres() {
    if (postgres == null) {
      try (var connection = dataSource.getConnection()) {
        postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot reach the database to take the start-up lock", e);
      }
    }
    return postgres;
  }

  private void lockInDatabase() {
    var started = Instant.now();
    var deadline = started.plus(maxWait);
    boolean waitLogged = false;
    try {
      session = dataSource.getConnection();
      session.setAutoCommit(true);
      schema = currentSchema(session);
      while (!tryLock()) {
        if (!waitLogged) {
          LOG.info("Waiting for another node to finish starting (start-up lock of schema '{}', at most {})", schema, maxWait);
          waitLogged = true;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Another node has held the start-up lock of schema '" + schema
              + "' for longer than " + maxWait + " (oic.startup.lock-wait, OIC_STARTUP_LOCK_WAIT): refusing to start."
              + " A node that is still starting holds it; a node that died has freed it.");
        }
        Thread.sleep(POLL.toMillis());
      }
      LOG.info("Start-up lock of schema '{}' taken after {} ms", schema, Duration.between(started, Instant.now()).toMillis());
    } catch (SQLException e) {
      closeSession();
      throw new IllegalStateException("Cannot take the start-up lock", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeSession();
      throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
    } catch (RuntimeException e) {
      closeSession();
      throw e;
    }
  }

  private boolean tryLock() throws SQLException {
    try (var statement = session.prepareStatement("select pg_try_advisory_lock(?, hashtext(coalesce(current_schema(), '')))")) {
      statement.setInt(1, KEY);
      try (var result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (var statement = connection.createStatement(); var result = statement.executeQuery("select current_schema()")) {
      return result.next() ? result.getString(1) : null;
    }
  }

  /** Frees every advisory lock of the session before the connection goes back to the pool. */
  private void closeSession() {
    if (session == null) {
      return;
    }
    try (var connection = session) {
      try (var statement = connection.createStatement()) {
        statement.execute("select pg_advisory_unlock_all()");
      }
      LOG.info("Start-up lock of schema '{}' released", schema);
    } catch (SQLException e) {
      LOG.warn("Could not release the start-up lock cleanly; it ends with the database session", e);
    } finally {
      session = null;
    }
  }

  /** The application stops (or failed to start): let the next node go. */
  @Override
  public synchronized void destroy() {
    holds = 0;
    startupHold = false;
    closeSession();
  }
}
