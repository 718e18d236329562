package uk.oic.actionplan.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The plan's areas as the action plan model reads them, by plan id and area number: the model calls
 * {@code ${planAreas.numbers(planId)}} for its multi-instance and passes each area its name, owner
 * group, recommendation and deadline; the shared models read the strategic lead's group with
 * {@code ${planAreas.strategicLead(planId)}}. Nothing is stored as a serialized list.
 */
@Component("planAreas")
public class PlanAreas {

  /** What an area shows for "recommendation" when it delivers none. */
  public static final String NO_RECOMMENDATION = "No recommendation";

  private final PlanCatalog plans;

  PlanAreas(PlanCatalog plans) {
    this.plans = plans;
  }

  public List<Integer> numbers(String planId) {
    return plan(planId).areas().stream().map(PlanDefinition.Area::number).toList();
  }

  public String name(String planId, int number) {
    return area(planId, number).name();
  }

  public String ownerGroup(String planId, int number) {
    return area(planId, number).ownerGroup();
  }

  /** The recommendation's id, or null. */
  public String recommendationId(String planId, int number) {
    return area(planId, number).recommendation();
  }

  /** "Rec 8", or "No recommendation". */
  public String recommendationLabel(String planId, int number) {
    var area = area(planId, number);
    return area.recommendation() == null ? NO_RECOMMENDATION
        : plan(planId).recommendation(area.recommendation()).map(PlanDefinition.Recommendation::label).orElseThrow();
  }

  /** The group of the plan's strategic lead, who reviews updates and delivery plans and signs areas off. */
  public String strategicLead(String planId) {
    return plan(planId).roles().strategicLead();
  }

  /** The area's deadline day: its recommendation's deadline or its own target date. */
  public LocalDate deadline(String planId, int number) {
    return plan(planId).deadlineOf(area(planId, number));
  }

  private PlanDefinition plan(String planId) {
    return plans.find(planId).orElseThrow(() -> new IllegalArgumentException("Unknown plan '" + planId + "'"));
  }

  private PlanDefinition.Area area(String planId, int number) {
    return plan(planId).area(number)
        .orElseThrow(() -> new IllegalArgumentException("Plan '" + planId + "' has no area " + number));
  }
}
