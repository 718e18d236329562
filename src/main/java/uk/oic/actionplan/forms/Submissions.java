package uk.oic.actionplan.forms;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notes what a completion command ({@code TaskService.complete}, {@code FormService.submitTaskForm}:
 * every channel, the REST API and Tasklist included, ends in one of the two) submits for its task,
 * and what those variables held before, while the command runs. The completion check reads it to
 * refuse variables the form does not declare and changes to disabled fields. It runs inside the
 * command context (a post interceptor), so it reads the values in the command's own transaction.
 */
final class Submissions extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);
  private static final ThreadLocal<Deque<Submission>> CURRENT = ThreadLocal.withInitial(ArrayDeque::new);
  /** Stands for a value that could not be read before (e.g. an object of an unknown class). */
  private static final Object UNREADABLE = new Object();

  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

  @Override
  public <T> T execute(Command<T> command) {
    var submission = capture(command);
    if (submission == null) {
      return next.execute(command);
    }
    var stack = CURRENT.get();
    stack.push(submission);
    try {
      return next.execute(command);
    } finally {
      stack.pop();
      if (stack.isEmpty()) {
        CURRENT.remove();
      }
    }
  }

  /** What the running command submitted for this task; {@link Submission#NONE} when nothing is known. */
  static Submission of(String taskId) {
    for (var submission : CURRENT.get()) {
      if (submission.taskId().equals(taskId)) {
        return submission;
      }
    }
    return Submission.NONE;
  }

  static boolean readsCommands() {
    return COMPLETE_VARIABLES != null && SUBMIT_VARIABLES != null;
  }

  private static Submission capture(Command<?> command) {
    Field idField;
    Field variablesField;
    if (command instanceof CompleteTaskCmd) {
      idField = COMPLETE_TASK_ID;
      variablesField = COMPLETE_VARIABLES;
    } else if (command instanceof SubmitTaskFormCmd) {
      idField = SUBMIT_TASK_ID;
      variablesField = SUBMIT_VARIABLES;
    } else {
      return null;
    }
    if (idField == null || variablesField == null) {
      return null;
    }
    try {
      var taskId = (String) idField.get(command);
      @SuppressWarnings("unchecked")
      var variables = (Map<String, Object>) variablesField.get(command);
      if (taskId == null) {
        return null;
      }
      var submitted = variables == null ? Map.<String, Object>of() : plainValues(variables);
      return new Submission(taskId, submitted, before(taskId, submitted));
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /**
   * The submitted values by name. Read one by one as typed values: iterating a variable map
   * deserializes each value, and a serialized object that is not deserialized would throw there.
   */
  private static Map<String, Object> plainValues(Map<String, Object> variables) {
    var values = new HashMap<String, Object>();
    for (var name : variables.keySet()) {
      Object value;
      try {
        value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      } catch (RuntimeException unreadable) {
        value = UNREADABLE;
      }
      values.put(name, plain(value));
    }
    return values;
  }

  /** A typed value's value; a serialized object that is not deserialized stays as it is (not a form value). */
  private static Object plain(Object value) {
    if (value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed) {
      try {
        return typed.getValue();
      } catch (RuntimeException serialized) {
        return typed;
      }
    }
    return value;
  }

  private static Map<String, Object> before(String taskId, Map<String, Object> submitted) {
    var values = new HashMap<String, Object>();
    var context = Context.getCommandContext();
    var task = context == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return values;
    }
    for (var name : submitted.keySet()) {
      try {
        values.put(name, task.getVariable(name));
      } catch (RuntimeException unreadable) {
        values.put(name, UNREADABLE);
      }
    }
    return values;
  }

  private static Field field(Class<?> type, String name) {
    try {
      var field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("Cannot read {}.{}: completions are checked without knowing what was submitted", type.getSimpleName(), name);
      return null;
    }
  }
}
