package uk.oic.actionplan.dashboard;

import java.time.LocalDate;
import java.util.List;
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
      LocalDate assessedOn, List<Grade> grades) {

    public AssuranceState {
      grades = grades == null ? List.of() : List.copyOf(grades);
    }

    public AssuranceState(String state, boolean discharged, LocalDate dischargedOn, String assessment,
        LocalDate assessedOn) {
      this(state, discharged, dischargedOn, assessment, assessedOn, List.of());
    }
  }

  /**
   * One OPCC review's grade of the assurance the force's report gave.
   *
   * @param grade as people read it: "Substantial assurance", "Reasonable assurance", ...
   */
  record Grade(int cycleNumber, String grade, LocalDate gradedOn) {}
}
