package uk.oic.actionplan.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * Fills the read model from the engine's history, for a database that predates it or to repair it:
 * every instance's start and end, every followed variable as it was written, then the open tasks,
 * through the same {@link Projection} as the live model, in one transaction (readers see the old
 * model or the new one, never half).
 */
@Component
public class ReadModelRebuild {

  private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuild.class);
  private static final int PAGE = 2_000;

  private final HistoryService history;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final CalendarProperties calendar;

  ReadModelRebuild(HistoryService history, TaskService tasks, JdbcTemplate jdbc, TransactionTemplate transaction,
      CalendarProperties calendar) {
    this.history = history;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.calendar = calendar;
  }

  /** What a rebuild read and wrote. */
  public record Report(int instances, int variableChanges, int openTasks, long updates, long millis) {}

  /** Whether the read model has been built on this database (after that, the engine's steps keep it). */
  public boolean built() {
    var rows = jdbc.queryForObject("SELECT COUNT(*) FROM oic_read_model WHERE id = 1", Long.class);
    return rows != null && rows > 0;
  }

  public Report rebuild() {
    long start = System.nanoTime();
    var report = transaction.execute(status -> {
      var changes = new ArrayList<Timed>();
      int instances = 0;
      for (int first = 0; ; first += PAGE) {
        var page = history.createHistoricProcessInstanceQuery().orderByProcessInstanceStartTime().asc()
            .orderByProcessInstanceId().asc().listPage(first, PAGE);
        for (HistoricProcessInstance instance : page) {
          changes.add(new Timed(instance.getStartTime(), 0, changes.size(), new Change.InstanceStarted(instance.getId(),
              instance.getProcessDefinitionKey(), instance.getBusinessKey(), instance.getSuperProcessInstanceId(),
              instant(instance.getStartTime()))));
          if (instance.getEndTime() != null) {
            changes.add(new Timed(instance.getEndTime(), 2, changes.size(),
                new Change.InstanceEnded(instance.getId(), instant(instance.getEndTime()))));
          }
        }
        instances += page.size();
        if (page.size() < PAGE) {
          break;
        }
      }
      int variables = 0;
      for (int first = 0; ; first += PAGE) {
        var page = history.createHistoricDetailQuery().variableUpdates().disableBinaryFetching()
            .disableCustomObjectDeserialization().orderByTime().asc().orderPartiallyByOccurrence().asc()
            .listPage(first, PAGE);
        for (HistoricDetail detail : page) {
          if (detail instanceof HistoricVariableUpdate update && Projection.FOLLOWED.contains(update.getVariableName())
              && update.getProcessInstanceId() != null) {
            changes.add(new Timed(update.getTime(), 1, changes.size(), new Change.VariableSet(
                update.getProcessInstanceId(),
                update.getProcessInstanceId().equals(update.getExecutionId()) && update.getTaskId() == null,
                update.getVariableName(), value(update), instant(update.getTime()))));
            variables++;
          }
        }
        if (page.size() < PAGE) {
          break;
        }
      }
      changes.sort(Comparator.comparing((Timed t) -> t.at).thenComparingInt(t -> t.rank)
          .thenComparingInt(t -> t.order));
      var store = new JdbcStore(jdbc);
      store.clear();
      var projection = new Projection(store, calendar.zone());
      changes.forEach(t -> projection.apply(t.change));
      int open = 0;
      for (var task : tasks.createTaskQuery().list()) {
        if (task.getProcessInstanceId() != null) {
          projection.apply(new Change.TaskOpen(task.getId(), task.getProcessInstanceId(), task.getName(),
              instant(task.getDueDate()), false));
          open++;
        }
      }
      projection.finish();
      jdbc.update("DELETE FROM oic_read_model WHERE id = 1");
      jdbc.update("INSERT INTO oic_read_model (id, built_at) VALUES (1, ?)", JdbcStore.time(Instant.now()));
      var updates = jdbc.queryForObject("SELECT COUNT(*) FROM oic_area_update", Long.class);
      return new Report(instances, variables, open, updates == null ? 0 : updates, 0);
    });
    var done = new Report(report.instances(), report.variableChanges(), report.openTasks(), report.updates(),
        (System.nanoTime() - start) / 1_000_000);
    LOG.info("Read model rebuilt from the engine's history: {} instances, {} variable changes, {} open tasks, "
        + "{} accepted updates, in {} ms", done.instances(), done.variableChanges(), done.openTasks(), done.updates(),
        done.millis());
    return done;
  }

  private record Timed(Date at, int rank, int order, Change change) {}

  private static Object value(HistoricVariableUpdate update) {
    Object value;
    try {
      value = update.getValue();
    } catch (RuntimeException unreadable) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Short s) {
      return s.intValue();
    }
    return value instanceof String || value instanceof Number || value instanceof Boolean ? value : null;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
