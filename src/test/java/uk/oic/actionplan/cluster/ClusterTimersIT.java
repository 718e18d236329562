package uk.oic.actionplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import uk.oic.actionplan.support.Cluster;

/**
 * 1,000 timers due within a minute on two nodes, one node killed ({@code kill -9}) when half have
 * fired: the other node fires the rest, including those the dead node had locked once their lock
 * time (10 s here) is up, and none fires twice. Each timer is followed by the application's reminder
 * service task, so a timer that fired is a reminder row and a notification in the application's
 * tables, written in the timer's transaction.
 */
class ClusterTimersIT {

  private static final int TIMERS = 1_000;
  private static final String KEY = "cluster-timer-check";
  private static final String STARTER = "cluster-checks";
  private static final String SIGNAL = "cluster-timer-check-go";
  private static final int FIRST_DUE_MILLIS = 20_000;
  private static final int SPACING_MILLIS = 30;

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path workDir;

  @Test
  void aThousandTimersFireOnceEachThoughANodeIsKilledHalfWay() throws Exception {
    try (var cluster = Cluster.start(2, workDir)) {
      cluster.deploy("cluster/" + KEY + ".bpmn");
      cluster.deploy("cluster/" + STARTER + ".bpmn");
      var admins = cluster.nodes().stream().map(n -> n.admin()).toList();

      // 1,000 instances, started in one transaction, wait for the signal; then each timer is due
      // 20 s + 30 ms x its number after it
      var created = Instant.now();
      var started = admins.get(0).postJson("/engine-rest/process-definition/key/" + STARTER + "/start", """
          {"variables": {"checks": {"value": %d, "type": "Integer"}, "firstDueMillis": {"value": %d, "type": "Integer"},
            "spacingMillis": {"value": %d, "type": "Integer"}, "planId": {"value": "hiow-oic-2025"},
            "checkKey": {"value": "%s"}}}"""
          .formatted(TIMERS, FIRST_DUE_MILLIS, SPACING_MILLIS, KEY));
      var allCreated = Instant.now();
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      assertThat(cluster.count("select count(*) from act_hi_procinst where proc_def_key_ = ?", KEY)).isEqualTo(TIMERS);
      assertThat(cluster.node(1).admin().postJson("/engine-rest/signal", "{\"name\": \"" + SIGNAL + "\"}").statusCode())
          .isEqualTo(204);
      var signalled = Instant.now();
      assertThat(cluster.count("select count(*) from act_hi_actinst where proc_def_key_ = ?"
          + " and act_id_ = 'Timer_CheckDue'", KEY)).as("timers set").isEqualTo(TIMERS);
      var first = cluster.sql().queryForObject("select min(duedate_) from act_ru_job where process_def_key_ = ?",
          java.sql.Timestamp.class, KEY).toInstant();
      var lastDue = cluster.sql().queryForObject("select max(duedate_) from act_ru_job where process_def_key_ = ?",
          java.sql.Timestamp.class, KEY).toInstant();
      assertThat(Duration.between(signalled, lastDue)).as("the last timer is due within a minute").isLessThan(Duration.ofMinutes(1));

      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
          .until(() -> fired(cluster) >= TIMERS / 2);
      var victim = cluster.node(0);
      long lockedAtKill = cluster.count("select count(*) from act_ru_job where process_def_key_ = ?"
          + " and lock_owner_ is not null and lock_exp_time_ > now()", KEY);
      long firedAtKill = fired(cluster);
      victim.kill();
      var killedAt = Instant.now();

      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
          .until(() -> fired(cluster) >= TIMERS
              && cluster.count("select count(*) from act_ru_job where process_def_key_ = ?", KEY) == 0);
      var allFired = Instant.now();
      var lastFired = cluster.sql().queryForObject("select max(end_time_) from act_hi_actinst"
          + " where proc_def_key_ = ? and act_id_ = 'Task_SendCheckReminder'", java.sql.Timestamp.class, KEY).toInstant();

      long reminders = fired(cluster);
      long remindedInstances = cluster.count("select count(distinct source_process_instance_id) from oic_escalation_log"
          + " where item_name like 'Cluster timer check %'");
      long notifications = cluster.count("select count(*) from oic_notification n join oic_escalation_log l"
          + " on l.id = n.escalation_id where l.item_name like 'Cluster timer check %'");
      long timerRuns = cluster.count("select count(*) from act_hi_actinst where proc_def_key_ = ?"
          + " and act_id_ = 'Timer_CheckDue' and end_time_ is not null", KEY);
      long reminderRuns = cluster.count("select count(*) from act_hi_actinst where proc_def_key_ = ?"
          + " and act_id_ = 'Task_SendCheckReminder'", KEY);
      long twice = cluster.count("select count(*) from (select proc_inst_id_ from act_hi_actinst where proc_def_key_ = ?"
          + " and act_id_ = 'Task_SendCheckReminder' group by proc_inst_id_ having count(*) > 1) d", KEY);
      long ended = cluster.count("select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_ is not null", KEY);
      long successfulRuns = cluster.count("select count(*) from act_hi_job_log where process_def_key_ = ?"
          + " and job_state_ = 2", KEY);
      long jobsSucceededTwice = cluster.count("select count(*) from (select job_id_ from act_hi_job_log"
          + " where process_def_key_ = ? and job_state_ = 2 group by job_id_ having count(*) > 1) d", KEY);
      long failedRuns = cluster.count("select count(*) from act_hi_job_log where process_def_key_ = ?"
          + " and job_exception_msg_ is not null", KEY);
      long incidents = cluster.count("select count(*) from act_ru_incident i join act_re_procdef d"
          + " on d.id_ = i.proc_def_id_ where d.key_ = ?", KEY);

      System.out.printf("""
          ClusterTimersIT: %d timers due %s .. %s on 2 nodes (instances started in %d ms, timers set by one signal in %d ms)
            node-1 killed (kill -9) after %d had fired, holding locks on %d jobs then
            all fired %d s after the kill; last fired %d ms after the last due date
            fired: %d timers, %d reminders for %d instances, %d notifications; fired twice: %d
            successful job runs %d (jobs that succeeded twice: %d), failed job runs %d, incidents %d, instances ended %d
          """, TIMERS, first, lastDue, Duration.between(created, allCreated).toMillis(),
          Duration.between(allCreated, signalled).toMillis(),
          firedAtKill, lockedAtKill, Duration.between(killedAt, allFired).toSeconds(),
          Duration.between(lastDue, lastFired).toMillis(),
          timerRuns, reminders, remindedInstances, notifications, twice,
          successfulRuns, jobsSucceededTwice, failedRuns, incidents, ended);

      assertThat(victim.isAlive()).isFalse();
      assertThat(firedAtKill).isLessThan(TIMERS);
      assertThat(timerRuns).isEqualTo(TIMERS);
      assertThat(reminderRuns).isEqualTo(TIMERS);
      assertThat(twice).isZero();
      assertThat(successfulRuns).isEqualTo(TIMERS);
      assertThat(jobsSucceededTwice).isZero();
      assertThat(reminders).isEqualTo(TIMERS);
      assertThat(remindedInstances).isEqualTo(TIMERS);
      assertThat(notifications).isEqualTo(TIMERS);
      assertThat(ended).isEqualTo(TIMERS);
      assertThat(incidents).isZero();
    }
  }

  private static long fired(Cluster cluster) {
    return cluster.count("select count(*) from oic_escalation_log where item_name like 'Cluster timer check %'");
  }
}
