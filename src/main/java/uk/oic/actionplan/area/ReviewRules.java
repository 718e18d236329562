package uk.oic.actionplan.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The decisions a reviewer can take on an update, a delivery plan or a sign-off, and when a comment
 * is required: to request changes, and to sign off or decline (reasons either way).
 */
final class ReviewRules {

  /** Each decision and whether it accepts (approves, signs off). */
  static final Map<String, Boolean> DECISIONS = Map.of(
      "ACCEPT", true,
      "CHANGES_REQUESTED", false,
      "SIGN_OFF", true,
      "DECLINE", false);

  private ReviewRules() {}

  static List<String> problems(Object decision, Object comment) {
    var problems = new ArrayList<String>();
    if (!(decision instanceof String value) || !DECISIONS.containsKey(value)) {
      problems.add("reviewDecision: must be one of ACCEPT, CHANGES_REQUESTED, SIGN_OFF, DECLINE");
      return problems;
    }
    boolean needsComment = !"ACCEPT".equals(decision);
    if (needsComment && (!(comment instanceof String text) || text.isBlank())) {
      problems.add("reviewComment: is required when the decision is " + decision);
    }
    return problems;
  }

  static boolean accepts(String decision) {
    return DECISIONS.getOrDefault(decision, false);
  }
}
