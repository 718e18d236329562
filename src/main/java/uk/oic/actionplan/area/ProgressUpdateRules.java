package uk.oic.actionplan.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a progress update must contain; the form checks the same, this refuses what gets past it. */
final class ProgressUpdateRules {

  static final Set<String> RAG_VALUES = Set.of("GREEN", "AMBER", "RED");

  private ProgressUpdateRules() {}

  /** Each problem as "field: problem"; empty when the update is acceptable. */
  static List<String> problems(Object rag, Object progressPercent, Object narrative) {
    var problems = new ArrayList<String>();
    if (!(rag instanceof String value) || !RAG_VALUES.contains(value)) {
      problems.add("rag: must be GREEN, AMBER or RED");
    }
    if (!(progressPercent instanceof Number number)) {
      problems.add("progressPercent: is required");
    } else if (number.doubleValue() < 0 || number.doubleValue() > 100 || number.doubleValue() != Math.rint(number.doubleValue())) {
      problems.add("progressPercent: must be a whole number from 0 to 100");
    }
    if (!(narrative instanceof String text) || text.isBlank()) {
      problems.add("narrative: is required");
    }
    return problems;
  }
}
