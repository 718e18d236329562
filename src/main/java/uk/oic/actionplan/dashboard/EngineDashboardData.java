package uk.oic.actionplan.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.AreaStatus;
import uk.oic.actionplan.kernel.CalendarProperties;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.kernel.Rag;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;
import uk.oic.actionplan.plan.PlanStatus;
import uk.oic.actionplan.plan.PlanStatusService;
import uk.oic.actionplan.readmodel.ReadModel;

/**
 * The dashboard's figures from the live system: where each plan stands ({@link PlanStatusService}),
 * what only the dashboard shows (accepted updates from history, review comments, training figures,
 * who did what), and, where installed, the escalation log, the evidence register and the assurance loop.
 */
@Component
class EngineDashboardData implements DashboardData {

  static final String ESCALATIONS_MISSING = "the escalation log is not part of this installation yet";
  static final String EVIDENCE_MISSING = "the evidence register is not part of this installation yet";
  static final String ASSURANCE_MISSING = "the PCC assurance loop is not part of this installation yet";

  /** The evidence kind of an accepted progress update, as {@code oic-progress-update} records it. */
  static final String PROGRESS_UPDATE_EVIDENCE = "PROGRESS_UPDATE";

  /** An area the reader may not see: its plan data only. */
  static final String NOT_VISIBLE = "Not visible to you";
  /** An area or recommendation not yet started, or a plan without its process. */
  static final String NOT_STARTED = "Not started";
  /** A recommendation past its deadline and not delivered. */
  static final String OVERDUE = "Overdue";
  /** A recommendation whose areas are all signed off. */
  static final String DELIVERED = "Delivered";
  /** A recommendation the PCC has discharged. */
  static final String DISCHARGED = "Discharged";

  private final PlanCatalog plans;
  private final PlanStatusService planStatus;
  private final EngineReader engine;
  private final ReadModel readModel;
  private final DeadlineSchedule schedule;
  private final CalendarProperties calendar;
  private final Clock clock;
  private final ObjectProvider<EscalationSource> escalations;
  private final ObjectProvider<EvidenceSource> evidence;
  private final ObjectProvider<AssuranceSource> assurance;

  EngineDashboardData(PlanCatalog plans, PlanStatusService planStatus, EngineReader engine, ReadModel readModel,
      DeadlineSchedule schedule, CalendarProperties calendar,
      Clock engineClock, ObjectProvider<EscalationSource> escalations, ObjectProvider<EvidenceSource> evidence,
      ObjectProvider<AssuranceSource> assurance) {
    this.plans = plans;
    this.planStatus = planStatus;
    this.engine = engine;
    this.readModel = readModel;
    this.schedule = schedule;
    this.calendar = calendar;
    this.clock = engineClock;
    this.escalations = escalations;
    this.evidence = evidence;
    this.assurance = assurance;
  }

  @Override
  public List<String> planIds() {
    return plans.all().stream().map(PlanDefinition::id).toList();
  }

  @Override
  public Optional<PlanReport> report(String planId, String userId) {
    return plans.find(planId).map(plan -> report(plan, userId, true));
  }

  @Override
  public Optional<PlanReport> summary(String planId, String userId) {
    return plans.find(planId).map(plan -> report(plan, userId, false));
  }

  @Override
  public List<PlanOverview> overview(List<String> planIds, String userId) {
    var today = LocalDate.now(clock.withZone(calendar.zone()));
    var escalationSource = escalations.getIfAvailable();
    var open = escalationSource == null ? Map.<String, EscalationSource.OpenCount>of() : escalationSource.openCounts(planIds);
    var evidenceSource = evidence.getIfAvailable();
    var counts = evidenceSource == null ? null : evidenceSource.counts(planIds);
    var byId = new java.util.HashMap<String, PlanStatus>();
    planStatus.all(userId).forEach(p -> byId.put(p.id(), p));
    var rows = new ArrayList<PlanOverview>();
    for (var planId : planIds) {
      var status = byId.get(planId);
      if (status == null) {
        continue;
      }
      var visible = status.areas().stream().noneMatch(a -> PlanStatus.NOT_VISIBLE.equals(a.status()));
      var byRag = new java.util.EnumMap<Rag, Integer>(Rag.class);
      int withoutUpdate = 0;
      for (var area : status.areas()) {
        var rag = Rag.parse(area.rag());
        if (rag == null) {
          withoutUpdate++;
        } else {
          byRag.merge(rag, 1, Integer::sum);
        }
      }
      var escalated = open.getOrDefault(planId, new EscalationSource.OpenCount(0, 0));
      rows.add(new PlanOverview(planId, status.title(), status.force(), status.state(), status.recommendations().size(),
          (int) status.recommendations().stream().filter(r -> AreaStatus.SIGNED_OFF.is(r.status())).count(),
          (int) status.recommendations().stream().filter(r -> PlanStatus.OVERDUE.equals(r.status())).count(),
          status.areas().size(), (int) status.areas().stream().filter(a -> AreaStatus.SIGNED_OFF.is(a.status())).count(),
          visible, byRag, visible ? withoutUpdate : 0, escalated.open(), escalated.flaggedForPcc(),
          counts == null ? null : counts.getOrDefault(planId, 0L)));
    }
    return rows;
  }

  @Override
  public EvidenceSource.CheckedVerification lastVerification() {
    var evidenceSource = evidence.getIfAvailable();
    return evidenceSource == null ? null : evidenceSource.lastVerification();
  }

  /** The plan as it stands; {@code full} lists every update, escalation step and evidence entry. */
  private PlanReport report(PlanDefinition plan, String userId, boolean full) {
    var now = LocalDateTime.now(clock.withZone(calendar.zone()));
    var today = now.toLocalDate();
    var states = readModel.areas(plan.id());
    var nextTasks = readModel.nextTasks(plan.id());
    var status = planStatus.one(plan.id(), userId, states, nextTasks);

    var escalationSource = escalations.getIfAvailable();
    Section<EscalationRow> escalationSection = escalationSource == null ? Section.notAvailable(ESCALATIONS_MISSING)
        : Section.of(full ? escalationSource.escalations(plan.id()) : escalationSource.openEscalations(plan.id()));
    var evidenceSource = evidence.getIfAvailable();
    Section<EvidenceRow> evidenceSection = evidenceSource == null ? Section.notAvailable(EVIDENCE_MISSING)
        : Section.of(full ? evidenceSource.entries(plan.id()) : List.of());
    long evidenceCount = evidenceSource == null ? 0
        : full ? evidenceSection.rows().size() : evidenceSource.count(plan.id());
    // the register's last check of its chain (it checks again as entries are added and on a schedule):
    // re-reading every entry on each page would not keep pace with years of entries
    var checked = evidenceSource == null ? null : evidenceSource.lastVerification();
    var assuranceSource = assurance.getIfAvailable();
    var assuranceStates = assuranceSource == null ? Map.<String, AssuranceSource.AssuranceState>of()
        : assuranceSource.states(plan.id());

    var areas = new ArrayList<AreaRow>();
    boolean running = PlanStatus.RUNNING.equals(status.state()) || PlanStatus.COMPLETED.equals(status.state());
    var visibleAreas = new java.util.HashMap<Integer, PlanStatus.Area>();
    for (var area : status.areas()) {
      var definition = plan.area(area.number()).orElseThrow();
      var visible = !PlanStatus.NOT_VISIBLE.equals(area.status());
      var state = visible ? states.get(area.number()) : null;
      running |= state != null;
      if (visible) {
        visibleAreas.put(area.number(), area);
      }
      areas.add(areaRow(definition, area, state, state == null ? null : nextTasks.get(area.number())));
    }
    var updates = new ArrayList<UpdateRow>();
    var evidenceOfUpdates = evidenceOfUpdates(evidenceSection);
    for (var u : full ? readModel.updates(plan.id()) : List.<ReadModel.AcceptedUpdate>of()) {
      var area = visibleAreas.get(u.areaNumber());
      var state = states.get(u.areaNumber());
      // the updates of the area's latest instance, as the area's state is that instance's
      if (area != null && state != null && state.processInstanceId().equals(u.areaInstanceId())) {
        updates.add(new UpdateRow(area.number(), area.name(), area.recommendationLabel(), time(u.submittedAt()),
            u.submittedBy(), Rag.parse(u.rag()), u.progressPercent(), u.narrative(), u.reviewComment(), u.blockers(),
            u.evidenceReference(), u.calledInstanceId() == null ? null : evidenceOfUpdates.get(u.calledInstanceId())));
      }
    }
    updates.sort(Comparator.comparing(UpdateRow::submittedAt).reversed());

    var revisions = full || escalationSource == null ? escalationSection
        : Section.of(escalationSource.revisedAreaDeadlines(plan.id()));
    var recommendations = new ArrayList<RecommendationRow>();
    for (var rec : status.recommendations()) {
      var definition = plan.recommendation(rec.id()).orElseThrow();
      var linked = areas.stream().filter(a -> rec.id().equals(a.recommendationId())).toList();
      var state = assuranceStates.get(rec.id());
      recommendations.add(recommendationRow(definition, rec.status(), linked,
          revisedDeadline(linked, revisions), state, assuranceSource != null, today));
    }
    return new PlanReport(plan.id(), plan.title(), plan.force(), plan.oversight(), plan.inspection(),
        plan.startDate(), plan.draft(), plan.areasNote(), today, now, running, recommendations, areas, updates,
        assuranceSource == null ? ASSURANCE_MISSING : null, escalationSection, evidenceSection,
        checked == null ? null : checked.verification(), checked == null ? null : checked.checkedAt(), evidenceCount);
  }

  /** The area as the plan status gives it, with what only the dashboard shows: review comment, target figures, next task. */
  private AreaRow areaRow(PlanDefinition.Area definition, PlanStatus.Area area, ReadModel.AreaState state,
      ReadModel.NextTask next) {
    LocalDate nextDue = area.nextDueDate() == null ? null : schedule.dayOf(area.nextDueDate());
    String nextItem = next == null ? null : next.name();
    var signedOff = AreaStatus.SIGNED_OFF.is(area.status());
    if (nextDue == null && !signedOff && !PlanStatus.NOT_VISIBLE.equals(area.status())) {
      nextDue = area.deadline();
      nextItem = "Area deadline";
    }
    return new AreaRow(area.number(), area.name(), area.ownerGroup(), area.recommendationId(),
        area.recommendationLabel(), area.deadline(), areaStatus(area.status()), Rag.parse(area.rag()),
        area.scheduleRag(), area.progressPercent(), nextDue, nextItem, area.lastUpdateBy(),
        time(area.lastUpdateAt()), area.lastNarrative(), state == null ? null : state.lastReviewComment(),
        target(definition, state), state == null ? null : waitingOn(state));
  }

  /** The wait on an outside body the latest accepted update recorded, in one line, or null. */
  static String waitingOn(ReadModel.AreaState state) {
    var body = state.waitingOn();
    if (body == null || body.isBlank()) {
      return null;
    }
    var what = state.waitingFor();
    var since = state.waitingSince();
    var chased = state.waitingChasedOn();
    return body + (what == null ? "" : ": " + what) + (since == null ? "" : ", since " + since)
        + (chased == null ? "" : ", last chased " + chased);
  }

  /** The dashboard's words for an area's status: the {@link AreaStatus} label, or the plan overview's own state. */
  static String areaStatus(String status) {
    if (status == null || PlanStatus.NOT_STARTED.equals(status)) {
      return NOT_STARTED;
    }
    if (PlanStatus.NOT_VISIBLE.equals(status)) {
      return NOT_VISIBLE;
    }
    return AreaStatus.named(status).map(AreaStatus::label).orElse(status);
  }

  /** The dashboard's words for a recommendation's status: signed off in all its areas is {@value #DELIVERED}. */
  static String recommendationStatus(String status) {
    if (status == null || PlanStatus.NOT_STARTED.equals(status)) {
      return NOT_STARTED;
    }
    if (PlanStatus.NOT_VISIBLE.equals(status)) {
      return NOT_VISIBLE;
    }
    if (PlanStatus.OVERDUE.equals(status)) {
      return OVERDUE;
    }
    if (AreaStatus.SIGNED_OFF.is(status)) {
      return DELIVERED;
    }
    return AreaStatus.IN_PROGRESS.is(status) ? AreaStatus.IN_PROGRESS.label() : status;
  }

  private TargetProgress target(PlanDefinition.Area area, ReadModel.AreaState state) {
    var target = area.target();
    if (target == null) {
      return null;
    }
    var modules = new ArrayList<TargetProgress.ModuleProgress>();
    for (int i = 0; i < target.modules().size(); i++) {
      var rate = state == null || i >= state.moduleRates().size() ? null : state.moduleRates().get(i);
      modules.add(new TargetProgress.ModuleProgress(target.modules().get(i), percent(rate)));
    }
    var rate = state == null ? null : percent(state.completionRate());
    String basis;
    if (rate == null) {
      basis = "no " + target.measure() + " figures recorded yet";
    } else {
      var asAt = state.figuresAsAt();
      basis = target.measure() + " figures" + (asAt == null ? "" : " as at " + day(asAt));
    }
    return new TargetProgress(target.measure(), target.percent(), rate, basis, modules, target.description(),
        target.modulesNote());
  }

  static RecommendationRow recommendationRow(PlanDefinition.Recommendation rec, String planStatus, List<AreaRow> areas,
      LocalDate revised, AssuranceSource.AssuranceState assurance, boolean assuranceAvailable, LocalDate today) {
    boolean discharged = assurance != null && assurance.discharged();
    var status = discharged ? DISCHARGED : recommendationStatus(planStatus);
    var current = revised != null ? revised : rec.deadline();
    long overdue = discharged || DELIVERED.equals(status) || NOT_VISIBLE.equals(status) ? 0
        : Math.max(0, ChronoUnit.DAYS.between(current, today));
    var actions = new ArrayList<String>();
    for (var area : areas) {
      if (area.lastUpdateAt() != null) {
        actions.add(area.name() + ", " + PdfReportWriter.DAY.format(area.lastUpdateAt()) + ": "
            + (area.lastNarrative() == null ? "update accepted" : area.lastNarrative())
            + (area.progressPercent() == null ? "" : " (" + area.progressPercent() + "% done)"));
      }
      if (area.signedOff()) {
        actions.add(area.name() + ": signed off by the force strategic lead.");
      }
    }
    return new RecommendationRow(rec.id(), rec.label(), rec.title(), rec.text(), rec.deadline(), revised, overdue,
        status, Rag.worst(areas.stream().map(AreaRow::rag).toList()),
        assurance != null ? assurance.state() : assuranceAvailable ? "Not yet requested" : null,
        assuranceAvailable ? discharged : null, assurance == null ? null : assurance.dischargedOn(), actions,
        assurance == null ? null : assurance.assessment(), assurance == null ? null : assurance.assessedOn(),
        areas.stream().map(AreaRow::number).toList(), assurance == null ? List.of() : assurance.grades());
  }

  /** The latest approved revised date of an area deadline of the recommendation, if any. */
  static LocalDate revisedDeadline(List<AreaRow> areas, Section<EscalationRow> escalations) {
    var owners = areas.stream().map(AreaRow::ownerGroup).toList();
    return escalations.rows().stream()
        .filter(e -> "AREA_DEADLINE".equals(e.itemType()) && owners.contains(e.ownerGroup()) && e.revised())
        .map(EscalationRow::currentDueDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
  }

  @Override
  public List<HistoryEvent> history(String planId, HistoryScope scope, String userId) {
    var found = plans.find(planId);
    if (found.isEmpty()) {
      return List.of();
    }
    var plan = found.get();
    // the same rule as the plan status: an area's history only for those who may read its process's history
    var hidden = planStatus.one(planId, userId).areas().stream()
        .filter(a -> PlanStatus.NOT_VISIBLE.equals(a.status())).map(PlanStatus.Area::number).toList();
    var areas = plan.areas().stream()
        .filter(a -> !hidden.contains(a.number()))
        .filter(a -> scope.areaNumber() == null || a.number() == scope.areaNumber())
        .filter(a -> scope.recommendationId() == null || scope.recommendationId().equals(a.recommendation()))
        .toList();
    var events = new ArrayList<HistoryEvent>();
    for (var area : areas) {
      events.addAll(engine.areaHistory(plan.id(), area.number(), area.recommendation()));
    }
    if (scope.areaNumber() == null && scope.recommendationId() == null && hidden.isEmpty()) {
      events.addAll(engine.planHistory(plan.id()));
    }
    var evidenceSource = evidence.getIfAvailable();
    if (evidenceSource != null) {
      for (var entry : evidenceSource.entries(plan.id())) {
        if (inScope(scope, plan, entry.recommendationId(), entry.areaNumber())
            && (entry.areaNumber() == null || !hidden.contains(entry.areaNumber()))) {
          events.add(new HistoryEvent(entry.recordedAt(), entry.recordedBy(), "Evidence recorded: " + entry.kind(),
              entry.title() + (entry.effectiveDate() == null ? "" : " (effective " + entry.effectiveDate() + ")"),
              "Evidence register", entry.areaNumber(), entry.recommendationId()));
        }
      }
    }
    var escalationSource = escalations.getIfAvailable();
    if (escalationSource != null) {
      var owners = areas.stream().map(PlanDefinition.Area::ownerGroup).toList();
      for (var e : escalationSource.escalations(plan.id())) {
        if (scope.areaNumber() != null || scope.recommendationId() != null) {
          if (!owners.contains(e.ownerGroup())) {
            continue;
          }
        }
        if (e.steps().isEmpty()) {
          events.add(new HistoryEvent(e.raisedAt(), "system",
              "REMINDER".equals(e.kind()) ? "Reminder sent" : "Escalation raised",
              e.itemName() + ", due " + e.currentDueDate(), "Escalation log", null, null));
        }
        for (var step : e.steps()) {
          events.add(new HistoryEvent(step.at(), step.recordedBy() == null ? "system" : step.recordedBy(),
              escalationStep(e, step), step.detail() == null ? e.itemName() : e.itemName() + "\n" + step.detail(),
              "Escalation log", null, null));
        }
      }
    }
    events.removeIf(e -> e.at() == null);
    events.sort(Comparator.comparing(HistoryEvent::at).reversed());
    return events;
  }

  private static String escalationStep(EscalationRow e, EscalationRow.Step step) {
    var what = step.step() == null ? "Step" : step.step().replace('_', ' ').toLowerCase(java.util.Locale.UK);
    what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
    return ("REMINDER".equals(e.kind()) ? "Reminder: " : "Escalation: ") + what
        + " (level " + step.level() + (step.group() == null ? "" : ", " + step.group()) + ")";
  }

  private static boolean inScope(HistoryScope scope, PlanDefinition plan, String recommendationId, Integer area) {
    if (scope.areaNumber() != null) {
      return scope.areaNumber().equals(area);
    }
    if (scope.recommendationId() != null) {
      return scope.recommendationId().equals(recommendationId) || area != null
          && plan.area(area).map(a -> scope.recommendationId().equals(a.recommendation())).orElse(false);
    }
    return true;
  }

  private static String label(PlanDefinition plan, PlanDefinition.Area area) {
    return area.recommendation() == null ? "No recommendation"
        : plan.recommendation(area.recommendation()).map(PlanDefinition.Recommendation::label).orElse(area.recommendation());
  }

  private LocalDateTime time(Object value) {
    if (value instanceof java.time.Instant instant) {
      return LocalDateTime.ofInstant(instant, calendar.zone());
    }
    return value instanceof Date date ? LocalDateTime.ofInstant(date.toInstant(), calendar.zone()) : null;
  }

  private String day(Object value) {
    if (value instanceof Date date) {
      return PdfReportWriter.DAY.format(date.toInstant().atZone(calendar.zone()).toLocalDate());
    }
    try {
      return PdfReportWriter.DAY.format(LocalDate.parse(value.toString()));
    } catch (RuntimeException notADate) {
      return value.toString();
    }
  }

  /**
   * The register entry each accepted update was recorded as, by the called instance that ran it: the
   * last progress-update entry that instance wrote.
   */
  private static Map<String, Long> evidenceOfUpdates(Section<EvidenceRow> evidence) {
    var entries = new java.util.HashMap<String, Long>();
    if (evidence.available()) {
      for (var e : evidence.rows()) {
        if (e.processInstanceId() != null && PROGRESS_UPDATE_EVIDENCE.equals(e.kind())) {
          entries.merge(e.processInstanceId(), e.sequence(), Math::max);
        }
      }
    }
    return entries;
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static Integer integer(Object value) {
    return value instanceof Number number ? number.intValue() : null;
  }

  static Integer percent(Object value) {
    return value instanceof Number number ? (int) Math.floor(number.doubleValue()) : null;
  }
}
