package uk.oic.actionplan.dashboard;

import java.util.List;
import java.util.Optional;

/** Where the dashboard's figures come from: the engine, the evidence register and the escalation log. */
public interface DashboardData {

  /** The ids of the plans there are, in catalogue order. */
  List<String> planIds();

  /** The plan as it stands now, as {@code userId} may see it; empty for an unknown plan. */
  Optional<PlanReport> report(String planId, String userId);

  /**
   * The plan for the overview of every plan: its recommendations and areas, its open escalations without their
   * steps, how many evidence entries it has and the register's last check; no updates or evidence entries.
   */
  Optional<PlanReport> summary(String planId, String userId);

  /** Each of the plans in one line, in the order given, as {@code userId} may see them. */
  List<PlanOverview> overview(List<String> planIds, String userId);

  /** The register's latest check of its chain and when it was made; null without the register. */
  EvidenceSource.CheckedVerification lastVerification();

  /** Who did what and when, newest first, in the areas {@code userId} may see; empty for an unknown plan. */
  List<HistoryEvent> history(String planId, HistoryScope scope, String userId);
}
