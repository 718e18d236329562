package uk.oic.actionplan.area;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The running history of an area's accepted figures ({@code figuresHistory}): a JSON array, oldest
 * first, so the trend shows in Cockpit and area 6 can compare with its previous period. The evidence
 * register keeps every set; the variable keeps the last {@value #SIZE}.
 */
final class FiguresHistory {

  static final int SIZE = 24;

  private final ObjectMapper json;

  FiguresHistory(ObjectMapper json) {
    this.json = json;
  }

  /** The entries of {@code history}, oldest first; none for a null or blank variable. */
  List<JsonNode> read(String history) {
    if (history == null || history.isBlank()) {
      return List.of();
    }
    try {
      var entries = new ArrayList<JsonNode>();
      json.readTree(history).forEach(entries::add);
      return List.copyOf(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("figures history is not a JSON array: " + history, e);
    }
  }

  /** {@code history} with {@code entry} added last, keeping the last {@link #SIZE}. */
  String append(List<JsonNode> history, Map<String, Object> entry) {
    var all = new ArrayList<>(history);
    all.add(json.valueToTree(entry));
    try {
      return json.writeValueAsString(all.subList(Math.max(0, all.size() - SIZE), all.size()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("figures history cannot be written", e);
    }
  }
}
