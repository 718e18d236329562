package uk.oic.actionplan.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;

/** The checks that span fields of a plan, beyond what each field's own constraints say. */
final class PlanRules {

  /** In an escalation chain, the owner group of the item that is late. */
  static final String OWNER = "owner";

  private PlanRules() {}

  /** Each problem as "field: message", in file order. */
  static List<String> problems(PlanDefinition plan) {
    var problems = new ArrayList<String>();
    if (plan.draft() && (plan.areasNote() == null || plan.areasNote().isBlank())) {
      problems.add("areasNote: a plan whose areas are a draft needs a note saying so, for its readers");
    }
    var recommendationIds = new HashSet<String>();
    var recommendationNumbers = new HashSet<Integer>();
    for (int i = 0; i < plan.recommendations().size(); i++) {
      var rec = plan.recommendations().get(i);
      if (rec.source() != Origin.INSPECTION) {
        problems.add("recommendations[" + i + "].source: must be 'inspection': a recommendation, its text and its"
            + " deadline are the inspection's own");
      }
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
      if (area.setBy() != Origin.FORCE) {
        problems.add(at + ".setBy: must be 'force': the inspection makes recommendations; the areas that deliver them are the force's");
      }
      if (area.target() != null) {
        problems.addAll(targetProblems(at + ".target", area.target()));
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
    if (plan.reportPublishedOn() != null) {
      plan.recommendations().stream().map(PlanDefinition.Recommendation::deadline)
          .filter(deadline -> !deadline.isAfter(plan.reportPublishedOn())).min(java.util.Comparator.naturalOrder())
          .ifPresent(deadline -> problems.add("reportPublishedOn: " + plan.reportPublishedOn()
              + " is not before the recommendation deadline " + deadline + ": the report sets its deadlines when it is published"));
      if (plan.recommendations().size() > PlanDefinition.PCC_RESPONSE_MAX_RECOMMENDATIONS) {
        problems.add("reportPublishedOn: the PCC's response forms hold at most " + PlanDefinition.PCC_RESPONSE_MAX_RECOMMENDATIONS
            + " recommendations; this plan has " + plan.recommendations().size());
      }
    }
    if (plan.cadence().setBy() != Origin.FORCE) {
      problems.add("cadence.setBy: must be 'force': the inspection sets no cadence");
    }
    if (plan.escalation().setBy() != Origin.FORCE) {
      problems.add("escalation.setBy: must be 'force': the inspection sets no escalation chain");
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

  /** A known measure; a percent for every measure but a trend, none for a trend; module notes only with modules. */
  private static List<String> targetProblems(String at, PlanDefinition.Target target) {
    var problems = new ArrayList<String>();
    if (target.setBy() != Origin.FORCE) {
      problems.add(at + ".setBy: must be 'force': the inspection sets no measured targets");
    }
    var measure = target.measure();
    if (PlanDefinition.Target.TREND_MEASURES.contains(measure)) {
      if (target.percent() != null) {
        problems.add(at + ".percent: '" + measure + "' is a trend (an increase period on period) and takes no percent");
      }
    } else if (PlanDefinition.Target.PERCENT_MEASURES.contains(measure)) {
      if (target.percent() == null) {
        problems.add(at + ".percent: is required for '" + measure + "' (1 to 100)");
      }
    } else {
      problems.add(at + ".measure: unknown measure '" + measure + "' (known measures: "
          + String.join(", ", new TreeSet<>(PlanDefinition.Target.PERCENT_MEASURES)) + "; trends: "
          + String.join(", ", new TreeSet<>(PlanDefinition.Target.TREND_MEASURES)) + ")");
    }
    if (target.modulesNote() != null && target.modules().isEmpty()) {
      problems.add(at + ".modulesNote: only for a target with modules");
    }
    return problems;
  }
}
