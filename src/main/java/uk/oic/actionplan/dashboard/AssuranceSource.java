package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.util.Map;

/** The PCC assurance loop's state of each recommendation; present once the assurance feature is installed. */
public interface AssuranceSource {

  /** Each recommendation's state, by recommendation id, read at once for the plan; empty for an unknown plan. */
  Map<String, AssuranceState> states(String planId);

  /**
   * @param state e.g. "Assurance requested", "Assured", "Challenged", "Referred to accountability meeting"
   * @param assessment the OPCC's latest assessment in words, or null
   */
  record AssuranceState(String state, boolean discharged, LocalDate dischargedOn, String assessment,
      LocalDate assessedOn) {}
}
