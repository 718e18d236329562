package uk.oic.actionplan.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine operations people other than administrators may call at all, through {@code /engine-rest}
 * or the webapps' own engine API: what Tasklist and Cockpit call for the work of each role, and nothing
 * else. Everything not listed is refused before the engine sees it (deny by default).
 *
 * <p>Paths are written relative to the engine ({@code /task/{task}/complete}); {@code *} is one path
 * segment, {@code {task}} is one segment naming a task whose assignee or candidate the caller must be,
 * {@code {user}} one naming the caller, and {@code **} is one or more segments. The engine's own authorizations still decide what a call
 * allowed here may read or change.
 */
final class EngineApiAllowList {

  /** Who a rule is for. */
  enum Audience {
    /** Every member of a plan's groups: Tasklist. */
    TASKLIST,
    /** Members of the groups that use Cockpit (the strategic lead, chief officers, OPCC staff, the PCC): reading. */
    COCKPIT,
    /** The task's assignee or a member of one of its candidate groups (or a candidate user). */
    TASK_PARTY,
    /** The user named by the path, and nobody else: one's own profile and password. */
    SELF
  }

  /** One allowed operation. */
  record Rule(Set<String> methods, String template, Pattern path, Audience audience) {

    boolean matches(String method, String enginePath) {
      return methods.contains(method) && path.matcher(enginePath).matches();
    }

    /** The task named by the path, for rules of task parties. */
    Optional<String> taskId(String enginePath) {
      var matcher = path.matcher(enginePath);
      return matcher.matches() && audience == Audience.TASK_PARTY ? Optional.of(matcher.group("task")) : Optional.empty();
    }

    /** The user named by the path, for rules about oneself. */
    Optional<String> userId(String enginePath) {
      var matcher = path.matcher(enginePath);
      return matcher.matches() && audience == Audience.SELF ? Optional.of(matcher.group("user")) : Optional.empty();
    }
  }

  private static final String SEGMENT = "[A-Za-z0-9._:-]+";
  /** OPTIONS answers which operations the caller may perform on a resource (Tasklist asks before offering them). */
  private static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> POST = Set.of("POST");

  private static final List<Rule> RULES = new ArrayList<>();

  /**
   * Task-local variables only the application writes, which nobody may set or delete through the API:
   * {@code onBehalfOf}, the absent colleague a delegate completed the task for (README "Cover while away").
   */
  static final Set<String> RESERVED_TASK_VARIABLES = Set.of("onBehalfOf");
  /** One task-local variable, by name: {@code /task/{id}/localVariables/{name}} (and its {@code /data}). */
  static final Pattern TASK_LOCAL_VARIABLE = Pattern.compile("/task/" + "[A-Za-z0-9._:-]+"
      + "/localVariables/(?<name>[A-Za-z0-9._:-]+)(?:/data)?");
  /** The task-local variables of a task, changed together by POST with {@code modifications} and {@code deletions}. */
  static final Pattern TASK_LOCAL_VARIABLES = Pattern.compile("/task/[A-Za-z0-9._:-]+/localVariables");

  static {
    // --- Tasklist: finding and reading one's work ---------------------------------------------
    tasklistReads("/engine", "/version", "/identity/groups", "/identity/password-policy", "/authorization/check",
        "/filter", "/filter/count", "/filter/*", "/filter/*/list", "/filter/*/count", "/filter/*/singleResult",
        "/task", "/task/count", "/task/*", "/task/*/form", "/task/*/rendered-form", "/task/*/deployed-form",
        "/task/*/form-variables", "/task/*/variables", "/task/*/variables/*", "/task/*/variables/*/data",
        "/task/*/localVariables", "/task/*/localVariables/*", "/task/*/localVariables/*/data",
        "/task/*/comment", "/task/*/comment/*", "/task/*/attachment", "/task/*/attachment/*",
        "/task/*/attachment/*/data", "/task/*/identity-links",
        "/process-definition", "/process-definition/count", "/process-definition/*", "/process-definition/*/xml",
        "/process-definition/*/form-variables", "/process-definition/*/startForm",
        "/process-definition/*/deployed-start-form", "/process-definition/key/*", "/process-definition/key/*/xml",
        "/case-definition", "/case-definition/count",
        "/user", "/user/count", "/user/*/profile", "/group", "/group/count", "/group/*",
        "/history/task", "/history/task/count", "/history/user-operation", "/history/user-operation/count",
        "/history/identity-link-log", "/history/identity-link-log/count");
    // queries Tasklist sends as POST with the sorting in the body
    rule(POST, Audience.TASKLIST, "/filter/*/list", "/filter/*/count", "/filter/*/singleResult", "/task", "/task/count");

    // --- Tasklist: doing one's own task (assignee or candidate only) --------------------------
    // Only the task's own (local) variables: /task/{id}/variables writes the process instance's
    // variables, past the checks a completion goes through; Tasklist never calls it.
    rule(POST, Audience.TASK_PARTY, "/task/{task}/claim", "/task/{task}/unclaim", "/task/{task}/assignee",
        "/task/{task}/complete", "/task/{task}/submit-form", "/task/{task}/comment/create",
        "/task/{task}/localVariables", "/task/{task}/attachment/create");
    rule(Set.of("PUT", "DELETE"), Audience.TASK_PARTY, "/task/{task}/localVariables/*");

    // --- the welcome page: one's own profile and password (the engine grants each user their own account)
    rule(Set.of("PUT"), Audience.SELF, "/user/{user}/profile", "/user/{user}/credentials");

    // --- Cockpit: reading instances, definitions and their history ----------------------------
    rule(READ, Audience.COCKPIT, "/process-definition/**", "/process-instance", "/process-instance/**",
        "/execution", "/execution/**", "/variable-instance", "/variable-instance/**",
        "/history/**", "/deployment", "/deployment/**",
        "/decision-definition", "/decision-definition/**", "/decision-requirements-definition",
        "/decision-requirements-definition/**", "/case-definition/**", "/case-instance", "/case-instance/**",
        "/task/report/**",
        // read so that Cockpit can show where a process waits; changing them is for administrators
        "/job", "/job/count", "/job-definition", "/job-definition/count", "/incident", "/incident/count",
        "/external-task", "/external-task/count");
    rule(POST, Audience.COCKPIT, "/process-instance", "/process-instance/count", "/execution", "/execution/count",
        "/variable-instance", "/variable-instance/count", "/job", "/job/count", "/job-definition",
        "/job-definition/count", "/external-task", "/external-task/count",
        "/history/process-instance", "/history/process-instance/count", "/history/activity-instance",
        "/history/activity-instance/count", "/history/variable-instance", "/history/variable-instance/count",
        "/history/task", "/history/task/count", "/history/detail", "/history/detail/count");
  }

  private EngineApiAllowList() {}

  private static void tasklistReads(String... templates) {
    rule(READ, Audience.TASKLIST, templates);
  }

  private static void rule(Set<String> methods, Audience audience, String... templates) {
    for (var template : templates) {
      RULES.add(new Rule(methods, template, compile(template), audience));
    }
  }

  static Pattern compile(String template) {
    var regex = new StringBuilder();
    for (var segment : template.substring(1).split("/")) {
      regex.append('/');
      switch (segment) {
        case "*" -> regex.append(SEGMENT);
        case "**" -> regex.append(SEGMENT).append("(?:/").append(SEGMENT).append(")*");
        case "{task}" -> regex.append("(?<task>").append(SEGMENT).append(')');
        case "{user}" -> regex.append("(?<user>").append(SEGMENT).append(')');
        default -> regex.append(Pattern.quote(segment));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** The rules that allow this call, the most specific (task parties, then Tasklist) first. */
  static List<Rule> rulesFor(String method, String enginePath) {
    return RULES.stream().filter(rule -> rule.matches(method, enginePath))
        .sorted(java.util.Comparator.comparing(Rule::audience).reversed())
        .toList();
  }

  static List<Rule> all() {
    return List.copyOf(RULES);
  }
}
