package uk.oic.actionplan.kernel;

/**
 * The keys of a plan's processes and the business keys that tie their instances to a plan and an
 * area. Every instance an area runs (its frame and every instance the frame calls) carries the
 * area's business key {@code <planId>/area-<n>}.
 */
public final class ProcessKeys {

  /** The plan's own process; business key: the plan's id. */
  public static final String ACTION_PLAN = "oic-action-plan";
  /** The frame every area runs; business key {@code <planId>/area-<n>}. */
  public static final String AREA = "oic-area";
  /** The PCC's assurance loop; business key {@code <planId>/assurance}. */
  public static final String ASSURANCE = "oic-pcc-assurance";
  /**
   * The PCC's published comments on the inspection report: the response, business key
   * {@code <planId>/pcc-response}, and each later progress statement, {@code <planId>/progress-statement}.
   */
  public static final String PCC_RESPONSE = "oic-pcc-response";

  private static final String AREA_KEY_PART = "/area-";

  private ProcessKeys() {}

  /** The process holding the area's own tasks, which the frame calls: {@code oic-area-<n>-work}. */
  public static String ownWork(int areaNumber) {
    return "oic-area-" + areaNumber + "-work";
  }

  /** Whether {@code definitionKey} is an area's own work. */
  public static boolean isOwnWork(String definitionKey) {
    return definitionKey != null && definitionKey.matches("oic-area-\\d+-work");
  }

  /** Business key of the plan's PCC response: {@code <planId>/pcc-response}. */
  public static String pccResponseBusinessKey(String planId) {
    return planId + "/pcc-response";
  }

  /** Business key of a progress statement the PCC publishes after the response: {@code <planId>/progress-statement}. */
  public static String progressStatementBusinessKey(String planId) {
    return planId + "/progress-statement";
  }

  public static String areaBusinessKey(String planId, int areaNumber) {
    return planId + AREA_KEY_PART + areaNumber;
  }

  /** The plan and area of an area's business key, or null when {@code businessKey} is not one. */
  public static AreaKey parseAreaBusinessKey(String businessKey) {
    if (businessKey == null) {
      return null;
    }
    int at = businessKey.lastIndexOf(AREA_KEY_PART);
    if (at <= 0) {
      return null;
    }
    var number = businessKey.substring(at + AREA_KEY_PART.length());
    if (number.isEmpty() || number.length() > 4 || !number.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return new AreaKey(businessKey.substring(0, at), Integer.parseInt(number));
  }

  /** A plan's area, as its business key names it. */
  public record AreaKey(String planId, int areaNumber) {}
}
