package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.util.Optional;

/** The PCC assurance loop's state of each recommendation; present once the assurance feature is installed. */
public interface AssuranceSource {

  Optional<AssuranceState> state(String planId, String recommendationId);

  /**
   * @param state e.g. "Assurance requested", "Assured", "Challenged", "Referred to accountability meeting"
   * @param assessment the OPCC's latest assessment in words, or null
   */
  record AssuranceState(String state, boolean discharged, LocalDate dischargedOn, String assessment,
      LocalDate assessedOn) {}
}
