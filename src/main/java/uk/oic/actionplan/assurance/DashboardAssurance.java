package uk.oic.actionplan.assurance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.dashboard.AssuranceSource;
import uk.oic.actionplan.kernel.CalendarProperties;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * The assurance loop as the dashboard shows it: for each recommendation, the OPCC's latest decision,
 * its grades of the assurance given over the cycles and whether the PCC has discharged it (from the
 * loop's records, {@link AssuranceRecords}), and what the running loop is waiting for now (its open
 * tasks).
 */
@Component
class DashboardAssurance implements AssuranceSource {

  private final AssuranceLoop loop;
  private final AssuranceRecords records;
  private final ZoneId zone;

  DashboardAssurance(AssuranceLoop loop, AssuranceRecords records, CalendarProperties calendar) {
    this.loop = loop;
    this.records = records;
    this.zone = calendar.zone();
  }

  @Override
  public Map<String, AssuranceState> states(String planId) {
    PlanDefinition plan;
    try {
      plan = loop.plan(planId);
    } catch (AssuranceLoop.AssuranceRequestException unknownPlan) {
      return Map.of();
    }
    var running = loop.running(planId);
    var openTasks = running.map(l -> loop.openTasks(l.getId())).orElse(Map.of());
    var discharged = records.openDischarges(planId);
    var decisions = records.states(planId);
    var grades = records.grades(planId);
    var states = new LinkedHashMap<String, AssuranceState>();
    for (var recommendation : plan.recommendations()) {
      var id = recommendation.id();
      var state = discharged.find(id)
          .map(this::discharged)
          .orElseGet(() -> state(running.isPresent(), decisions.get(id), openTasks.getOrDefault(id, List.of())));
      states.put(id, new AssuranceState(state.state(), state.discharged(), state.dischargedOn(), state.assessment(),
          state.assessedOn(), grades.getOrDefault(id, List.of()).stream().map(this::grade).toList()));
    }
    return states;
  }

  private AssuranceSource.Grade grade(AssuranceRecords.Grade grade) {
    return new AssuranceSource.Grade(grade.cycleNumber(), grade.grade().label(),
        LocalDate.ofInstant(grade.gradedAt(), zone));
  }

  private AssuranceState discharged(DischargedRecommendations.Discharge discharge) {
    var on = LocalDate.ofInstant(discharge.dischargedAt(), zone);
    return new AssuranceState("Discharged", true, on, "Signed off by the PCC: " + discharge.reasons(), on);
  }

  private AssuranceState state(boolean loopRunning, AssuranceRecords.Decision latest, List<String> openTasks) {
    String state;
    if (latest != null) {
      state = latest.state();
    } else if (!openTasks.isEmpty()) {
      state = "Assurance requested";
    } else {
      // a loop that has ended discharged everything, so without a running loop none has started
      state = loopRunning ? "Not yet requested" : "Not started";
    }
    if (!openTasks.isEmpty()) {
      state = state + "; waiting for: " + openTasks.get(0);
    }
    return new AssuranceState(state, false, null,
        latest == null ? null : assessment(latest),
        latest == null ? null : LocalDate.ofInstant(latest.decidedAt(), zone));
  }

  private static String assessment(AssuranceRecords.Decision decision) {
    return decision.description() == null ? decision.title() : decision.title() + ". " + decision.description();
  }
}
