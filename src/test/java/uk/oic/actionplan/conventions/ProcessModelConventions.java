package uk.oic.actionplan.conventions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import uk.oic.actionplan.kernel.AreaStatus;

/**
 * The modelling rules of {@code processes/README.md}, checked on one BPMN file. Each violation is
 * "element id: rule", so a failing build says what to fix where.
 */
final class ProcessModelConventions {

  /** Prefix + PascalCase; a generated suffix such as {@code Activity_0abc123} does not match. */
  private static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Exempt from the reminder and escalation timer rule; see {@link #checkUserTask}. */
  private static final String MISSED_DEADLINE_PROCESS = "oic-missed-deadline";
  /** An area's own work, called by the area frame, which watches its delivery target date. */
  private static final Pattern OWN_WORK_PROCESS = Pattern.compile("oic-area-\\d+-work");
  /** The shared blocks only the area frame calls; an area's own work holds its own tasks alone. */
  private static final Set<String> FRAME_BLOCKS = Set.of("oic-delivery-plan", "oic-progress-update", "oic-area-sign-off");
  /** What every reminder and escalation hand-off declares, so nothing has to be read back from the model. */
  private static final List<String> HAND_OFF_INPUTS = List.of("itemName", "itemDueDate", "itemOwnerGroup", "itemType");
  private static final Set<String> HAND_OFF_BEANS = Set.of("${sendReminder}", "${raiseEscalation}");

  private static final String AREA_STATUS = "areaStatus";
  private static final List<String> AREA_STATUSES = java.util.Arrays.stream(AreaStatus.values()).map(Enum::name).toList();

  private ProcessModelConventions() {}

  /**
   * @param bpmnFile the model
   * @param formsFolder where the {@code .form} files its user tasks refer to must be
   */
  static List<String> violations(Path bpmnFile, Path formsFolder) {
    var violations = new ArrayList<String>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromFile(bpmnFile.toFile());
    } catch (RuntimeException e) {
      return List.of(bpmnFile.getFileName() + ": not a valid BPMN file: " + e.getMessage());
    }
    var fileKey = bpmnFile.getFileName().toString().replaceFirst("\\.bpmn$", "");
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    if (processes.size() != 1) {
      violations.add(fileKey + ": must hold exactly one process, holds " + processes.size());
    }
    for (var process : processes) {
      if (!process.getId().equals(fileKey)) {
        violations.add(process.getId() + ": process id must equal the file name '" + fileKey + "'");
      }
      if (!process.isExecutable()) {
        violations.add(process.getId() + ": must be executable");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
        violations.add(process.getId() + ": needs camunda:historyTimeToLive");
      }
    }

    var shapes = new HashSet<String>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> {
      if (s.getBpmnElement() != null) {
        shapes.add(s.getBpmnElement().getId());
      }
    });
    var edges = new java.util.HashMap<String, BpmnEdge>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> {
      if (e.getBpmnElement() != null) {
        edges.put(e.getBpmnElement().getId(), e);
      }
    });

    for (var node : model.getModelElementsByType(FlowNode.class)) {
      var id = node.getId();
      if (!shapes.contains(id)) {
        violations.add(id + ": has no BPMNShape in the diagram");
      }
      checkId(id, prefixFor(node), violations);
      if (node.getName() == null || node.getName().isBlank()) {
        violations.add(id + ": needs a name");
      }
      if (node instanceof ScriptTask) {
        violations.add(id + ": script tasks are not allowed; use a service task with a delegate bean");
      }
      if (node instanceof ServiceTask || node instanceof SendTask || node instanceof BusinessRuleTask) {
        checkDelegateOnly(node, violations);
      }
      if (node instanceof ServiceTask task && task.getCamundaDelegateExpression() != null
          && HAND_OFF_BEANS.contains(task.getCamundaDelegateExpression())) {
        checkHandOffInputs(task, violations);
      }
      if (node instanceof UserTask task) {
        checkUserTask(task, formsFolder, violations);
      }
      if (node instanceof CallActivity call) {
        checkCallActivity(call, ownWork(model), violations);
      }
      if (node instanceof ExclusiveGateway gateway && gateway.getOutgoing().size() > 1 && gateway.getDefault() == null) {
        violations.add(id + ": a diverging exclusive gateway needs a default flow");
      }
    }
    for (var flow : model.getModelElementsByType(SequenceFlow.class)) {
      var edge = edges.get(flow.getId());
      if (edge == null) {
        violations.add(flow.getId() + ": has no BPMNEdge in the diagram");
      } else if (edge.getWaypoints().size() < 2) {
        violations.add(flow.getId() + ": its BPMNEdge needs at least two waypoints");
      }
      checkId(flow.getId(), "Flow_", violations);
    }
    for (var output : model.getModelElementsByType(CamundaOutputParameter.class)) {
      if (AREA_STATUS.equals(output.getCamundaName()) && !AREA_STATUSES.contains(output.getTextContent().trim())) {
        violations.add(parentId(output) + ": areaStatus '" + output.getTextContent().trim() + "' is not one of " + AREA_STATUSES);
      }
    }
    if (ownWork(model)) {
      for (var start : model.getModelElementsByType(StartEvent.class)) {
        if (!start.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
          violations.add(start.getId() + ": an area's own work has no deadline timers; the area frame watches its dates");
        }
      }
    }
    for (var script : model.getModelElementsByType(CamundaScript.class)) {
      violations.add(parentId(script) + ": scripts are not allowed");
    }
    for (var listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      if (listener.getCamundaClass() != null) {
        violations.add(parentId(listener) + ": listeners use a bean (delegateExpression or expression), not camunda:class");
      }
    }
    for (var listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      if (listener.getCamundaClass() != null) {
        violations.add(parentId(listener) + ": listeners use a bean (delegateExpression or expression), not camunda:class");
      }
    }
    return violations;
  }

  private static void checkUserTask(UserTask task, Path formsFolder, List<String> violations) {
    var id = task.getId();
    if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
      violations.add(id + ": a user task needs camunda:candidateGroups");
    }
    if (task.getCamundaAssignee() != null) {
      violations.add(id + ": a user task must not name an assignee (use candidate groups)");
    }
    if (task.getCamundaCandidateUsers() != null) {
      violations.add(id + ": a user task must not name candidate users (use candidate groups)");
    }
    if (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank()) {
      violations.add(id + ": a user task needs camunda:dueDate");
    }
    var formRef = task.getCamundaFormRef();
    if (formRef == null || formRef.isBlank()) {
      violations.add(id + ": a user task needs camunda:formRef to a Camunda Form");
    } else {
      if (!"deployment".equals(task.getCamundaFormRefBinding())) {
        violations.add(id + ": camunda:formRefBinding must be \"deployment\"");
      }
      checkForm(id, formRef, formsFolder, violations);
    }
    var timers = timersOn(task);
    // an area's own work falls due at the date agreed in the delivery plan, and the area frame's
    // timers on the call activity watch it: one reminder and one escalation for the whole work
    if (ownWork(task.getModelInstance())) {
      if (!"${deliveryTargetDate}".equals(task.getCamundaDueDate())) {
        violations.add(id + ": a task of an area's own work is due at ${deliveryTargetDate}, the date agreed in the delivery plan");
      }
      if (!timers.isEmpty()) {
        violations.add(id + ": a task of an area's own work has no timers of its own; the area frame watches its date");
      }
      return;
    }
    // the missed-deadline process is the escalation chain itself: its tasks climb a level on their own
    // timers, and handing them to raiseEscalation would escalate an escalation
    var process = task.getModelInstance().getModelElementsByType(Process.class).stream().findFirst();
    if (process.map(p -> MISSED_DEADLINE_PROCESS.equals(p.getId())).orElse(false)) {
      return;
    }
    checkDeadlineTimer(task, timers, "reminderAt(", "sendReminder", violations);
    checkDeadlineTimer(task, timers, "escalateAt(", "raiseEscalation", violations);
  }

  /**
   * Rules: an area's own work calls none of the frame's shared blocks; the frame's call of an area's
   * own work is watched like a user task, by a reminder and an escalation timer.
   */
  private static void checkCallActivity(CallActivity call, boolean ownWork, List<String> violations) {
    var called = call.getCalledElement() == null ? "" : call.getCalledElement();
    if (ownWork && FRAME_BLOCKS.contains(called)) {
      violations.add(call.getId() + ": an area's own work must not call " + called + "; the area frame does");
    }
    if (called.startsWith("oic-area-") && called.endsWith("-work")) {
      var timers = timersOn(call);
      checkDeadlineTimer(call, timers, "reminderAt(", "sendReminder", violations);
      checkDeadlineTimer(call, timers, "escalateAt(", "raiseEscalation", violations);
    }
  }

  /**
   * Rule: a hand-off names its item, due date, owner and type as input parameters; after a boundary
   * timer, also the activity the timer watches ({@code itemActivityId}); and a due-date variable it
   * declares is the one its due date reads. The escalation code reads these and nothing else.
   */
  private static void checkHandOffInputs(ServiceTask task, List<String> violations) {
    var declared = new java.util.HashMap<String, String>();
    task.getModelInstance().getModelElementsByType(CamundaInputParameter.class).stream()
        .filter(p -> p.getParentElement() != null && p.getParentElement().getParentElement() != null
            && p.getParentElement().getParentElement().getParentElement() == task)
        .forEach(p -> declared.put(p.getCamundaName(), p.getTextContent().trim()));
    var missing = HAND_OFF_INPUTS.stream().filter(name -> !declared.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      violations.add(task.getId() + ": a reminder or escalation hand-off must declare the inputs " + HAND_OFF_INPUTS
          + "; missing " + missing);
    }
    task.getIncoming().stream().map(SequenceFlow::getSource).filter(BoundaryEvent.class::isInstance)
        .map(b -> ((BoundaryEvent) b).getAttachedTo()).findFirst().ifPresent(watched -> {
          if (!watched.getId().equals(declared.get("itemActivityId"))) {
            violations.add(task.getId() + ": a hand-off after a boundary timer declares itemActivityId '" + watched.getId()
                + "', the activity the timer watches");
          }
        });
    var dueDateVariable = declared.get("itemDueDateVariable");
    if (dueDateVariable != null && !("${" + dueDateVariable + "}").equals(declared.get("itemDueDate"))) {
      violations.add(task.getId() + ": itemDueDateVariable '" + dueDateVariable + "' must be what itemDueDate reads: ${"
          + dueDateVariable + "}");
    }
  }

  private static List<BoundaryEvent> timersOn(Activity activity) {
    return activity.getParentElement().getChildElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo() == activity && !b.cancelActivity())
        .filter(b -> !b.getChildElementsByType(TimerEventDefinition.class).isEmpty())
        .toList();
  }

  private static boolean ownWork(ModelInstance model) {
    return model.getModelElementsByType(Process.class).stream().anyMatch(p -> OWN_WORK_PROCESS.matcher(p.getId()).matches());
  }

  /** Rule: before the due date a reminder, at it an escalation, each handed to its delegate. */
  private static void checkDeadlineTimer(Activity task, List<BoundaryEvent> timers, String schedule, String bean,
      List<String> violations) {
    var found = timers.stream().filter(t -> {
      var definition = t.getChildElementsByType(TimerEventDefinition.class).iterator().next();
      var text = definition.getTimeDate() == null ? "" : definition.getTimeDate().getTextContent();
      return text.contains("deadlineSchedule." + schedule)
          && t.getOutgoing().stream().anyMatch(f -> f.getTarget() instanceof ServiceTask s
              && ("${" + bean + "}").equals(s.getCamundaDelegateExpression()));
    }).findAny();
    if (found.isEmpty()) {
      violations.add(task.getId() + ": needs a non-interrupting timer at ${deadlineSchedule." + schedule
          + "planId, <due>)} followed by a service task ${" + bean + "}");
    }
  }

  private static void checkForm(String taskId, String formRef, Path formsFolder, List<String> violations) {
    var file = formsFolder.resolve(formRef + ".form");
    if (!Files.isRegularFile(file)) {
      violations.add(taskId + ": camunda:formRef '" + formRef + "' has no file " + formRef + ".form beside the models");
      return;
    }
    try {
      Map<?, ?> form = JSON.readValue(file.toFile(), Map.class);
      if (!formRef.equals(form.get("id"))) {
        violations.add(taskId + ": the form " + formRef + ".form must have the id '" + formRef + "', has '" + form.get("id") + "'");
      }
    } catch (IOException e) {
      violations.add(taskId + ": the form " + formRef + ".form is not valid JSON: " + e.getMessage());
    }
  }

  private static void checkDelegateOnly(FlowNode node, List<String> violations) {
    var id = node.getId();
    String delegate;
    String className;
    String expression;
    String type;
    if (node instanceof ServiceTask t) {
      delegate = t.getCamundaDelegateExpression(); className = t.getCamundaClass(); expression = t.getCamundaExpression(); type = t.getCamundaType();
    } else if (node instanceof SendTask t) {
      delegate = t.getCamundaDelegateExpression(); className = t.getCamundaClass(); expression = t.getCamundaExpression(); type = t.getCamundaType();
    } else {
      var t = (BusinessRuleTask) node;
      delegate = t.getCamundaDelegateExpression(); className = t.getCamundaClass(); expression = t.getCamundaExpression(); type = t.getCamundaType();
    }
    if (className != null) {
      violations.add(id + ": must not use camunda:class (use camunda:delegateExpression)");
    }
    if (expression != null) {
      violations.add(id + ": must not use camunda:expression (use camunda:delegateExpression)");
    }
    if (type != null) {
      violations.add(id + ": must not use camunda:type (use camunda:delegateExpression)");
    }
    if (delegate == null || !delegate.matches("\\$\\{[a-zA-Z][a-zA-Z0-9]*}")) {
      violations.add(id + ": needs camunda:delegateExpression=\"${beanName}\"");
    }
  }

  private static void checkId(String id, Set<String> prefixes, List<String> violations) {
    for (var prefix : prefixes) {
      if (id.startsWith(prefix) && PASCAL.matcher(id.substring(prefix.length())).matches()) {
        return;
      }
    }
    violations.add(id + ": id must be one of " + prefixes + " followed by PascalCase words, e.g. "
        + prefixes.iterator().next() + "SubmitProgressUpdate");
  }

  private static void checkId(String id, String prefix, List<String> violations) {
    checkId(id, Set.of(prefix), violations);
  }

  private static Set<String> prefixFor(FlowNode node) {
    if (node instanceof Event && !node.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
      return orderedSet("Timer_", "Event_");
    }
    if (node instanceof Event) {
      return Set.of("Event_");
    }
    if (node instanceof Gateway) {
      return Set.of("Gateway_");
    }
    if (node instanceof CallActivity) {
      return Set.of("CallActivity_");
    }
    if (node instanceof SubProcess) {
      return Set.of("SubProcess_");
    }
    if (node instanceof Task) {
      return Set.of("Task_");
    }
    return Set.of("Activity_");
  }

  private static Set<String> orderedSet(String... prefixes) {
    return new java.util.LinkedHashSet<>(List.of(prefixes));
  }

  private static String parentId(ModelElementInstance element) {
    var parent = element.getParentElement();
    while (parent != null && parent.getAttributeValue("id") == null) {
      parent = parent.getParentElement();
    }
    return parent == null ? "?" : parent.getAttributeValue("id");
  }

  static Path processesFolder() {
    var folder = Path.of("processes");
    if (!Files.isDirectory(folder)) {
      throw new UncheckedIOException(new IOException("Run from the project folder: no processes/ here"));
    }
    return folder;
  }
}
