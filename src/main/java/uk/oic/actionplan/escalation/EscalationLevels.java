package uk.oic.actionplan.escalation;

import java.util.ArrayList;
import java.util.List;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * The groups an item climbs through: its owner group, then the plan's chain above the owner. An item
 * the oversight body owns climbs within the oversight body only.
 */
final class EscalationLevels {

  /** The chain entry that stands for the item's owner group (as the plan rules define it). */
  static final String OWNER = "owner";

  private EscalationLevels() {}

  /**
   * Level 1 is the owner group. The chain's {@code owner} entry stands for it; when the owner group
   * itself is in the chain (a chief officers' decision, say), the levels go on from there, so an
   * item never escalates downwards. An item owned by the oversight body (the plan's OPCC staff or
   * PCC, see {@link #oversightOwned}) never reaches the force's groups: OPCC staff, then the PCC; the
   * PCC's own item stays with the PCC.
   */
  static List<String> of(PlanDefinition plan, String ownerGroup) {
    var roles = plan.roles();
    if (ownerGroup.equals(roles.pcc())) {
      return List.of(ownerGroup);
    }
    if (ownerGroup.equals(roles.opccStaff())) {
      return List.of(ownerGroup, roles.pcc());
    }
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

  /**
   * Whether the item is the oversight body's own work: its owner group is the plan's OPCC staff or
   * PCC. Its escalation stays within the oversight body, a revised date is the PCC's to decide, and
   * unresolved at its top it stays open there rather than going to the accountability meeting, where
   * the PCC holds the force to account.
   */
  static boolean oversightOwned(PlanDefinition plan, String ownerGroup) {
    return ownerGroup.equals(plan.roles().opccStaff()) || ownerGroup.equals(plan.roles().pcc());
  }

  /** Who decides a revised date: the plan's chief officers, or the PCC for the oversight body's own item. */
  static String revisionDecider(PlanDefinition plan, String ownerGroup) {
    return oversightOwned(plan, ownerGroup) ? plan.roles().pcc() : plan.roles().chiefOfficers();
  }
}
