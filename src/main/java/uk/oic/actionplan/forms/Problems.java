package uk.oic.actionplan.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is wrong with a completion, one problem per field (the first found), in the order found. */
public final class Problems {

  private final Map<String, String> byField = new LinkedHashMap<>();

  /** Records a problem unless the field already has one: one clear message per field. */
  public void add(String field, String problem) {
    byField.putIfAbsent(field, problem);
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, String> byField() {
    return Collections.unmodifiableMap(byField);
  }

  /** Each problem as "field: problem". */
  public List<String> lines() {
    var lines = new ArrayList<String>();
    byField.forEach((field, problem) -> lines.add(field + ": " + problem));
    return lines;
  }

  @Override
  public String toString() {
    return String.join("; ", lines());
  }
}
