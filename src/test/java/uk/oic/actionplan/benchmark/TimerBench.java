package uk.oic.actionplan.benchmark;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The product with two timer models of the benchmarks' own, deployed into its engine: {@link #OURS},
 * a timer and then the product's reminder hand-off ({@code ${sendReminder}} with the inputs every
 * model declares, see processes/README.md) and an end; and {@link #BARE}, the same timer and an end.
 * Instances are started with the job executor stopped, in several threads, each waiting at its timer.
 */
final class TimerBench implements AutoCloseable {

  static final String OURS = "bench-timer-reminder";
  static final String BARE = "bench-timer-bare";
  /** Level 1 of the demo plan's area 4: one member, with an e-mail address. */
  static final String OWNER_GROUP = "area-4-owners";
  static final String PLAN_ID = "hiow-oic-2025";
  private static final int THREADS = 4;

  final ConfigurableApplicationContext app;
  final ProcessEngine engine;
  final JdbcTemplate jdbc;
  final JobExecutor jobExecutor;

  private TimerBench(ConfigurableApplicationContext app) {
    this.app = app;
    this.engine = app.getBean(ProcessEngine.class);
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
  }

  /** The product on {@code store}, without the demo plan: no jobs but the benchmark's. */
  static TimerBench start(BenchDatabase.Store store) {
    return new TimerBench(BenchApps.product(store, "--oic.plans.start-on-first-start=false"));
  }

  /**
   * Deploys both models for one round, their keys ending in {@code -round}, so that each round's
   * job log and instances are counted apart.
   *
   */
  void deploy(String round) {
    engine.getRepositoryService().createDeployment().name("timer benchmark " + round)
        .addModelInstance(key(OURS, round) + ".bpmn", ours(key(OURS, round)))
        .addModelInstance(key(BARE, round) + ".bpmn", bare(key(BARE, round)))
        .deploy();
  }

  static String key(String model, String round) {
    return model + "-" + round;
  }

  /** A timer at {@code reminderAt}, then the product's reminder hand-off, as the models declare it. */
  static BpmnModelInstance ours(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650)
        .startEvent("Event_Started")
        .intermediateCatchEvent("Timer_ItemReminder").timerWithDate("${reminderAt}")
        .serviceTask("Task_SendItemReminder").name("Send reminder")
        .camundaDelegateExpression("${sendReminder}")
        .camundaInputParameter("itemName", "${itemName}")
        .camundaInputParameter("itemDueDate", "${itemDueDate}")
        .camundaInputParameter("itemOwnerGroup", OWNER_GROUP)
        .camundaInputParameter("itemType", "PROGRESS_UPDATE")
        .camundaInputParameter("itemActivityId", "Task_SubmitItem")
        .camundaInputParameter("itemDueDateVariable", "itemDueDate")
        .endEvent("Event_ReminderSent")
        .done();
  }

  /** The same timer, then nothing. */
  static BpmnModelInstance bare(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650)
        .startEvent("Event_Started")
        .intermediateCatchEvent("Timer_Item").timerWithDate("${reminderAt}")
        .endEvent("Event_Ended")
        .done();
  }

  /** The variables of timer {@code i} of a round: the same for both models. */
  static Map<String, Object> variables(String round, int i, Date reminderAt, Date itemDueDate) {
    var variables = new HashMap<String, Object>();
    variables.put("planId", PLAN_ID);
    variables.put("itemName", round + " #" + i);
    variables.put("itemDueDate", itemDueDate);
    variables.put("reminderAt", reminderAt);
    return variables;
  }

  /**
   * Starts {@code n} instances of {@code key} in several threads; the job executor must be stopped
   * (see {@link #stopJobExecutor}) for the timers to wait.
   *
   * @return the instance ids, by number
   */
  List<String> startInstances(String key, int n, IntFunction<Map<String, Object>> variables) {
    var ids = new String[n];
    var pool = Executors.newFixedThreadPool(THREADS);
    try {
      var futures = new ArrayList<Future<?>>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        futures.add(pool.submit(() -> {
          var runtime = engine.getRuntimeService();
          for (int i = first; i < n; i += THREADS) {
            ids[i] = runtime.startProcessInstanceByKey(key, variables.apply(i)).getId();
          }
        }));
      }
      for (var future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Starting " + key + " failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return List.of(ids);
  }

  void stopJobExecutor() {
    jobExecutor.shutdown();
  }

  /** Acquisition settings take effect when the job executor starts. */
  void startJobExecutor(Settings settings) {
    jobExecutor.setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
    jobExecutor.setWaitTimeInMillis(settings.waitTimeInMillis());
    jobExecutor.setMaxWait(settings.maxWait());
    jobExecutor.start();
  }

  Settings settings() {
    return new Settings("product", jobExecutor.getMaxJobsPerAcquisition(), jobExecutor.getWaitTimeInMillis(),
        jobExecutor.getMaxWait());
  }

  /** Job acquisition settings, as camunda.bpm.job-execution names them. */
  record Settings(String name, int maxJobsPerAcquisition, int waitTimeInMillis, long maxWait) {
    String label() {
      return name + "(jobs=" + maxJobsPerAcquisition + ",wait=" + waitTimeInMillis + ",max-wait=" + maxWait + ")";
    }
  }

  /** Jobs the job executor can still run (due, retries left). */
  long executableJobs() {
    return engine.getManagementService().createJobQuery().executable().count();
  }

  /** Waits until no executable job remains, polling every 100 ms; fails after {@code timeoutMillis}. */
  void awaitDrained(long timeoutMillis) throws InterruptedException {
    long started = System.currentTimeMillis();
    long deadline = started + timeoutMillis;
    long nextReport = started + 30_000;
    long left;
    while ((left = executableJobs()) > 0) {
      long now = System.currentTimeMillis();
      if (now > deadline) {
        throw new IllegalStateException(left + " jobs still due after " + timeoutMillis + " ms");
      }
      if (now > nextReport) {
        System.out.printf("  %d jobs due after %d s%n", left, (now - started) / 1000);
        nextReport = now + 30_000;
      }
      Thread.sleep(100);
    }
  }

  /**
   * What one round left behind: its timers, what ran (successful job log entries), what failed, the
   * incidents, and (ours only) the reminders recorded as SENT, their distinct source instances and
   * their notifications.
   */
  record Outcome(long timers, long jobRuns, long jobFailures, long incidents, long jobsLeft, long reminders,
      long distinctReminders, long notifications) {
    long lost(boolean ours) {
      return timers - (ours ? distinctReminders : jobRuns);
    }

    long doubled(boolean ours) {
      return Math.max(jobRuns - timers, 0) + (ours ? Math.max(reminders - distinctReminders, 0)
          + Math.max(notifications - reminders, 0) : 0);
    }
  }

  /** What the round's timers of {@code model} ({@link #OURS} or {@link #BARE}) left behind. */
  Outcome outcome(String model, String round, int timers) {
    var key = key(model, round);
    var history = engine.getHistoryService();
    var management = engine.getManagementService();
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    long jobRuns = history.createHistoricJobLogQuery().successLog().processDefinitionId(definition.getId()).count();
    long failures = history.createHistoricJobLogQuery().failureLog().processDefinitionId(definition.getId()).count();
    long incidents = engine.getRuntimeService().createIncidentQuery().processDefinitionId(definition.getId()).count();
    long jobsLeft = management.createJobQuery().processDefinitionId(definition.getId()).count();
    long reminders = 0;
    long distinct = 0;
    long notifications = 0;
    if (OURS.equals(model)) {
      var like = round + " #%";
      reminders = jdbc.queryForObject(
          "SELECT COUNT(*) FROM oic_escalation_log WHERE kind = 'REMINDER' AND status = 'SENT' AND item_name LIKE ?",
          Long.class, like);
      distinct = jdbc.queryForObject("SELECT COUNT(DISTINCT source_process_instance_id) FROM oic_escalation_log"
          + " WHERE kind = 'REMINDER' AND status = 'SENT' AND item_name LIKE ?", Long.class, like);
      notifications = jdbc.queryForObject("SELECT COUNT(*) FROM oic_notification n JOIN oic_escalation_log l"
          + " ON n.escalation_id = l.id WHERE l.kind = 'REMINDER' AND l.item_name LIKE ?", Long.class, like);
    }
    return new Outcome(timers, jobRuns, failures, incidents, jobsLeft, reminders, distinct, notifications);
  }

  /** When each reminder of a round was recorded, by source process instance. */
  Map<String, OffsetDateTime> remindedAt(String round) {
    var times = new HashMap<String, OffsetDateTime>();
    jdbc.query("SELECT source_process_instance_id, created_at FROM oic_escalation_log"
        + " WHERE kind = 'REMINDER' AND item_name LIKE ?",
        rs -> {
          times.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
        }, round + " #%");
    return Collections.unmodifiableMap(times);
  }

  @Override
  public void close() {
    app.close();
  }
}
