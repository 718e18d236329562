package uk.oic.actionplan.escalation;

import java.util.ArrayList;
import java.util.List;
import uk.oic.actionplan.plan.PlanDefinition;

/** The groups an item climbs through: its owner group, then the plan's chain above the owner. */
final class EscalationLevels {

  /** The chain entry that stands for the item's owner group (as the plan rules define it). */
  static final String OWNER = "owner";

  private EscalationLevels() {}

  /**
   * Level 1 is the owner group. The chain's {@code owner} entry stands for it; when the owner group
   * itself is in the chain (a chief officers' decision, say), the levels go on from there, so an
   * item never escalates downwards.
   */
  static List<String> of(PlanDefinition plan, String ownerGroup) {
    var chain = plan.escalation().chain();
    var levels = new ArrayList<String>();
    levels.add(ownerGroup);
    int position = chain.indexOf(ownerGroup);
    for (int i = position + 1; i < chain.size(); i++) {
      var group = chain.get(i);
      if (!OWNER.equals(group) && !levels.contains(group)) {
        levels.add(group);
      }
    }
    return List.copyOf(levels);
  }
}
