package uk.oic.actionplan.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * Keeps the read model in step with the engine: the engine hands every history event of a command
 * to this handler (beside its own, which writes the history tables); the events the read model
 * follows are collected and applied by one {@link Projection} as the command's transaction commits,
 * after the engine has written its own rows and in the same transaction. A command that fails leaves
 * no trace here, and the read model cannot disagree with the engine.
 *
 * <p>It needs history level full ({@link #requireFullHistory}): below it the engine hands out no
 * history events at all (none) or no variable-update details, which the rebuild and the history
 * views read (audit, activity), so the product refuses to start rather than show an empty or
 * silently stale read model.
 */
@Component
class ReadModelProjector extends AbstractProcessEnginePlugin {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReadModelProjector.class);

  private final JdbcTemplate jdbc;
  private final CalendarProperties calendar;
  private final Map<CommandContext, List<Change>> pending = new IdentityHashMap<>();

  ReadModelProjector(JdbcTemplate jdbc, CalendarProperties calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<HistoryEventHandler>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    // registered here, not as a bean: the engine's starter would add a HistoryEventHandler bean a second time
    handlers.add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        ReadModelProjector.this.handleEvent(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
      }
    });
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // "auto" takes the level a database already has, and on a new one writes the engine's default
    // (audit) into it before the engine is built: refused here, before anything is written
    refuseAutomaticHistory(configuration.getHistory());
    if (configuration.getHistoryLevel() != null) {
      requireFullHistory(configuration.getHistoryLevel());
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    requireFullHistory(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel());
  }

  /** Refuses history level "auto": on a new database it would write a level below full into it. */
  static void refuseAutomaticHistory(String history) {
    if (ProcessEngineConfigurationImpl.HISTORY_AUTO.equalsIgnoreCase(history)) {
      throw new IllegalStateException("The engine's history level is auto, but the application needs history level "
          + "full (camunda.bpm.history-level: full): its read model, dashboards and history views are built from "
          + "the engine's full history (variable-update details)");
    }
  }

  /**
   * Refuses a history level below full: the read model is built from the engine's history events,
   * rebuilt from its variable-update details ({@link ReadModelRebuild}), and the dashboard's history
   * views read those details and the user operation log; the engine writes them at full only.
   */
  static void requireFullHistory(HistoryLevel level) {
    if (level == null || level.getId() < HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
      throw new IllegalStateException("The engine's history level is " + (level == null ? "unknown" : level.getName())
          + ", but the application needs history level full (camunda.bpm.history-level: full): its read model, "
          + "dashboards and history views are built from the engine's full history (variable-update details)");
    }
  }

  void handleEvent(HistoryEvent event) {
    var change = change(event);
    if (change == null) {
      return;
    }
    var context = Context.getCommandContext();
    if (context == null) {
      // not seen: the engine produces these events inside commands; a rebuild repairs what this misses
      LOG.warn("A history event outside a command, not in the read model: {} {}", event.getClass().getSimpleName(),
          event.getEventType());
      return;
    }
    List<Change> changes;
    synchronized (pending) {
      changes = pending.get(context);
      if (changes == null) {
        var batch = new ArrayList<Change>();
        changes = batch;
        pending.put(context, batch);
        var transaction = context.getTransactionContext();
        transaction.addTransactionListener(TransactionState.COMMITTING, committing -> {
          forget(context);
          apply(batch);
        });
        transaction.addTransactionListener(TransactionState.ROLLED_BACK, rolledBack -> forget(context));
      }
    }
    changes.add(change);
  }

  private void forget(CommandContext context) {
    synchronized (pending) {
      pending.remove(context);
    }
  }

  void apply(List<Change> changes) {
    var projection = new Projection(new JdbcStore(jdbc), calendar.zone());
    changes.forEach(projection::apply);
    projection.finish();
  }

  /** The change an event makes to the read model, or null when it makes none. */
  static Change change(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      if (!Projection.FOLLOWED.contains(variable.getVariableName()) || variable.getProcessInstanceId() == null) {
        return null;
      }
      var deleted = variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE);
      return new Change.VariableSet(variable.getProcessInstanceId(),
          variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getTaskId() == null,
          variable.getVariableName(), deleted ? null : value(variable), instant(variable.getTimestamp()));
    }
    if (event instanceof HistoricTaskInstanceEventEntity task) {
      if (task.getProcessInstanceId() == null) {
        return null;
      }
      if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
          || task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE)) {
        return new Change.TaskClosed(task.getTaskId());
      }
      var created = task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE);
      if (created || task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_UPDATE)) {
        return new Change.TaskOpen(task.getTaskId(), task.getProcessInstanceId(), task.getName(),
            instant(task.getDueDate()), created);
      }
      return null;
    }
    if (event instanceof HistoricProcessInstanceEventEntity instance) {
      if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
        return new Change.InstanceStarted(instance.getProcessInstanceId(), instance.getProcessDefinitionKey(),
            instance.getBusinessKey(), instance.getSuperProcessInstanceId(), instant(instance.getStartTime()));
      }
      if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
        return new Change.InstanceEnded(instance.getProcessInstanceId(), instant(instance.getEndTime()));
      }
    }
    return null;
  }

  /** The variable's value as the engine stored it: text, a number, a flag or an instant; null otherwise. */
  private static Object value(HistoricVariableUpdateEventEntity variable) {
    var serializer = variable.getSerializerName();
    if (serializer == null) {
      return null;
    }
    return switch (serializer) {
      case "string" -> variable.getTextValue();
      case "integer", "short" -> variable.getLongValue() == null ? null : variable.getLongValue().intValue();
      case "long" -> variable.getLongValue();
      case "double" -> variable.getDoubleValue();
      case "boolean" -> variable.getLongValue() == null ? null : variable.getLongValue() == 1L;
      case "date" -> variable.getLongValue() == null ? null : Instant.ofEpochMilli(variable.getLongValue());
      default -> null;
    };
  }

  static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
