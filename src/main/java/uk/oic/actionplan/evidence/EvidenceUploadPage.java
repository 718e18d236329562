package uk.oic.actionplan.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.oic.actionplan.kernel.CalendarProperties;
import uk.oic.actionplan.kernel.Cover;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * The page where a person working a task attaches a file as evidence (Camunda Forms have no file
 * field). Without a task it lists the open tasks the person can see; with one it shows the task's
 * plan, recommendation and area and takes the file. A task the person cannot see in Tasklist is
 * treated as one that does not exist.
 */
@Controller
@RequestMapping(EvidenceUploadPage.PATH)
class EvidenceUploadPage {

  static final String PATH = "/evidence/new";
  private static final int MAX_TASKS_LISTED = 200;
  private static final int EARLIER_ENTRIES_SHOWN = 100;

  private final Cover cover;
  private final EvidenceRegister register;
  private final AttachmentPolicy policy;
  private final EvidenceAccess access;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final PlanCatalog plans;
  private final Clock clock;
  private final CalendarProperties calendar;

  EvidenceUploadPage(EvidenceRegister register, AttachmentPolicy policy, EvidenceAccess access,
      IdentityService identityService, TaskService taskService, RuntimeService runtimeService, PlanCatalog plans,
      Clock clock, CalendarProperties calendar, Cover cover) {
    this.cover = cover;
    this.register = register;
    this.policy = policy;
    this.access = access;
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.plans = plans;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** The form's fields; the date is entered as day, month and year. */
  record UploadForm(String taskId, String uploadId, String kind, String title, String description, String reference,
      String day, String month, String year) {

    static UploadForm empty(String taskId) {
      return new UploadForm(taskId, UUID.randomUUID().toString(), EvidenceKind.DOCUMENT.name(), "", "", "", "", "", "");
    }
  }

  /** What the page shows about the task the evidence is for. */
  record TaskContext(String taskId, String taskName, Date due, String processInstanceId,
      String taskDefinitionKey, String planId, String planTitle, String recommendationId, String recommendationLabel,
      Integer areaNumber, String areaName) {}

  @GetMapping
  String show(@RequestParam(required = false) String taskId, @RequestParam(required = false) String recorded,
      Principal user, Model model, HttpServletResponse response) {
    if (taskId == null || taskId.isBlank()) {
      // the person's own work, as in Tasklist's "my tasks" and "my group tasks"; reviewers, who may read
      // every task, still reach any other task by its link
      model.addAttribute("tasks", asUser(user.getName(), () -> taskService.createTaskQuery().active()
          .or().taskAssignee(user.getName()).taskCandidateUser(user.getName()).endOr()
          .orderByDueDate().asc().orderByTaskCreateTime().desc().listPage(0, MAX_TASKS_LISTED)));
      return "evidence-tasks";
    }
    var context = visibleTask(user.getName(), taskId);
    if (context.isEmpty()) {
      return missing(model, response);
    }
    if (recorded != null) {
      register.find(recorded).filter(e -> taskId.equals(e.taskId())).ifPresent(e -> model.addAttribute("recorded", e));
    }
    return form(model, user, context.get(), UploadForm.empty(taskId), Map.of());
  }

  @PostMapping
  String upload(@ModelAttribute UploadForm form, @RequestParam(name = "file", required = false) MultipartFile file,
      Principal user, Model model, HttpServletResponse response) throws IOException {
    var context = form.taskId() == null ? Optional.<TaskContext>empty() : visibleTask(user.getName(), form.taskId());
    if (context.isEmpty()) {
      return missing(model, response);
    }
    var task = context.get();
    // in the order of the form, so the error summary reads top to bottom
    var errors = new LinkedHashMap<String, String>();
    var fileName = file == null || file.getOriginalFilename() == null ? null : AttachmentPolicy.baseName(file.getOriginalFilename());
    policy.problem(fileName, file == null ? 0 : file.getSize()).ifPresent(problem -> errors.put("file", problem));
    EvidenceKind kind = null;
    try {
      kind = EvidenceKind.parse("kind", form.kind());
    } catch (IllegalArgumentException e) {
      errors.put("kind", "Select what kind of evidence this is");
    }
    if (form.title() == null || form.title().isBlank()) {
      errors.put("title", "Enter a title");
    } else if (form.title().length() > EvidenceRegister.MAX_TITLE) {
      errors.put("title", "Title must be " + EvidenceRegister.MAX_TITLE + " characters or fewer");
    }
    if (form.description() != null && form.description().length() > EvidenceRegister.MAX_DESCRIPTION) {
      errors.put("description", "Description must be " + EvidenceRegister.MAX_DESCRIPTION + " characters or fewer");
    }
    if (form.reference() != null && form.reference().length() > EvidenceRegister.MAX_REFERENCE) {
      errors.put("reference", "Reference must be " + EvidenceRegister.MAX_REFERENCE + " characters or fewer");
    }
    var effectiveDate = effectiveDate(form, errors);
    if (task.planId() == null) {
      errors.put("task", "This task does not belong to a plan, so evidence cannot be recorded for it");
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, user, task, form, errors);
    }
    var entry = register.append(NewEvidence.builder(task.planId(), kind, form.title().trim())
        .recommendation(task.recommendationId())
        .area(task.areaNumber())
        .description(blankToNull(form.description()))
        .reference(blankToNull(form.reference()))
        .effectiveDate(effectiveDate)
        // a colleague covering for the task's absent owner records it on their behalf
        .recordedBy(Cover.byOnBehalfOf(user.getName(), cover.coveredOwner(task.taskId(), user.getName())))
        .source(task.processInstanceId(), task.taskDefinitionKey(), task.taskId())
        // the same form sent twice (a double click, a reload) records one entry
        .sourceKey("upload/" + uploadId(form))
        .attachment(fileName, policy.contentType(fileName).orElseThrow(), file.getBytes())
        .build());
    return "redirect:" + PATH + "?taskId=" + task.taskId() + "&recorded=" + entry.id();
  }

  /** The register refused the entry because it was tampered with: say so, store nothing. */
  @ExceptionHandler(EvidenceRegisterTamperedException.class)
  String tampered(EvidenceRegisterTamperedException e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("reason", e.getMessage());
    return "evidence-register-tampered";
  }

  private String form(Model model, Principal user, TaskContext task, UploadForm form, Map<String, String> errors) {
    model.addAttribute("task", task);
    model.addAttribute("earlier", register.search(EvidenceFilter.processInstance(task.processInstanceId()),
        access.readablePlans(user.getName()), 0, EARLIER_ENTRIES_SHOWN).entries());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", EvidenceKind.values());
    model.addAttribute("allowedTypes", policy.allowedList());
    model.addAttribute("maxSize", policy.maxSizeText());
    model.addAttribute("accept", "." + String.join(",.", new TreeSet<>(policy.extensions())));
    return "evidence-new";
  }

  private static String missing(Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "evidence-task-missing";
  }

  private LocalDate effectiveDate(UploadForm form, Map<String, String> errors) {
    var parts = new String[] {form.day(), form.month(), form.year()};
    if (Arrays.stream(parts).allMatch(p -> p == null || p.isBlank())) {
      return null;
    }
    try {
      var date = LocalDate.of(Integer.parseInt(form.year().trim()), Integer.parseInt(form.month().trim()),
          Integer.parseInt(form.day().trim()));
      if (date.isAfter(LocalDate.now(clock.withZone(calendar.zone())))) {
        errors.put("effectiveDate", "The date the evidence is for must be today or in the past");
        return null;
      }
      if (date.getYear() < 2000) {
        errors.put("effectiveDate", "The date the evidence is for must be after 1999");
        return null;
      }
      return date;
    } catch (NumberFormatException | NullPointerException | DateTimeException e) {
      errors.put("effectiveDate", "The date the evidence is for must be a real date, for example 31 1 2026");
      return null;
    }
  }

  private static String uploadId(UploadForm form) {
    try {
      return UUID.fromString(form.uploadId()).toString();
    } catch (IllegalArgumentException | NullPointerException e) {
      return UUID.randomUUID().toString();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The task if the user can see it in Tasklist, with the plan it belongs to. */
  private Optional<TaskContext> visibleTask(String userId, String taskId) {
    Task task = asUser(userId, () -> taskService.createTaskQuery().taskId(taskId).active().singleResult());
    if (task == null || task.getExecutionId() == null) {
      return Optional.empty();
    }
    var variables = runtimeService.getVariables(task.getExecutionId(), List.of(EvidenceVariables.PLAN_ID,
        EvidenceVariables.PLAN_TITLE, EvidenceVariables.RECOMMENDATION_ID, EvidenceVariables.RECOMMENDATION_LABEL,
        EvidenceVariables.AREA_NUMBER, EvidenceVariables.AREA_NAME));
    var planId = text(variables.get(EvidenceVariables.PLAN_ID));
    var plan = planId == null ? Optional.<PlanDefinition>empty() : plans.find(planId);
    Integer areaNumber = toInteger(variables.get(EvidenceVariables.AREA_NUMBER));
    var recommendationId = text(variables.get(EvidenceVariables.RECOMMENDATION_ID));
    var planTitle = Optional.ofNullable(text(variables.get(EvidenceVariables.PLAN_TITLE)))
        .or(() -> plan.map(PlanDefinition::title)).orElse(planId);
    var areaName = Optional.ofNullable(text(variables.get(EvidenceVariables.AREA_NAME)))
        .or(() -> plan.flatMap(p -> areaNumber == null ? Optional.empty() : p.area(areaNumber)).map(PlanDefinition.Area::name))
        .orElse(null);
    var recommendationLabel = Optional.ofNullable(text(variables.get(EvidenceVariables.RECOMMENDATION_LABEL)))
        .or(() -> plan.flatMap(p -> recommendationId == null ? Optional.empty() : p.recommendation(recommendationId))
            .map(PlanDefinition.Recommendation::label))
        .orElse(null);
    return Optional.of(new TaskContext(task.getId(), task.getName(), task.getDueDate(), task.getProcessInstanceId(),
        task.getTaskDefinitionKey(), planId, planTitle, recommendationId, recommendationLabel, areaNumber, areaName));
  }

  /** Runs a query as the user, so the engine's authorizations decide what they see. */
  private <T> T asUser(String userId, Supplier<T> query) {
    identityService.setAuthentication(userId, List.copyOf(access.groupsOf(userId)));
    try {
      return query.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static Integer toInteger(Object value) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    try {
      return value == null ? null : Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
