package uk.oic.actionplan.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One Tasklist filter as the application defines it: what it lists, in which order, which process
 * variables each task card shows, and the groups it is shared with.
 *
 * @param key stable identity of the filter across releases (kept in its properties), so a renamed
 *     filter is updated rather than created again
 * @param priority position in Tasklist's filter list, lowest first
 * @param criteria narrows a fresh task query; the due-date order is added for every filter
 */
record TasklistFilter(
    String key,
    String name,
    int priority,
    String colour,
    String description,
    Set<String> groups,
    UnaryOperator<TaskQuery> criteria) {

  /** Property holding {@link #key()}. */
  static final String KEY_PROPERTY = "oicFilterKey";
  /** Property holding a digest of the definition, to tell whether a stored filter is current. */
  static final String DEFINITION_PROPERTY = "oicFilterDefinition";

  /** The process variables shown on each task card, with their labels. */
  static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      variable("planTitle", "Plan"),
      variable("areaName", "Area"),
      variable("recommendationLabel", "Recommendation"));

  TaskQuery query(TaskQuery fresh) {
    return criteria.apply(fresh).orderByDueDate().asc();
  }

  /** The filter's properties as Tasklist reads them, plus the application's key. */
  Map<String, Object> properties() {
    var properties = new LinkedHashMap<String, Object>();
    properties.put("priority", priority);
    properties.put("color", colour);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", SHOWN_VARIABLES);
    properties.put(KEY_PROPERTY, key);
    return properties;
  }

  private static Map<String, String> variable(String name, String label) {
    var variable = new LinkedHashMap<String, String>();
    variable.put("name", name);
    variable.put("label", label);
    return variable;
  }
}
