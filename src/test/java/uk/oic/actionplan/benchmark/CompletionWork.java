package uk.oic.actionplan.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import uk.oic.actionplan.identity.DemoUsers;

/**
 * The user action B1 and B2 measure and its bare equivalent. In the product: completing the open
 * tasks of the areas' delivery plans ({@code oic-delivery-plan}) over {@code /engine-rest} as the
 * task's candidate user, with a valid submission of the task's form: agreeing the plan (approach,
 * summary, milestones, a target date) or, as the strategic lead, asking for changes (decision and
 * comment), which gives the area its next agreement task. Every completion is a real step: the
 * form's checks, the authorization, the model's listeners, the read model and the evidence of the
 * step. In the bare application: a one-user-task model, completed in process by
 * {@link TaskService#complete(String, Map)} with the same variables.
 */
final class CompletionWork {

  static final String DELIVERY_PLAN_KEY = "oic-delivery-plan";
  static final String AGREE = "Task_AgreeDeliveryPlan";
  static final String APPROVE = "Task_ApproveDeliveryPlan";
  static final String BARE_KEY = "bench-one-user-task";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An open task, the demo user who may complete it and the variables of a valid completion. */
  record OpenTask(String id, String user, Map<String, Object> variables) {}

  private CompletionWork() {}

  /** Every open delivery-plan task of the product, in a stable order. */
  static List<OpenTask> openDeliveryPlanTasks(ConfigurableApplicationContext product) {
    var tasks = product.getBean(TaskService.class);
    var open = new ArrayList<OpenTask>();
    for (var task : tasks.createTaskQuery().processDefinitionKey(DELIVERY_PLAN_KEY).orderByTaskId().asc().list()) {
      var group = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).findFirst()
          .orElseThrow(() -> new IllegalStateException("no candidate group on " + task.getName()));
      open.add(new OpenTask(task.getId(), userOf(group), variables(task.getTaskDefinitionKey())));
    }
    return open;
  }

  /** A valid submission of the task's form. */
  static Map<String, Object> variables(String taskDefinitionKey) {
    var variables = new LinkedHashMap<String, Object>();
    switch (taskDefinitionKey) {
      case AGREE -> {
        variables.put("deliveryApproach", "DELIVER");
        variables.put("deliveryPlanSummary", "Train every relevant officer and audit the referrals each quarter.");
        variables.put("deliveryMilestones", "Trainers booked; first cohort trained; first audit reported.");
        variables.put("targetDate", LocalDate.now().plusDays(120).toString());
      }
      case APPROVE -> {
        variables.put("reviewDecision", "CHANGES_REQUESTED");
        variables.put("reviewComment", "Name an owner for each milestone.");
      }
      default -> throw new IllegalArgumentException("no submission known for " + taskDefinitionKey);
    }
    return variables;
  }

  private static String userOf(String group) {
    return DemoUsers.ALL.stream().filter(user -> user.groups().contains(group)).map(DemoUsers.DemoUser::id)
        .findFirst().orElseThrow(() -> new IllegalStateException("no demo user in " + group));
  }

  static HttpClient http() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** {@code POST /engine-rest/task/{id}/complete} as the task's user. */
  static HttpRequest completion(int port, OpenTask task) {
    var body = JSON.createObjectNode();
    var variables = body.putObject("variables");
    task.variables().forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
    var auth = Base64.getEncoder().encodeToString((task.user() + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + task.id() + "/complete"))
        .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
        .header("Accept", "application/json").timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
  }

  /** Completes the task over REST; the answer's status and body. */
  static HttpResponse<String> complete(HttpClient http, int port, OpenTask task) {
    try {
      return http.send(completion(port, task), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("completing " + task.id(), e);
    }
  }

  static CompletableFuture<HttpResponse<String>> completeAsync(HttpClient http, int port, OpenTask task) {
    return http.sendAsync(completion(port, task), HttpResponse.BodyHandlers.ofString());
  }

  /** Deploys the bare one-user-task model to the bare application. */
  static void deployBare(ConfigurableApplicationContext bare) {
    var model = Bpmn.createExecutableProcess(BARE_KEY).camundaHistoryTimeToLive(180)
        .startEvent().userTask("Task_Bare").name("Bare task").endEvent().done();
    bare.getBean(RepositoryService.class).createDeployment().name(BARE_KEY)
        .addModelInstance(BARE_KEY + ".bpmn", model).deploy();
  }

  /** Starts {@code count} bare instances; their open tasks' ids. */
  static List<String> startBare(ConfigurableApplicationContext bare, int count) {
    var runtime = bare.getBean(RuntimeService.class);
    var ids = new ArrayList<String>();
    for (int i = 0; i < count; i++) {
      ids.add(runtime.startProcessInstanceByKey(BARE_KEY).getId());
    }
    var tasks = bare.getBean(TaskService.class);
    var open = new ArrayList<String>();
    for (int from = 0; from < ids.size(); from += 500) {
      var part = ids.subList(from, Math.min(ids.size(), from + 500));
      tasks.createTaskQuery().processInstanceIdIn(part.toArray(String[]::new)).list().forEach(t -> open.add(t.getId()));
    }
    if (open.size() != count) {
      throw new IllegalStateException("expected " + count + " bare tasks, found " + open.size());
    }
    return open;
  }
}
