package uk.oic.actionplan.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deployed Camunda Form as the completion check reads it: its id and its fields by key. */
record FormSpec(String id, Map<String, FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static FormSpec parse(byte[] json) {
    try {
      return of(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Camunda Form: " + e.getMessage(), e);
    }
  }

  static FormSpec of(JsonNode form) {
    var fields = new LinkedHashMap<String, FormField>();
    collect(form.path("components"), fields);
    return new FormSpec(form.path("id").asText(), java.util.Collections.unmodifiableMap(fields));
  }

  /** Fields inside groups count as the form's own fields. */
  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (var component : components) {
      var field = FormField.of(component);
      if (field != null) {
        fields.putIfAbsent(field.key(), field);
      }
      collect(component.path("components"), fields);
    }
  }

  /** The keys a person can fill in: every field that is not disabled. */
  List<String> editableKeys() {
    var keys = new ArrayList<String>();
    fields.values().stream().filter(f -> !f.disabled()).forEach(f -> keys.add(f.key()));
    return keys;
  }
}
