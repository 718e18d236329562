package uk.oic.actionplan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.oic.actionplan.support.ProcessTestSupport;

/**
 * Every user task of every model, completed over HTTP the way a hostile or careless program would:
 * for each form a missing required field, each field with a value of the wrong type, each value
 * outside what the form allows (choices, number limits, whole numbers, dates, lengths, patterns), each
 * text one character too long, a variable the form does not declare, and a changed disabled field.
 * Each must be answered 400 with the field named, change no variable, and leave the task open; then
 * a complete and valid submission must be accepted. The channels alternate between
 * {@code /engine-rest/task/{id}/complete}, {@code /engine-rest/task/{id}/submit-form} and the webapps'
 * engine API Tasklist uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryFormOverRestTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 12);
  private static final String FUTURE_DAY = "2026-02-27";
  /** For a day something began or was done ("waiting since", "last chased on"): not after today. */
  private static final String PAST_DAY = "2026-01-09";
  /** A value for a quarter field such as Hydra's {@code figuresQuarter} ({@code ^[0-9]{4}-Q[1-4]$}). */
  private static final String QUARTER = "2026-Q1";
  private static final Map<String, String> USER_OF_GROUP = Map.of(
      "area-1-owners", "area1.owner", "oic-strategic-lead", "strategic.lead", "chief-officers", "chief.officer",
      "opcc-staff", "opcc.officer", "pcc", "pcc");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  record FormTask(String processKey, String taskId, String formId) {}

  private ProcessEngine registeredBefore;

  /**
   * The REST APIs find the engine by name in Camunda's static registry, where the last test context
   * started has put its own "default" engine: this test's requests must reach this context's engine.
   */
  @BeforeEach
  void restReachesThisContextsEngine() {
    registeredBefore = ProcessEngines.getProcessEngines().get(processEngine.getName());
    ProcessEngines.registerProcessEngine(processEngine);
  }

  @AfterEach
  void restoreRegisteredEngine() {
    if (registeredBefore != null) {
      ProcessEngines.registerProcessEngine(registeredBefore);
    }
  }

  record Case(String label, String field, ObjectNode variables) {}

  @Test
  void everyFormRefusesBadCompletionsWithTheFieldAndAcceptsAGoodOne() throws Exception {
    var tasks = formTasks();
    int refused = 0;
    int accepted = 0;
    int serverErrors = 0;
    int otherAnswers = 0;
    var failures = new ArrayList<String>();
    int channel = 0;
    for (var formTask : tasks) {
      var form = FormSpec.parse(Files.readAllBytes(Path.of("processes", formTask.formId() + ".form")));
      var instanceId = start(formTask);
      var task = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(formTask.taskId()).singleResult();
      assertThat(task).as(formTask.toString()).isNotNull();
      var user = userFor(task);
      var before = variablesOf(instanceId, task);

      for (var bad : badCases(form, before)) {
        var response = complete(channel++, user, task, bad.variables());
        if (response.statusCode() == 400 && JSON.readTree(response.body()).path("errors").has(bad.field())
            && "Form refused".equals(JSON.readTree(response.body()).path("title").asText())) {
          refused++;
        } else {
          if (response.statusCode() >= 500) {
            serverErrors++;
          } else if (response.statusCode() < 300) {
            accepted++;
          } else {
            otherAnswers++;
          }
          failures.add(formTask.formId() + " " + bad.label() + ": " + response.statusCode() + " " + response.body());
        }
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(variablesOf(instanceId, task)).as(formTask.formId() + " " + bad.label() + ": nothing stored")
            .isEqualTo(before);
      }

      var good = complete(channel++, user, task, valid(form));
      assertThat(good.statusCode()).as(formTask.formId() + " valid completion: " + good.body()).isEqualTo(204);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("completed").isZero();
    }
    var total = refused + accepted + serverErrors + otherAnswers;
    System.out.printf("Completion checks over REST: %d forms, %d bad completions: %d refused with the field (400), "
        + "%d accepted, %d x 500, %d other answers; %d valid completions accepted (204)%n",
        tasks.size(), total, refused, accepted, serverErrors, otherAnswers, tasks.size());
    assertThat(failures).isEmpty();
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(33);
  }

  /** Every user task of every model with the form it shows. */
  static List<FormTask> formTasks() throws Exception {
    var tasks = new ArrayList<FormTask>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        var model = Bpmn.readModelFromFile(file.toFile());
        var processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
        for (var userTask : model.getModelElementsByType(UserTask.class)) {
          tasks.add(new FormTask(processKey, userTask.getId(), userTask.getCamundaFormRef()));
        }
      }
    }
    return tasks;
  }

  /** Starts the model at the task, with the variables its expressions and the steps after it need. */
  private String start(FormTask task) throws Exception {
    var due = endOf(LocalDate.of(2026, 3, 31));
    var variables = vars("planId", PLAN_ID, "planTitle", "Organised immigration crime action plan",
        "areaNumber", 7, "areaName", "Hydra training", "ownerGroup", "area-1-owners",
        "recommendationId", "rec-8", "recommendationLabel", "Rec 8", "areaDeadline", due,
        "targetPercent", 90.0, "targetMeasure", "completion", "trainingModules", 4,
        "itemName", "Submit progress update: Hydra training (Rec 8)", "levelGroup", "area-1-owners",
        "chiefOfficersGroup", "chief-officers", "revisionDeciderGroup", "chief-officers", "accountabilityGroups", "opcc-staff",
        "opccStaffGroup", "opcc-staff", "strategicLeadGroup", "oic-strategic-lead", "pccGroup", "pcc",
        "cycleNumber", 1, "challengeCount", 1, "meetingOn", "27 February 2026", "cycleSummary", "Cycle 1", "cycleStartedAt", at(TODAY, 9),
        "submittedAt", at(TODAY, 9), "submittedBy", "area1.owner",
        "openRecommendationIds", List.of("rec-8"), "level", 1, "levelCount", 3,
        "figuresEvidenceTitle", "Hydra completion 2026-Q1: 45 of 50 (90.0%, GREEN)", "figuresSummary", "45 of 50 completed",
        "statementKind", "RESPONSE", "statementName", "the PCC's response to the inspection report", "forcePartNeeded", true);
    for (var name : List.of("deliveryTargetDate", "updateDueDate", "reviewDueDate", "signOffDueDate",
        "deliveryPlanDueDate", "levelDueAt", "decisionDueAt", "meetingDueAt", "requestDueAt", "reportDueAt", "endorsementDueAt",
        "reviewDueAt", "responseDueAt", "meetingOutcomeDueAt", "signOffDueAt", "challengeAnswerDueAt", "statementDueAt")) {
      variables.put(name, due);
    }
    if (task.processKey().equals("oic-missed-deadline")) {
      variables.put("escalationId", escalationRow());
      variables.put("proposedDueDate", "2026-06-30");
      variables.put("revisionReason", "Trainers redeployed");
    }
    // what the form shows, as the steps before it would have left it
    var form = FormSpec.parse(Files.readAllBytes(Path.of("processes", task.formId() + ".form")));
    for (var shown : form.fields().values()) {
      if (shown.disabled() && !variables.containsKey(shown.key())) {
        variables.put(shown.key(), switch (shown.type()) {
          case FormField.NUMBER -> 1;
          case FormField.CHECKBOX -> Boolean.FALSE;
          default -> shown.key().endsWith("Date") ? FUTURE_DAY : "Shown: " + shown.key();
        });
      }
    }
    return runtimeService.createProcessInstanceByKey(task.processKey()).businessKey(PLAN_ID + "/forms-" + task.taskId())
        .setVariables(variables).startBeforeActivity(task.taskId()).execute().getId();
  }

  /** An open escalation for the missed-deadline steps to record against. */
  private long escalationRow() {
    var now = new Timestamp(at(TODAY, 9).getTime());
    jdbc.update("""
        INSERT INTO oic_escalation_log (item_key, kind, status, plan_id, item_name, item_type, owner_group,
          source_process_instance_id, source_activity_id, original_due_date, current_due_date, slips, level,
          level_count, flagged_for_pcc, created_at)
        VALUES (?, 'ESCALATION', 'OPEN', ?, 'Submit progress update', 'UPDATE', 'area-1-owners', 'none', 'none', ?, ?,
          0, 1, 3, FALSE, ?)""", "forms-" + System.nanoTime(), PLAN_ID, now, now, now);
    return jdbc.queryForObject("SELECT MAX(id) FROM oic_escalation_log", Long.class);
  }

  private String userFor(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
        .map(l -> USER_OF_GROUP.get(l.getGroupId())).filter(u -> u != null).findFirst()
        .orElseThrow(() -> new AssertionError("no demo user for the candidate groups of " + task.getName()));
  }

  private Map<String, Object> variablesOf(String instanceId, Task task) {
    var all = new LinkedHashMap<String, Object>(runtimeService.getVariables(instanceId));
    taskService.getVariablesLocal(task.getId()).forEach((name, value) -> all.put("task:" + name, value));
    return all;
  }

  /** A submission the form accepts: every field it lets a person fill in, with a value within its rules. */
  static ObjectNode valid(FormSpec form) {
    var variables = JSON.createObjectNode();
    for (var field : form.fields().values()) {
      if (!field.disabled()) {
        put(variables, field.key(), validValue(field));
      }
    }
    return variables;
  }

  private static Object validValue(FormField field) {
    if (field.isText()) {
      if (field.pattern() != null) {
        return Stream.of(FUTURE_DAY, QUARTER).filter(v -> v.matches(field.pattern())).findFirst().orElseThrow(
            () -> new IllegalStateException("no valid value known for the pattern " + field.pattern()));
      }
      var text = new StringBuilder("Checked value for " + field.key());
      while (field.minLength() != null && text.length() < field.minLength()) {
        text.append('.');
      }
      return text.toString();
    }
    return switch (field.type()) {
      case FormField.NUMBER -> field.min() != null && field.min() > 1 ? field.min().longValue() : 1L;
      case FormField.CHECKBOX -> Boolean.TRUE;
      case FormField.SELECT, FormField.RADIO -> field.values().get(0);
      case FormField.DATETIME -> field.key().endsWith("Since") || field.key().endsWith("ChasedOn") ? PAST_DAY : FUTURE_DAY;
      default -> "value";
    };
  }

  /** The bad submissions for one form, each a valid submission with one thing wrong. */
  static List<Case> badCases(FormSpec form, Map<String, Object> before) {
    var cases = new ArrayList<Case>();
    var editable = form.fields().values().stream().filter(f -> !f.disabled()).toList();
    editable.stream().filter(f -> f.required() && f.hideWhen() == null).findFirst().ifPresent(required -> {
      var variables = valid(form);
      variables.remove(required.key());
      cases.add(new Case("missing " + required.key(), required.key(), variables));
    });
    for (var field : editable) {
      cases.add(withValue(form, "wrong type of " + field.key(), field.key(), wrongType(field)));
      if (field.hasAllowedValues()) {
        cases.add(withValue(form, "not a choice for " + field.key(), field.key(), "NOT_A_CHOICE"));
      }
      if (FormField.NUMBER.equals(field.type())) {
        if (field.min() != null) {
          cases.add(withValue(form, "below the minimum of " + field.key(), field.key(), field.min().longValue() - 1));
        }
        if (field.max() != null) {
          cases.add(withValue(form, "above the maximum of " + field.key(), field.key(), field.max().longValue() + 1));
        }
        if (field.decimalDigits() != null && field.decimalDigits() == 0) {
          cases.add(withValue(form, "fraction for " + field.key(), field.key(), 1.5));
        }
      }
      if (FormField.DATETIME.equals(field.type()) || field.pattern() != null) {
        cases.add(withValue(form, "impossible date for " + field.key(), field.key(), "2026-02-30"));
        cases.add(withValue(form, "date written otherwise for " + field.key(), field.key(), "27/02/2026"));
      }
      if (field.disallowPassedDates()) {
        cases.add(withValue(form, "past date for " + field.key(), field.key(), "2026-01-11"));
      }
      if (field.isText() && field.maxLength() != null) {
        cases.add(withValue(form, "too long " + field.key(), field.key(), "x".repeat(field.maxLength() + 1)));
      }
      if (field.isText() && field.minLength() != null) {
        cases.add(withValue(form, "too short " + field.key(), field.key(), "x".repeat(field.minLength() - 1)));
      }
    }
    cases.add(withValue(form, "undeclared variable", "ownerGroup", "area-2-owners"));
    form.fields().values().stream().filter(FormField::disabled).filter(f -> before.get(f.key()) instanceof String)
        .findFirst().ifPresent(shown -> cases.add(withValue(form, "changed disabled " + shown.key(), shown.key(),
            before.get(shown.key()) + " (changed)")));
    return cases;
  }

  private static Object wrongType(FormField field) {
    if (field.isText() || field.hasAllowedValues()) {
      return 42;
    }
    return switch (field.type()) {
      case FormField.NUMBER, FormField.CHECKBOX -> "yes";
      default -> Boolean.TRUE;
    };
  }

  private static Case withValue(FormSpec form, String label, String key, Object value) {
    var variables = valid(form);
    put(variables, key, value);
    return new Case(label, key, variables);
  }

  private static void put(ObjectNode variables, String key, Object value) {
    var variable = variables.putObject(key);
    variable.set("value", JSON.valueToTree(value));
    if (value instanceof Long) {
      variable.put("type", "Long");
    } else if (value instanceof Boolean) {
      variable.put("type", "Boolean");
    }
  }

  /** Completes the task through one of the three channels, in turn. */
  private HttpResponse<String> complete(int channel, String user, Task task, ObjectNode variables) throws Exception {
    var body = JSON.createObjectNode();
    body.set("variables", variables);
    return switch (channel % 3) {
      case 0 -> engineRest(user, "/engine-rest/task/" + task.getId() + "/complete", body.toString());
      case 1 -> engineRest(user, "/engine-rest/task/" + task.getId() + "/submit-form", body.toString());
      default -> tasklist(user).post("/task/" + task.getId() + "/submit-form", body.toString());
    };
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, Tasklist> tasklists = new HashMap<>();

  private HttpResponse<String> engineRest(String user, String path, String body) throws Exception {
    var auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Tasklist tasklist(String user) {
    return tasklists.computeIfAbsent(user, Tasklist::new);
  }

  /** A browser logged in through the login page, calling the webapps' engine API as Tasklist does. */
  final class Tasklist {
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    Tasklist(String user) {
      var page = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
      var token = LOGIN_CSRF.matcher(page);
      assertThat(token.find()).isTrue();
      var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&_csrf="
          + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
      send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> post(String path, String body) {
      send(HttpRequest.newBuilder(uri(ENGINE_API + "/task/count")).header("Accept", "application/json").GET());
      var token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow();
      return send(HttpRequest.newBuilder(uri(ENGINE_API + path)).header("Content-Type", "application/json")
          .header("Accept", "application/json").header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

}
