package uk.oic.actionplan.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.oic.actionplan.assurance.SyntheticAssurance;
import uk.oic.actionplan.escalation.SyntheticEscalations;
import uk.oic.actionplan.evidence.EvidenceEntry;
import uk.oic.actionplan.evidence.EvidenceKind;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.evidence.NewEvidence;
import uk.oic.actionplan.kernel.AreaStateVariables;
import uk.oic.actionplan.kernel.AreaStatus;
import uk.oic.actionplan.kernel.WorkingDayCalendar;
import uk.oic.actionplan.plan.ActionPlanVariables;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Data for benchmarks: plan files for up to 43 forces (copies of the shipped plan with the force's
 * name, id and title, and the same groups, so one PCC or OPCC user reads every plan), and years of
 * synthetic activity in a running application, written through the product's own write paths:
 *
 * <ul>
 *   <li>on the first day, every area's delivery under way: the frame moved from agreeing its delivery
 *       plan to delivering it ({@code Event_DeliveryUnderWay}, with a delivery target date), so it
 *       calls its own work and its progress updates as the model does;
 *   <li>every area's accepted progress update every plan cadence (20 working days): the {@code last*}
 *       variables on the area's instance, as the progress-update call activity maps them back, and the
 *       progress-update entry in the {@link EvidenceRegister};
 *   <li>figures every third update of an area with a target: the assessed round on its own work
 *       ({@link AreaStateVariables#FIGURES} written together, and the completion rate of a training
 *       area), and the training figures or audit result in the evidence register;
 *   <li>in the last month, one area of each plan signed off: the reason, then the status;
 *   <li>an assurance cycle every plan cycle (8 weeks): per recommendation not discharged, an assurance
 *       report and the OPCC's decision in the evidence register, and the decision as the loop records it
 *       (assured, or one in five challenged); in the second half of the period, one assured
 *       recommendation in fifteen discharged by the PCC, and one discharged in thirty reopened;
 *   <li>reminders before a quarter of the updates and escalations of one in twenty, with their steps,
 *       in the escalation log: closed after a few days, except those of the last two months, left open
 *       at the level they reached.
 * </ul>
 *
 * The engine's writes feed whatever follows its history (the read model). The activity ends today on the engine clock and is written day by day with the engine clock set to
 * that day, one transaction per day, so each row carries the day it speaks for. Deterministic: the
 * same sizes give the same data.
 */
final class PlanDataGenerator {

  /** The shipped plan that every generated plan copies. */
  static final String TEMPLATE = "plans/hiow-oic-2025.yaml";

  /** The 43 territorial police forces of England and Wales. */
  static final List<String> FORCES = List.of("Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire",
      "City of London", "Cleveland", "Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset", "Durham", "Dyfed-Powys",
      "Essex", "Gloucestershire", "Greater Manchester", "Gwent", "Hampshire and Isle of Wight", "Hertfordshire",
      "Humberside", "Kent", "Lancashire", "Leicestershire", "Lincolnshire", "Merseyside", "Metropolitan",
      "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire", "Northumbria", "Nottinghamshire",
      "South Wales", "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex", "Thames Valley",
      "Warwickshire", "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire");

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String NARRATIVE = "Work continued against the delivery plan this period; the lead met partners, "
      + "reviewed the figures and agreed the next actions with the team. ";
  private static final String[] RAGS = {"GREEN", "GREEN", "GREEN", "GREEN", "GREEN", "GREEN", "AMBER", "AMBER", "AMBER", "RED"};

  private final RuntimeService runtime;
  private final EvidenceRegister evidence;
  private final SyntheticEscalations escalations;
  private final SyntheticAssurance assurance;
  private final TransactionTemplate transaction;
  private final List<PlanDefinition> plans;
  private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of());

  /** What was written. */
  record Counts(long updates, long evidence, long reminders, long escalations, long openEscalations, long steps,
      long figures, long signOffs, long decisions, long discharges, long reopenings, Duration took) {}

  PlanDataGenerator(ConfigurableApplicationContext application) {
    this.runtime = application.getBean(RuntimeService.class);
    this.evidence = application.getBean(EvidenceRegister.class);
    this.escalations = new SyntheticEscalations(application);
    this.assurance = new SyntheticAssurance(application);
    this.transaction = new TransactionTemplate(application.getBean(PlatformTransactionManager.class));
    this.plans = application.getBean(PlanCatalog.class).all();
  }

  /**
   * Writes {@code count} plan files into {@code directory}, one per force (numbered beyond 43), and
   * gives the location pattern for {@code oic.plans.locations}.
   *
   * @param startDate the plans' start date, or null for the shipped plan's
   */
  static String writePlans(Path directory, int count, LocalDate startDate) {
    String template;
    try (var in = new ClassPathResource(TEMPLATE).getInputStream()) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Files.createDirectories(directory);
      for (int i = 0; i < count; i++) {
        var force = force(i);
        var id = planId(i);
        var plan = template
            .replaceFirst("(?m)^id: .*$", "id: " + id)
            .replaceFirst("(?m)^title: .*$", "title: Organised immigration crime action plan (" + force + ")")
            .replaceFirst("(?m)^force: .*$", "force: " + force + " Police")
            .replaceFirst("(?m)^oversight: .*$", "oversight: Office of the Police and Crime Commissioner for " + force);
        if (startDate != null) {
          plan = plan.replaceFirst("(?m)^startDate: .*$", "startDate: " + startDate);
        }
        Files.writeString(directory.resolve(id + ".yaml"), plan);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the benchmark's plan files to " + directory, e);
    }
    return "file:" + directory.toAbsolutePath() + "/*.yaml";
  }

  /** The force of the {@code index}th plan (from 0). */
  static String force(int index) {
    return FORCES.get(index % FORCES.size()) + (index < FORCES.size() ? "" : " " + (index / FORCES.size() + 1));
  }

  /** The id of the {@code index}th plan (from 0). */
  static String planId(int index) {
    return "oic-" + force(index).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** The first day of {@code years} of activity ending today. */
  static LocalDate firstDay(int years) {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON).minusYears(years);
  }

  /**
   * Fills {@code years} of activity ending today (the engine clock) for every plan of the application,
   * printing progress every simulated half year. Leaves the engine clock where it found it.
   */
  Counts fill(int years) {
    var started = System.nanoTime();
    var today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON);
    var first = today.minusYears(years);
    var schedules = new ArrayList<PlanSchedule>();
    for (int p = 0; p < plans.size(); p++) {
      schedules.add(new PlanSchedule(plans.get(p), p, first, first.plusDays(java.time.temporal.ChronoUnit.DAYS.between(first, today) / 2)));
    }
    var counts = new long[14];
    var nextReport = first.plusMonths(6);
    try {
      ClockUtil.setCurrentTime(Date.from(first.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant()));
      for (var plan : schedules) {
        transaction.executeWithoutResult(status -> plan.startDelivery());
      }
      for (var day = first; day.isBefore(today); day = day.plusDays(1)) {
        if (!calendar.isWorkingDay(day)) {
          continue;
        }
        var at = day.atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant();
        ClockUtil.setCurrentTime(Date.from(at));
        var thisDay = day;
        transaction.executeWithoutResult(status -> {
          for (var plan : schedules) {
            plan.writeDay(thisDay, at, today, counts);
          }
        });
        if (!day.isBefore(nextReport)) {
          progress(day, counts, started);
          nextReport = nextReport.plusMonths(6);
        }
      }
    } finally {
      ClockUtil.reset();
    }
    var took = Duration.ofNanos(System.nanoTime() - started);
    progress(today, counts, started);
    return new Counts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[9], counts[10],
        counts[11], counts[12], counts[13], took);
  }

  private void progress(LocalDate day, long[] counts, long started) {
    System.out.printf(Locale.UK, "GENERATE up to %s: %d plans, %,d updates, %,d evidence entries, %,d reminders, "
            + "%,d escalations (%,d open), %,d escalation steps, %,d figures, %,d sign-offs, %,d assurance decisions, "
            + "%,d discharges (%,d reopened), %.0f s (engine %.0f s, evidence %.0f s, escalations %.0f s)%n",
        day, plans.size(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[9], counts[10],
        counts[11], counts[12], counts[13],
        (System.nanoTime() - started) / 1e9, counts[6] / 1e9, counts[7] / 1e9, counts[8] / 1e9);
  }

  /** One plan's cadence, its areas' instances and its own random numbers. */
  private final class PlanSchedule {
    private final PlanDefinition plan;
    private final Map<Integer, String> areaInstances = new HashMap<>();
    private final Map<Integer, String> ownWork = new HashMap<>();
    private final java.util.Set<String> discharged = new java.util.HashSet<>();
    private final LocalDate halfway;
    private int cycle;
    private final int signedOffArea;
    private boolean signedOff;
    private final Random random;
    private final int cadence;
    private final int cycleDays;
    private LocalDate nextUpdate;
    private LocalDate nextCycle;
    private int round;

    PlanSchedule(PlanDefinition plan, int index, LocalDate first, LocalDate halfway) {
      this.plan = plan;
      this.halfway = halfway;
      this.random = new Random(index);
      this.cadence = plan.cadence().progressUpdateWorkingDays();
      this.cycleDays = plan.cadence().assuranceCycleWeeks() * 7;
      // plans report on different days of the cycle, as forces do
      this.nextUpdate = calendar.addWorkingDays(first, index % cadence);
      this.nextCycle = first.plusDays(index % cycleDays);
      this.signedOffArea = plan.areas().get(index % plan.areas().size()).number();
      for (var area : plan.areas()) {
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(ActionPlanVariables.AREA_PROCESS_KEY)
            .processInstanceBusinessKey(plan.id() + "/" + area.key()).singleResult();
        if (instance == null) {
          throw new IllegalStateException("The plan " + plan.id() + " has no running instance of " + area.key()
              + ": was it started?");
        }
        areaInstances.put(area.number(), instance.getId());
      }
    }

    /**
     * Every area's frame from agreeing its delivery plan to delivering it, as an agreed plan takes it:
     * its status, its own work and its progress updates begin.
     */
    void startDelivery() {
      for (var area : plan.areas()) {
        var frame = areaInstances.get(area.number());
        runtime.createProcessInstanceModification(frame)
            .cancelAllForActivity("CallActivity_AgreeDeliveryPlan")
            .startBeforeActivity("Event_DeliveryUnderWay")
            .setVariable("deliveryTargetDate", Date.from(plan.deadlineOf(area).atTime(LocalTime.MAX).atZone(LONDON).toInstant()))
            .setVariable("deliveryPlanSummary", "Delivery plan for " + area.name())
            .setVariable("deliveryApproach", "DELIVER")
            .execute();
        var work = runtime.createProcessInstanceQuery().superProcessInstanceId(frame)
            .processDefinitionKey(ActionPlanVariables.ownWorkProcessKey(area.number())).singleResult();
        if (work == null) {
          throw new IllegalStateException(plan.id() + "/" + area.key() + ": no own work began with the delivery");
        }
        ownWork.put(area.number(), work.getId());
      }
    }

    void writeDay(LocalDate day, Instant at, LocalDate today, long[] counts) {
      if (!day.isBefore(nextUpdate)) {
        round++;
        for (var area : plan.areas()) {
          update(area, day, at, today, counts);
        }
        nextUpdate = calendar.addWorkingDays(day, cadence);
      }
      // a cycle due on a closed day runs on the next working day
      if (!day.isBefore(nextCycle)) {
        assuranceCycle(day, at, counts);
        nextCycle = nextCycle.plusDays(cycleDays);
      }
    }

    private void update(PlanDefinition.Area area, LocalDate day, Instant at, LocalDate today, long[] counts) {
      var owner = "area" + area.number() + ".owner";
      var rag = RAGS[random.nextInt(RAGS.length)];
      int progress = Math.min(100, round * 100 / 120 + random.nextInt(5));
      Map<String, Object> variables = new HashMap<>();
      variables.put(AreaStateVariables.LAST_RAG, rag);
      variables.put(AreaStateVariables.LAST_PROGRESS_PERCENT, progress);
      variables.put(AreaStateVariables.LAST_NARRATIVE, "Update " + round + ": " + NARRATIVE);
      variables.put(AreaStateVariables.LAST_UPDATE_BY, owner);
      variables.put(AreaStateVariables.LAST_UPDATE_AT, Date.from(at));
      variables.put(AreaStateVariables.LAST_REVIEW_COMMENT,
          random.nextInt(4) == 0 ? "Accepted; chase the partner agencies' returns." : "Accepted.");
      long engine = System.nanoTime();
      runtime.setVariables(areaInstances.get(area.number()), variables);
      counts[6] += System.nanoTime() - engine;
      counts[0]++;

      append(NewEvidence.builder(plan.id(), EvidenceKind.PROGRESS_UPDATE, "Progress update " + round + ": " + area.name())
          .recommendation(area.recommendation()).area(area.number())
          .description(NARRATIVE.repeat(2)).reference("Update " + round + ", " + rag + ", " + progress + "%")
          .effectiveDate(day).recordedBy(owner)
          .sourceKey("bench/" + plan.id() + "/" + area.key() + "/update/" + day), counts);
      if (area.target() != null && round % 3 == 0) {
        int rate = Math.min(100, progress + random.nextInt(10));
        figures(area, day, rate, counts);
        var kind = "completion".equals(area.target().measure()) ? EvidenceKind.TRAINING_FIGURES : EvidenceKind.AUDIT_RESULT;
        append(NewEvidence.builder(plan.id(), kind, kind.label() + " for " + area.name())
            .recommendation(area.recommendation()).area(area.number())
            .description(area.target().measure() + ": " + rate + "%")
            .effectiveDate(day).recordedBy(owner)
            .sourceKey("bench/" + plan.id() + "/" + area.key() + "/figures/" + day), counts);
      }

      long escalating = System.nanoTime();
      var due = day.atTime(LocalTime.MAX).atZone(LONDON).toInstant();
      var item = new SyntheticEscalations.Item(plan.id(), "Progress update (" + area.name() + ")", "PROGRESS_UPDATE",
          area.ownerGroup(), areaInstances.get(area.number()), "Task_SubmitProgressUpdate_" + round, due);
      if (random.nextInt(4) == 0) {
        var remindedOn = calendar.addWorkingDays(day, -plan.escalation().reminderWorkingDaysBefore());
        escalations.reminder(item, remindedOn.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant());
        counts[2]++;
      }
      if (random.nextInt(20) == 0) {
        var chain = levels(area.ownerGroup());
        int level = 1 + random.nextInt(chain.size());
        var raised = calendar.addWorkingDays(day, 1).atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant();
        // the last two months' escalations are still open
        boolean open = day.isAfter(today.minusMonths(2));
        var closed = open ? null : raised.plusSeconds(86_400L * (level * 14 + random.nextInt(10)));
        counts[5] += escalations.escalation(item, raised, chain, level, 14, closed);
        counts[3]++;
        if (open) {
          counts[4]++;
        }
      }
      counts[8] += System.nanoTime() - escalating;
      if (area.number() == signedOffArea && !signedOff && day.isAfter(today.minusMonths(1))) {
        signOff(area, counts);
      }
    }

    /** An assessed round of figures on the area's own work, written together as the assessing bean does. */
    private void figures(PlanDefinition.Area area, LocalDate day, int rate, long[] counts) {
      long engine = System.nanoTime();
      var target = area.target().percent();
      Map<String, Object> figures = new HashMap<>();
      figures.put(AreaStateVariables.FIGURES_RATE, rate);
      figures.put(AreaStateVariables.FIGURES_RAG, target == null || rate >= target ? "GREEN" : rate >= target - 10 ? "AMBER" : "RED");
      figures.put(AreaStateVariables.TARGET_MET, target != null && rate >= target);
      figures.put(AreaStateVariables.FIGURES_SUMMARY, area.target().measure() + " " + rate + "% as at " + day);
      if ("completion".equals(area.target().measure())) {
        figures.put(AreaStateVariables.COMPLETION_RATE, rate);
        figures.put(AreaStateVariables.FIGURES_AS_AT, day.toString());
      }
      runtime.setVariables(ownWork.get(area.number()), figures);
      counts[6] += System.nanoTime() - engine;
      counts[9]++;
    }

    /** The strategic lead signs the area off: the reason, then the status, on the frame. */
    private void signOff(PlanDefinition.Area area, long[] counts) {
      long engine = System.nanoTime();
      var frame = areaInstances.get(area.number());
      runtime.setVariable(frame, AreaStateVariables.SIGN_OFF_REASON, "Outcome delivered; evidence in the register.");
      runtime.setVariable(frame, AreaStateVariables.AREA_STATUS, AreaStatus.SIGNED_OFF.name());
      counts[6] += System.nanoTime() - engine;
      counts[10]++;
      signedOff = true;
    }

    private void assuranceCycle(LocalDate day, Instant at, long[] counts) {
      cycle++;
      for (var rec : plan.recommendations()) {
        if (discharged.contains(rec.id())) {
          if (random.nextInt(30) == 0) {
            var entry = append(NewEvidence.builder(plan.id(), EvidenceKind.DECISION, "Reopened: " + rec.title())
                .recommendation(rec.id()).description("New concerns about delivery: reopened for assurance.")
                .effectiveDate(day).recordedBy("pcc")
                .sourceKey("bench/" + plan.id() + "/" + rec.id() + "/reopened/" + day), counts);
            assurance.reopen(plan.id(), rec.id(), at, "pcc", "New concerns about delivery.");
            assurance.decision(plan.id(), rec.id(), SyntheticAssurance.REOPENING, entry.title(), entry.description(), at,
                entry.sequence());
            discharged.remove(rec.id());
            counts[11]++;
            counts[13]++;
          }
          continue;
        }
        append(NewEvidence.builder(plan.id(), EvidenceKind.ASSURANCE_REPORT, "Assurance report: " + rec.title())
            .recommendation(rec.id()).description("The force's report on " + rec.label() + " for this cycle. " + NARRATIVE)
            .effectiveDate(day).recordedBy("strategic.lead")
            .sourceKey("bench/" + plan.id() + "/" + rec.id() + "/report/" + day), counts);
        boolean challenged = random.nextInt(5) == 0;
        boolean discharging = !challenged && day.isAfter(halfway) && random.nextInt(15) == 0;
        var step = challenged ? SyntheticAssurance.CHALLENGE : discharging ? SyntheticAssurance.DISCHARGE : SyntheticAssurance.ASSURED;
        var entry = append(NewEvidence.builder(plan.id(), EvidenceKind.DECISION,
                (discharging ? "Discharged: " : "PCC's decision: ") + rec.title())
            .recommendation(rec.id())
            .description(challenged ? "Challenged: more evidence of delivery asked for."
                : discharging ? "Delivered and assured: discharged." : "Assured for this cycle.")
            .effectiveDate(day).recordedBy("pcc")
            .sourceKey("bench/" + plan.id() + "/" + rec.id() + "/decision/" + day), counts);
        assurance.decision(plan.id(), rec.id(), step, entry.title(), entry.description(), at, entry.sequence());
        counts[11]++;
        if (discharging && assurance.discharge(plan.id(), rec.id(), rec.label(), cycle, at, "pcc", entry.description())) {
          discharged.add(rec.id());
          counts[12]++;
        }
      }
    }

    /** The owner, then the plan's chain above it (as the escalation levels are). */
    private List<String> levels(String ownerGroup) {
      var levels = new ArrayList<String>();
      levels.add(ownerGroup);
      plan.escalation().chain().stream().skip(1).forEach(levels::add);
      return levels;
    }

    private EvidenceEntry append(NewEvidence.Builder entry, long[] counts) {
      long appending = System.nanoTime();
      var appended = evidence.append(entry.build());
      counts[7] += System.nanoTime() - appending;
      counts[1]++;
      return appended;
    }
  }
}
