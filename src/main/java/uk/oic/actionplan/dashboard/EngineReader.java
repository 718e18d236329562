package uk.oic.actionplan.dashboard;

import static uk.oic.actionplan.kernel.AreaStateVariables.AREA_STATUS;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_NARRATIVE;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_PROGRESS_PERCENT;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_RAG;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_REVIEW_COMMENT;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_UPDATE_AT;
import static uk.oic.actionplan.kernel.AreaStateVariables.LAST_UPDATE_BY;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.CalendarProperties;
import uk.oic.actionplan.kernel.ProcessKeys;
import uk.oic.actionplan.kernel.Rag;

/**
 * Reads who did what and when from the engine's history: an area's instance found by its business key
 * ({@code <planId>/area-<n>}) and everything it called: accepted progress updates, completed tasks with
 * what was entered, status changes. Where things stand comes from the read model, not from here.
 *
 * <p>An accepted update is a set of {@code last*} variables written together on the area instance
 * (the progress-update call activity maps them back in one step); a variable written twice starts the
 * next update.
 */
@Component
class EngineReader {

  private static final Set<String> UPDATE_VARIABLES = Set.of(LAST_RAG, LAST_PROGRESS_PERCENT, LAST_NARRATIVE,
      LAST_UPDATE_BY, LAST_UPDATE_AT, LAST_REVIEW_COMMENT);
  private static final int MAX_VALUE_TEXT = 300;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private final HistoryService history;
  private final RepositoryService repository;
  private final ZoneId zone;

  EngineReader(HistoryService history, RepositoryService repository, CalendarProperties calendar) {
    this.history = history;
    this.repository = repository;
    this.zone = calendar.zone();
  }

  private Optional<HistoricProcessInstance> areaInstance(String planId, int number) {
    return history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(ProcessKeys.areaBusinessKey(planId, number))
        .processDefinitionKey(ProcessKeys.AREA)
        .orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst();
  }

  /** The instance and every instance it called, directly or through others. */
  private List<String> tree(String rootId, boolean unfinishedOnly) {
    var ids = new ArrayList<String>();
    var queue = new ArrayList<String>(List.of(rootId));
    var seen = new HashSet<String>();
    while (!queue.isEmpty()) {
      var id = queue.remove(0);
      if (!seen.add(id)) {
        continue;
      }
      ids.add(id);
      var children = history.createHistoricProcessInstanceQuery().superProcessInstanceId(id);
      if (unfinishedOnly) {
        children.unfinished();
      }
      children.list().forEach(child -> queue.add(child.getId()));
    }
    return ids;
  }

  private List<HistoricVariableUpdate> details(String processInstanceId) {
    var updates = new ArrayList<HistoricVariableUpdate>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization()
        .orderByTime().asc().orderPartiallyByOccurrence().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update) {
        updates.add(update);
      }
    }
    return updates;
  }

  /** An accepted update as the history view shows it. */
  record Update(LocalDateTime recordedAt, String submittedBy, Rag rag, Integer progressPercent, String narrative,
      String reviewComment) {}

  /** The accepted updates, from the {@code last*} variables as they were written over time. */
  List<Update> updates(List<HistoricVariableUpdate> details) {
    var groups = new ArrayList<Map<String, Object>>();
    var times = new ArrayList<Date>();
    Map<String, Object> group = null;
    String groupScope = null;
    for (var detail : details) {
      if (!UPDATE_VARIABLES.contains(detail.getVariableName())) {
        continue;
      }
      var scope = detail.getActivityInstanceId();
      if (group == null || !java.util.Objects.equals(scope, groupScope) || group.containsKey(detail.getVariableName())) {
        group = new LinkedHashMap<>();
        groupScope = scope;
        groups.add(group);
        times.add(detail.getTime());
      }
      group.put(detail.getVariableName(), safeValue(detail::getValue));
    }
    var result = new ArrayList<Update>();
    var current = new HashMap<String, Object>();
    Object lastSeenAt = null;
    for (int i = 0; i < groups.size(); i++) {
      current.putAll(groups.get(i));
      var at = current.get(LAST_UPDATE_AT);
      if (!groups.get(i).containsKey(LAST_UPDATE_AT) || !(at instanceof Date) || at.equals(lastSeenAt)) {
        continue;
      }
      lastSeenAt = at;
      result.add(new Update(local(times.get(i)), EngineDashboardData.text(current.get(LAST_UPDATE_BY)),
          Rag.parse(current.get(LAST_RAG)), EngineDashboardData.integer(current.get(LAST_PROGRESS_PERCENT)),
          EngineDashboardData.text(current.get(LAST_NARRATIVE)),
          EngineDashboardData.text(current.get(LAST_REVIEW_COMMENT))));
    }
    return result;
  }

  /** Who did what and when in one area: its instance, the call activities it ran and their tasks. */
  List<HistoryEvent> areaHistory(String planId, int number, String recommendationId) {
    var instance = areaInstance(planId, number);
    if (instance.isEmpty()) {
      return List.of();
    }
    var root = instance.get();
    var events = new ArrayList<HistoryEvent>();
    events.add(new HistoryEvent(local(root.getStartTime()), who(root.getStartUserId()), "Area started",
        "Area " + number + " began", "Process", number, recommendationId));
    if (root.getEndTime() != null) {
      events.add(new HistoryEvent(local(root.getEndTime()), "system", "Area closed", root.getState(), "Process",
          number, recommendationId));
    }
    var details = details(root.getId());
    for (var update : updates(details)) {
      events.add(new HistoryEvent(update.recordedAt(), who(update.submittedBy()),
          "Progress update accepted" + (update.rag() == null ? "" : ": " + update.rag().label())
              + (update.progressPercent() == null ? "" : ", " + update.progressPercent() + "%"),
          join(update.narrative(), update.reviewComment() == null ? null : "Reviewer: " + update.reviewComment()),
          "Progress update", number, recommendationId));
    }
    for (var detail : details) {
      if (AREA_STATUS.equals(detail.getVariableName()) && detail.getValue() != null) {
        events.add(new HistoryEvent(local(detail.getTime()), "system", "Area status: " + detail.getValue(), null,
            "Process", number, recommendationId));
      }
    }
    events.addAll(taskEvents(tree(root.getId(), false), number, recommendationId));
    return events;
  }

  /** The action plan's and the assurance loop's own tasks. */
  List<HistoryEvent> planHistory(String planId) {
    var events = new ArrayList<HistoryEvent>();
    for (var key : List.of(planId, planId + "/assurance")) {
      for (var instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
        if (instance.getSuperProcessInstanceId() != null) {
          continue;
        }
        events.add(new HistoryEvent(local(instance.getStartTime()), who(instance.getStartUserId()),
            "Started: " + processName(instance), null, "Process", null, null));
        events.addAll(taskEvents(tree(instance.getId(), false), null, null));
      }
    }
    return events;
  }

  private List<HistoryEvent> taskEvents(List<String> instanceIds, Integer area, String recommendationId) {
    if (instanceIds.isEmpty()) {
      return List.of();
    }
    var completedBy = new HashMap<String, String>();
    var entered = new HashMap<String, List<String>>();
    for (var id : instanceIds) {
      for (var entry : history.createUserOperationLogQuery().processInstanceId(id)
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
        if (entry.getTaskId() != null && entry.getUserId() != null) {
          completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId());
        }
      }
      for (var detail : details(id)) {
        var value = safeValue(detail::getValue);
        if (detail.getActivityInstanceId() != null && value != null) {
          entered.computeIfAbsent(detail.getActivityInstanceId(), k -> new ArrayList<>())
              .add(detail.getVariableName() + ": " + display(value));
        }
      }
    }
    var events = new ArrayList<HistoryEvent>();
    var finished = new ArrayList<HistoricTaskInstance>();
    instanceIds.forEach(id -> finished.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(id).finished().list()));
    for (var task : finished) {
      if (!"completed".equals(task.getDeleteReason())) {
        continue;
      }
      var who = completedBy.getOrDefault(task.getId(), task.getAssignee());
      var values = entered.getOrDefault(task.getActivityInstanceId(), List.of()).stream().distinct().toList();
      events.add(new HistoryEvent(local(task.getEndTime()), who(who), "Completed: " + task.getName(),
          values.isEmpty() ? null : String.join("\n", values), "Task", area, recommendationId));
    }
    return events;
  }

  private String processName(HistoricProcessInstance instance) {
    var definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  private String display(Object value) {
    String text;
    if (value instanceof Date date) {
      text = DAY.format(date.toInstant().atZone(zone));
    } else if (value instanceof Boolean flag) {
      text = flag ? "yes" : "no";
    } else {
      text = value.toString();
    }
    return text.length() > MAX_VALUE_TEXT ? text.substring(0, MAX_VALUE_TEXT - 1) + "\u2026" : text;
  }

  private static String who(String userId) {
    return userId == null || userId.isBlank() ? "not recorded" : userId;
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + "\n" + b;
  }

  private LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }

  /** A value, or null where it cannot be read here (a serialized object of a class this code does not know). */
  private static Object safeValue(java.util.function.Supplier<Object> value) {
    try {
      var v = value.get();
      return v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Date ? v : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
