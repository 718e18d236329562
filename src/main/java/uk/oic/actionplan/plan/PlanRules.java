package uk.oic.actionplan.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The checks that span fields of a plan, beyond what each field's own constraints say. */
final class PlanRules {

  /** In an escalation chain, the owner group of the item that is late. */
  static final String OWNER = "owner";

  private PlanRules() {}

  /** Each problem as "field: message", in file order. */
  static List<String> problems(PlanDefinition plan) {
    var problems = new ArrayList<String>();
    var recommendationIds = new HashSet<String>();
    var recommendationNumbers = new HashSet<Integer>();
    for (int i = 0; i < plan.recommendations().size(); i++) {
      var rec = plan.recommendations().get(i);
      if (!recommendationIds.add(rec.id())) {
        problems.add("recommendations[" + i + "].id: '" + rec.id() + "' is used twice");
      }
      if (!recommendationNumbers.add(rec.number())) {
        problems.add("recommendations[" + i + "].number: " + rec.number() + " is used twice");
      }
    }
    var areaNumbers = new HashSet<Integer>();
    for (int i = 0; i < plan.areas().size(); i++) {
      var area = plan.areas().get(i);
      var at = "areas[" + i + "]";
      if (!areaNumbers.add(area.number())) {
        problems.add(at + ".number: " + area.number() + " is used twice");
      }
      if (area.recommendation() != null && !recommendationIds.contains(area.recommendation())) {
        problems.add(at + ".recommendation: '" + area.recommendation() + "' is not a recommendation of this plan");
      }
      if (area.recommendation() != null && area.targetDate() != null) {
        problems.add(at + ".targetDate: give either a recommendation or a target date, not both");
      }
      if (area.recommendation() == null && area.targetDate() == null) {
        problems.add(at + ".targetDate: an area that delivers no recommendation needs a target date");
      }
      if (area.targetDate() != null && area.targetDate().isBefore(plan.startDate())) {
        problems.add(at + ".targetDate: " + area.targetDate() + " is before the plan's start date " + plan.startDate());
      }
    }
    var chain = plan.escalation().chain();
    if (!chain.isEmpty() && !OWNER.equals(chain.get(0))) {
      problems.add("escalation.chain[0]: must be 'owner' (the late item's owner group is told first)");
    }
    for (int i = 1; i < chain.size(); i++) {
      if (OWNER.equals(chain.get(i))) {
        problems.add("escalation.chain[" + i + "]: 'owner' may only come first");
      }
    }
    if (new HashSet<>(chain).size() != chain.size()) {
      problems.add("escalation.chain: a level is named twice");
    }
    return problems;
  }
}
