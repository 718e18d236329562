package uk.oic.actionplan.web;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What an error thrown while serving a request means to the caller, whichever door it came through
 * (the engine's REST API, the webapps' API, the application's own API): a lost race is 409, a task or
 * instance already gone 404, a value the database cannot hold 413 or 400, a database too busy 503. An
 * error it does not recognise stays the server error it is.
 *
 * <p>A feature's own error answers for itself ({@link ExplainedFailure}): a completion refused by its
 * form's checks is 400 with the problem of each field ({@code errors}), which Tasklist shows as the
 * message; an evidence register found tampered with is 409.
 *
 * <p>Two people completing one task at once: the second either finds the task gone (the engine
 * says "task is null": 404) or loses at commit (an optimistic locking failure, or on PostgreSQL and
 * H2 a foreign key the first completion removed: 409). Either way the first completion stands and
 * nothing of the second is stored.
 */
public final class EngineFailures {

  public static final String LOST_RACE = "This task was completed by someone else a moment ago.";
  public static final String CHANGED_MEANWHILE =
      "What you changed was changed by someone else a moment ago. Reload to see it as it is now, then try again.";
  public static final String REFUSED = "You may not make this call.";

  private static final Pattern TASK_GONE = Pattern.compile("Cannot find task with id ([^:\\s]+)|task is null");
  private static final Pattern GONE = Pattern.compile(
      "(doesn't exist|does not exist|Cannot find|not found|No .* found"
          + "|\\b(task|execution|processInstance|processDefinition|job|incident|deployment) is null)", Pattern.CASE_INSENSITIVE);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private EngineFailures() {
  }

  /** The problem to answer for this error, or empty when it is a genuine server error. */
  public static Optional<Problem> problemFor(Throwable error) {
    var taskRequest = false;
    for (var cause = error; cause != null; cause = cause.getCause()) {
      var message = String.valueOf(cause.getMessage());
      taskRequest |= message.startsWith("Cannot complete task") || message.startsWith("Cannot submit task form")
          || message.contains("task is null") || message.contains("Task with id");
      if (cause instanceof AuthorizationException) {
        return Optional.of(Problem.of(403, "Forbidden", REFUSED));
      }
      if (cause instanceof ExplainedFailure explained) {
        return Optional.of(explained.problem());
      }
      if (cause instanceof FormFieldValidationException refusal) {
        return Optional.of(Problem.of(400, "Form refused", refusal.getMessage()));
      }
      if (cause instanceof TaskAlreadyClaimedException) {
        return Optional.of(Problem.of(409, "Conflict", "This task was claimed by someone else a moment ago."));
      }
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(lostRace(taskRequest));
      }
      if (cause instanceof NotFoundException || cause instanceof NullValueException && GONE.matcher(message).find()) {
        return Optional.of(gone(message));
      }
      if (cause instanceof SQLTransientConnectionException) {
        return Optional.of(Problem.retryAfter(503, "Busy", "The database is busy. Try again in a few seconds.", RETRY_AFTER));
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        var state = sql.getSQLState();
        if (state.startsWith("23") || state.equals("40001") || state.equals("40P01")) {
          return Optional.of(lostRace(taskRequest));
        }
        if (state.equals("22001")) {
          return Optional.of(Problem.of(413, "Too large",
              "A value is too long to store (text variables hold at most 4,000 characters)."));
        }
        if (state.startsWith("22") || sql instanceof SQLDataException) {
          return Optional.of(Problem.of(400, "Bad request",
              "A value cannot be stored as given: it has a wrong format or characters the database does not accept."));
        }
        if (state.startsWith("08")) {
          return Optional.of(Problem.retryAfter(503, "Unavailable", "The database cannot be reached. Try again shortly.", RETRY_AFTER));
        }
      }
      if (cause instanceof ClassCastException) {
        return Optional.of(Problem.of(400, "Bad request", "A value has the wrong type for its field."));
      }
      if (cause instanceof BadUserRequestException || cause instanceof IllegalArgumentException) {
        return Optional.of(Problem.of(400, "Bad request", firstLine(message)));
      }
      if (message.contains("ENGINE-17007") || message.contains("serialization format is prohibited")) {
        return Optional.of(Problem.of(400, "Bad request",
            "Object variables in a serialized form are not accepted; send text, numbers, booleans, dates or JSON."));
      }
    }
    return Optional.empty();
  }

  private static Problem lostRace(boolean taskRequest) {
    return Problem.of(409, "Conflict", taskRequest ? LOST_RACE : CHANGED_MEANWHILE);
  }

  /** The answer for a task that is not open: completed a while ago, removed, or never there. */
  static Problem taskGone(String taskId) {
    return Problem.of(404, "Not found", "There is no open task " + taskId + ": it was completed or removed, or never existed.");
  }

  private static Problem gone(String message) {
    var task = TASK_GONE.matcher(message);
    if (task.find()) {
      return taskGone(task.group(1) == null ? "with this id" : task.group(1));
    }
    return Problem.of(404, "Not found", firstLine(message));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "The request could not be carried out as given.";
    }
    var line = message.lines().findFirst().orElse(message);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
