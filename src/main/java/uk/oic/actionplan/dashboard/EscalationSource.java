package uk.oic.actionplan.dashboard;

import java.util.List;

/** The escalation log as the dashboard reads it; present once the escalation feature is installed. */
public interface EscalationSource {

  /** Every reminder and escalation of the plan, open and closed. */
  List<EscalationRow> escalations(String planId);
}
