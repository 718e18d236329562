package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.PROCESS_KEY;
import static uk.oic.actionplan.assurance.AssuranceVariables.businessKey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.dashboard.AssuranceSource;
import uk.oic.actionplan.evidence.EvidenceEntry;
import uk.oic.actionplan.evidence.EvidenceFilter;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * The assurance loop as the dashboard shows it: for each recommendation, the OPCC's latest
 * decision (from the decision records the loop writes to the evidence register), what the loop is
 * waiting for now, and whether the PCC has discharged it.
 */
@Component
class DashboardAssurance implements AssuranceSource {

  /** The loop's activities that record a decision about a recommendation, and the state each leaves. */
  static final Map<String, String> DECISIONS = Map.of(
      "Task_RecordAssured", "Assured",
      "Task_RecordChallenge", "Challenged",
      "Task_RecordChallengeAnswer", "Challenge answered",
      "Task_RecordReferral", "Referred to accountability meeting",
      "Task_RecordMeetingOutcome", "Accountability meeting held",
      "Task_RecordDischarge", "Discharged",
      "Task_RecordSignOffDeclined", "Sign-off declined by the PCC",
      "Task_RecordReopening", "Reopened");

  private static final int PAGE = 500;

  private final AssuranceLoop loop;
  private final HistoryService historyService;
  private final EvidenceRegister register;
  private final ZoneId zone;

  DashboardAssurance(AssuranceLoop loop, HistoryService historyService, EvidenceRegister register, CalendarProperties calendar) {
    this.loop = loop;
    this.historyService = historyService;
    this.register = register;
    this.zone = calendar.zone();
  }

  @Override
  public Map<String, AssuranceState> states(String planId) {
    AssuranceLoop.Status status;
    try {
      status = loop.status(planId);
    } catch (AssuranceLoop.AssuranceRequestException unknownPlan) {
      return Map.of();
    }
    var decisions = latestDecisions(planId);
    var states = new LinkedHashMap<String, AssuranceState>();
    for (var recommendation : status.recommendations()) {
      states.put(recommendation.recommendationId(),
          state(status, recommendation, decisions.get(recommendation.recommendationId())));
    }
    return states;
  }

  private AssuranceState state(AssuranceLoop.Status status, AssuranceLoop.RecommendationStatus recommendation,
      EvidenceEntry latest) {
    var discharge = recommendation.discharge();
    if (recommendation.discharged() && discharge != null) {
      var on = LocalDate.ofInstant(discharge.dischargedAt(), zone);
      return new AssuranceState("Discharged", true, on, "Signed off by the PCC: " + discharge.reasons(), on);
    }
    var openTasks = recommendation.openTasks();
    String state;
    if (latest != null) {
      state = DECISIONS.get(latest.activityId());
    } else if (!openTasks.isEmpty()) {
      state = "Assurance requested";
    } else {
      state = "NOT_STARTED".equals(status.state()) ? "Not started" : "Not yet requested";
    }
    if (!openTasks.isEmpty()) {
      state = state + "; waiting for: " + openTasks.get(0);
    }
    return new AssuranceState(state, false, null,
        latest == null ? null : latest.title() + ". " + latest.description(),
        latest == null ? null : LocalDate.ofInstant(latest.recordedAt(), zone));
  }

  /** The newest decision record of each recommendation, from every loop the plan has had. */
  private Map<String, EvidenceEntry> latestDecisions(String planId) {
    var latest = new HashMap<String, EvidenceEntry>();
    for (var instance : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey(planId)).list()) {
      for (var entry : entries(EvidenceFilter.processInstance(instance.getId()))) {
        if (entry.recommendationId() != null && DECISIONS.containsKey(entry.activityId())) {
          latest.merge(entry.recommendationId(), entry, (a, b) -> a.sequence() >= b.sequence() ? a : b);
        }
      }
    }
    return latest;
  }

  private List<EvidenceEntry> entries(EvidenceFilter filter) {
    var all = new ArrayList<EvidenceEntry>();
    for (int page = 0; ; page++) {
      var found = register.search(filter, null, page, PAGE);
      all.addAll(found.entries());
      if ((long) (page + 1) * PAGE >= found.totalEntries()) {
        return all;
      }
    }
  }
}
