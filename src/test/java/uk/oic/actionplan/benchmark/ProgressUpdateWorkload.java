package uk.oic.actionplan.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product's most frequent piece of work: an area's progress update ({@code oic-progress-update}),
 * started with an area's variables, submitted by the owner with valid values, accepted by the force
 * strategic lead, recorded as evidence, ended. Driven in process through {@link RuntimeService} and
 * {@link TaskService}, one instance after the other.
 *
 * <p>In the product the model's own listeners, delegates and beans run (the submission's and the
 * review's completion checks, the evidence register, the read model). In the bare starter application
 * the product's model (and its two forms) is deployed from the class path's {@code processes/} with
 * {@link #deployOnBare}, and the beans it names are stubs that set what the next step reads
 * ({@link #stubBeansOnBare}): the submission's listener sets the review's due date, the review's sets
 * {@code reviewAccepted}, the evidence delegate does nothing, the deadline schedule and the plan's
 * areas give fixed answers.
 */
final class ProgressUpdateWorkload {

  static final String PROCESS_KEY = "oic-progress-update";
  static final String PLAN_ID = "hiow-oic-2025";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final String businessKey;

  ProgressUpdateWorkload(ConfigurableApplicationContext app) {
    this.runtime = app.getBean(RuntimeService.class);
    this.tasks = app.getBean(TaskService.class);
    this.businessKey = PLAN_ID + "/area-1";
  }

  /** Runs {@code instances} progress updates from start to end; gives how long they took. */
  Duration run(int instances) {
    long started = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      one();
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** Runs progress updates until {@code budget} is spent (at least one); gives how many ran. */
  int runFor(Duration budget) {
    long end = System.nanoTime() + budget.toNanos();
    int done = 0;
    do {
      one();
      done++;
    } while (System.nanoTime() < end);
    return done;
  }

  private void one() {
    var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey, startVariables());
    var submit = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(submit.getId(), submission());
    var review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(review.getId(), Map.of("reviewDecision", "ACCEPT", "reviewComment", "Good progress"));
  }

  /** The instances still running (none once every update has been accepted). */
  long running() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
  }

  static Map<String, Object> startVariables() {
    var variables = new HashMap<String, Object>();
    variables.put("planId", PLAN_ID);
    variables.put("planTitle", "Organised immigration crime action plan");
    variables.put("areaNumber", 1);
    variables.put("areaName", "Leadership, governance and prioritisation");
    variables.put("ownerGroup", "area-1-owners");
    variables.put("recommendationId", null);
    variables.put("recommendationLabel", "No recommendation");
    // far enough ahead that no reminder or escalation timer falls due while the benchmark runs
    variables.put("areaDeadline", Date.from(Instant.now().plus(Duration.ofDays(400))));
    variables.put("updateDueDate", Date.from(Instant.now().plus(Duration.ofDays(90))));
    variables.put("lastRag", "AMBER");
    return variables;
  }

  static Map<String, Object> submission() {
    var variables = new HashMap<String, Object>();
    variables.put("rag", "GREEN");
    variables.put("progressPercent", 40L);
    variables.put("narrative", "Governance board met; OIC added to the control strategy");
    variables.put("evidenceReference", "Minutes 2026-01-09");
    variables.put("readyForSignOff", false);
    return variables;
  }

  /** Deploys the product's progress update model and its forms on the bare application. */
  static void deployOnBare(ConfigurableApplicationContext bare) {
    bare.getBean(RepositoryService.class).createDeployment()
        .name("oic-progress-update")
        .addClasspathResource("processes/oic-progress-update.bpmn")
        .addClasspathResource("processes/oic-progress-update-submit.form")
        .addClasspathResource("processes/oic-progress-update-review.form")
        .deploy();
  }

  /** The beans the model names, as stubs, on the bare application (before any instance starts). */
  static void stubBeansOnBare(ConfigurableApplicationContext bare) {
    var beans = bare.getBeanFactory();
    beans.registerSingleton("progressUpdateSubmitted", (TaskListener) ProgressUpdateWorkload::submitted);
    beans.registerSingleton("reviewDecided", (TaskListener) task ->
        task.setVariable("reviewAccepted", "ACCEPT".equals(task.getVariable("reviewDecision"))));
    beans.registerSingleton("recordEvidence", (JavaDelegate) execution -> { });
    beans.registerSingleton("sendReminder", (JavaDelegate) execution -> { });
    beans.registerSingleton("raiseEscalation", (JavaDelegate) execution -> { });
    beans.registerSingleton("deadlineSchedule", new StubDeadlineSchedule());
    beans.registerSingleton("planAreas", new StubPlanAreas());
  }

  private static void submitted(DelegateTask task) {
    task.setVariable("progressPercent", ((Number) task.getVariable("progressPercent")).intValue());
    task.setVariable("submittedBy", "system");
    task.setVariable("submittedAt", new Date());
    task.setVariable("reviewDueDate", Date.from(Instant.now().plus(Duration.ofDays(21))));
  }

  /** {@code deadlineSchedule} on the bare application: a reminder ten days, an escalation a day after the due date. */
  public static final class StubDeadlineSchedule {
    public Date reminderAt(String planId, Date due) {
      return Date.from(due.toInstant().minus(Duration.ofDays(10)));
    }

    public Date escalateAt(String planId, Date due) {
      return Date.from(due.toInstant().plus(Duration.ofDays(1)));
    }
  }

  /** {@code planAreas} on the bare application: the strategic lead's group. */
  public static final class StubPlanAreas {
    public String strategicLead(String planId) {
      return "oic-strategic-lead";
    }
  }
}
