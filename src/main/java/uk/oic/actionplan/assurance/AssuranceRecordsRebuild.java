package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.PROCESS_KEY;
import static uk.oic.actionplan.assurance.AssuranceVariables.businessKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.oic.actionplan.evidence.EvidenceEntry;
import uk.oic.actionplan.evidence.EvidenceFilter;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Fills a plan's assurance records ({@link AssuranceRecords}) from what the engine and the evidence
 * register hold, for a database whose loops ran before the records were kept, or to repair them.
 *
 * <p>Every step of the loop that the records follow also writes an evidence entry, in the same
 * transaction, so the register alone says what the records must hold: read in the register's order
 * across the plan's loops (from engine history), each "cycle started" entry counts a cycle of its
 * loop, each sign-off entry is a discharge (who, when, why), each reopening entry reopens it, and each
 * decision entry ({@link AssuranceRecords#DECISIONS}) is the recommendation's latest until a later
 * one. Each decision that completes a review gives that review's grade: its reference
 * ("Grade: Reasonable assurance", written by the application, never user text; for entries written
 * before, the description's last "Grade: " line), the cycle in its title. The discharge's label is the plan's, as the loop took it.
 */
@Component
public class AssuranceRecordsRebuild {

  static final String CYCLE_OPENED = "Task_RecordCycleOpened";
  static final String DISCHARGE = "Task_RecordDischarge";
  static final String REOPENING = "Task_RecordReopening";

  private static final int PAGE = 500;

  private final AssuranceRecords records;
  private final EvidenceRegister register;
  private final HistoryService historyService;
  private final PlanCatalog plans;
  private final LoopContext context;
  private final TransactionTemplate transaction;

  AssuranceRecordsRebuild(AssuranceRecords records, EvidenceRegister register, HistoryService historyService,
      PlanCatalog plans, LoopContext context, PlatformTransactionManager transactions) {
    this.records = records;
    this.register = register;
    this.historyService = historyService;
    this.plans = plans;
    this.context = context;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** What a rebuild wrote for a plan: its discharges (reopened ones too) and its decision rows. */
  public record Rebuilt(String planId, int discharges, int decisions, int grades) {}

  /** Replaces the plan's records with those its loops' evidence entries give, in one transaction. */
  public Rebuilt rebuild(String planId) {
    var plan = plans.find(planId).orElseThrow(() -> new IllegalArgumentException("There is no plan '" + planId + "'."));
    return transaction.execute(status -> rebuild(plan));
  }

  /** {@link #rebuild(String)} for every plan of the catalogue. */
  public List<Rebuilt> rebuildAll() {
    return plans.all().stream().map(plan -> rebuild(plan.id())).toList();
  }

  private Rebuilt rebuild(PlanDefinition plan) {
    var planId = plan.id();
    records.deletePlan(planId);
    var cycles = new HashMap<String, Integer>();
    var latest = new LinkedHashMap<String, AssuranceRecords.Decision>();
    int discharges = 0;
    int grades = 0;
    for (var entry : loopEntries(planId)) {
      var activityId = entry.activityId();
      var recommendationId = entry.recommendationId();
      var loop = entry.processInstanceId();
      if (CYCLE_OPENED.equals(activityId)) {
        cycles.merge(loop, 1, Integer::sum);
        continue;
      }
      if (recommendationId == null || !AssuranceRecords.DECISIONS.containsKey(activityId)) {
        continue;
      }
      if (DISCHARGE.equals(activityId)) {
        var label = plan.recommendation(recommendationId).map(PlanDefinition.Recommendation::label).orElse(recommendationId);
        if (records.recordDischarge(new AssuranceRecords.NewDischarge(planId, recommendationId, label,
            cycles.getOrDefault(loop, 0), entry.recordedAt(), entry.recordedBy(), entry.description(), loop))) {
          discharges++;
        }
      } else if (REOPENING.equals(activityId)) {
        records.reopen(planId, recommendationId, entry.recordedAt(), entry.recordedBy(), entry.description());
      }
      if (AssuranceRecords.REVIEW_DECISIONS.contains(activityId)) {
        var grade = grade(planId, recommendationId, entry);
        if (grade != null) {
          records.recordGrade(grade);
          grades++;
        }
      }
      latest.put(recommendationId, new AssuranceRecords.Decision(planId, recommendationId,
          AssuranceRecords.DECISIONS.get(activityId), activityId, entry.title(), entry.description(), entry.recordedAt(),
          entry.sequence(), loop));
    }
    var now = context.now();
    latest.values().forEach(decision -> records.recordDecision(decision, now));
    return new Rebuilt(planId, discharges, latest.size(), grades);
  }

  private static final Pattern CYCLE = Pattern.compile("\\(cycle (\\d+)\\)");

  /**
   * The grade a review decision's entry gives; null for an entry written before reviews were graded.
   * The grade is the entry's reference ("Grade: Reasonable assurance"), which only the application
   * writes; the rationale is what follows that grade's line at the end of the description. An entry
   * written before the reference carried the grade gives it by its description's last grade line.
   */
  static AssuranceRecords.Grade grade(String planId, String recommendationId, EvidenceEntry entry) {
    var description = entry.description() == null ? "" : entry.description();
    var cycle = CYCLE.matcher(entry.title() == null ? "" : entry.title());
    if (!cycle.find()) {
      return null;
    }
    var grade = gradeOfReference(entry.reference());
    String rationale;
    if (grade != null) {
      var line = "\n" + ReviewCheck.GRADE_LINE + grade.label() + ". ";
      var at = description.lastIndexOf(line);
      rationale = at < 0 ? "" : description.substring(at + line.length());
    } else {
      var at = description.lastIndexOf("\n" + ReviewCheck.GRADE_LINE);
      if (at < 0) {
        return null;
      }
      var line = description.substring(at + 1 + ReviewCheck.GRADE_LINE.length());
      var end = line.indexOf(". ");
      grade = end < 0 ? null : AssuranceGrade.ofLabel(line.substring(0, end)).orElse(null);
      if (grade == null) {
        return null;
      }
      rationale = line.substring(end + 2);
    }
    return new AssuranceRecords.Grade(planId, recommendationId, Integer.parseInt(cycle.group(1)), grade,
        rationale.trim(), entry.recordedBy(), entry.recordedAt(), entry.sequence(), entry.processInstanceId());
  }

  private static AssuranceGrade gradeOfReference(String reference) {
    if (reference == null || !reference.startsWith(ReviewCheck.GRADE_LINE)) {
      return null;
    }
    return AssuranceGrade.ofLabel(reference.substring(ReviewCheck.GRADE_LINE.length())).orElse(null);
  }

  /** The entries written by the plan's loops, running, ended or deleted, in the register's order. */
  private List<EvidenceEntry> loopEntries(String planId) {
    var entries = new ArrayList<EvidenceEntry>();
    for (var loop : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey(planId)).list()) {
      var filter = EvidenceFilter.processInstance(loop.getId());
      for (int page = 0; ; page++) {
        var found = register.search(filter, null, page, PAGE);
        entries.addAll(found.entries());
        if ((long) (page + 1) * PAGE >= found.totalEntries()) {
          break;
        }
      }
    }
    entries.sort(Comparator.comparingLong(EvidenceEntry::sequence));
    return entries;
  }
}
