package uk.oic.actionplan.escalation;

import static uk.oic.actionplan.escalation.MissedDeadlineVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * Reminders and escalations of dated items: what is recorded, who is told, and how an escalation
 * climbs the plan's chain. The delegates of the models are thin glue around this class.
 */
@Service
class EscalationService {

  static final String STATUS_SENT = "SENT";
  static final String STATUS_SKIPPED = "SKIPPED";
  static final String STATUS_RESOLVED = "RESOLVED";
  static final String STATUS_COMPLETED = "COMPLETED";

  private static final Logger LOG = LoggerFactory.getLogger(EscalationService.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final EscalationLog log;
  private final Notifier notifier;
  private final DeadlineSchedule schedule;
  private final PlanCatalog plans;
  private final RuntimeService runtimeService;
  private final SourceItems sourceItems;
  private final OutsideBodyWaits waits;
  private final Clock clock;

  EscalationService(EscalationLog log, Notifier notifier, DeadlineSchedule schedule, PlanCatalog plans,
      RuntimeService runtimeService, SourceItems sourceItems, OutsideBodyWaits waits, Clock engineClock) {
    this.log = log;
    this.notifier = notifier;
    this.schedule = schedule;
    this.plans = plans;
    this.runtimeService = runtimeService;
    this.sourceItems = sourceItems;
    this.waits = waits;
    this.clock = engineClock;
  }

  enum ReminderOutcome { SENT, SKIPPED_PAST_DUE, ALREADY_RECORDED }

  /**
   * Records the reminder and tells the owner group, once per item and due date. An item already
   * past its due date gets no reminder (its escalation is what matters), but the skip is recorded.
   */
  ReminderOutcome remind(ItemRef item) {
    var key = EscalationLog.REMINDER + ":" + item.key();
    if (log.findByKey(key).isPresent()) {
      LOG.info("Reminder for '{}' due {} was already recorded; not sent again", item.itemName(), day(item.dueDate()));
      return ReminderOutcome.ALREADY_RECORDED;
    }
    var now = now();
    boolean pastDue = !now.toInstant().isBefore(item.dueDate().toInstant());
    long id = log.insert(new EscalationLog.NewEntry(key, EscalationLog.REMINDER,
        pastDue ? STATUS_SKIPPED : STATUS_SENT, item, 0, now));
    if (pastDue) {
      LOG.info("Reminder for '{}' skipped: it was due {} and is already past due", item.itemName(), day(item.dueDate()));
      return ReminderOutcome.SKIPPED_PAST_DUE;
    }
    // a task for several candidate groups (the accountability meeting) reminds each of them
    for (var group : item.ownerGroup().split("\\s*,\\s*")) {
      notifier.notifyGroup(group, EscalationLog.REMINDER, item.planId(),
          "Reminder: " + item.itemName() + " is due on " + day(item.dueDate()),
          "This is a reminder that \"" + item.itemName() + "\" (" + item.itemType() + ", plan " + item.planId()
              + ") is due on " + day(item.dueDate()) + ". If it is not done by then it will be escalated.",
          id);
    }
    return ReminderOutcome.SENT;
  }

  /** The escalation of one missed item and its missed-deadline process instance. */
  record Raised(long escalationId, String processInstanceId, boolean newlyRaised) {}

  /**
   * Raises the escalation of a missed item once: a second call for the same item and due date
   * (a retried job, a restart, another node) finds the log row and starts nothing.
   */
  Raised raise(ItemRef item) {
    var key = EscalationLog.ESCALATION + ":" + item.key();
    var existing = log.findByKey(key);
    if (existing.isPresent()) {
      LOG.info("Escalation of '{}' due {} was already raised; not raised again", item.itemName(), day(item.dueDate()));
      return new Raised(existing.get().id(), existing.get().processInstanceId(), false);
    }
    var plan = plan(item.planId());
    var levels = EscalationLevels.of(plan, item.ownerGroup());
    long id = log.insert(new EscalationLog.NewEntry(key, EscalationLog.ESCALATION, EscalationLog.OPEN, item,
        levels.size(), now()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(PLAN_ID, item.planId());
    variables.put(ESCALATION_ID, id);
    variables.put(ITEM_NAME, item.itemName());
    variables.put(ITEM_TYPE, item.itemType());
    variables.put(ITEM_OWNER_GROUP, item.ownerGroup());
    variables.put(SOURCE_PROCESS_INSTANCE_ID, item.sourceProcessInstanceId());
    variables.put(SOURCE_ACTIVITY_ID, item.sourceActivityId());
    variables.put(DUE_DATE_VARIABLE, item.dueDateVariable());
    variables.put(ORIGINAL_DUE_DATE, item.dueDate());
    variables.put(CURRENT_DUE_DATE, item.dueDate());
    variables.put(SLIPS, 0);
    variables.put(LEVEL, 0);
    variables.put(LEVEL_COUNT, levels.size());
    variables.put(CHIEF_OFFICERS_GROUP, plan.roles().chiefOfficers());
    variables.put(REVISION_DECIDER_GROUP, EscalationLevels.revisionDecider(plan, item.ownerGroup()));
    variables.put(OVERSIGHT_OWNED, EscalationLevels.oversightOwned(plan, item.ownerGroup()));
    variables.put(STRATEGIC_LEAD_GROUP, plan.roles().strategicLead());
    variables.put(ACCOUNTABILITY_GROUPS, plan.roles().opccStaff() + "," + plan.roles().pcc());
    variables.put(HISTORY, "");
    var instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, item.key(), variables);
    log.setProcessInstance(id, instance.getId());
    LOG.info("Escalated '{}' (due {}) to {}", item.itemName(), day(item.dueDate()), item.ownerGroup());
    return new Raised(id, instance.getId(), true);
  }

  /**
   * A level of an escalation as the model needs it.
   *
   * @param pastTheTop raised so late that even the top level would have ended: flag it for the PCC at once
   * @param waiting what the item waits for outside the force ({@link OutsideBodyWait#summary}), or null
   * @param oversight the level's group is the oversight body (see {@link #oversight})
   * @param oversightOwned the item is the oversight body's own (see {@link EscalationLevels#oversightOwned}):
   *     unresolved at its top it stays open there instead of going to the accountability meeting
   */
  record Level(int level, int levelCount, String group, String label, Date startedAt, Date dueAt, boolean top,
      boolean pastTheTop, String waiting, boolean oversight, boolean oversightOwned) {}

  /**
   * Whether a level belongs to the oversight body: its group is the plan's OPCC staff and not the item's
   * own owner group (an item the OPCC owns is theirs to resolve). There the task records, challenges and
   * refers; deciding for the force (resolving, revising the date) stays with the force's levels.
   */
  private static boolean oversight(PlanDefinition plan, String ownerGroup, String group) {
    return group.equals(plan.roles().opccStaff()) && !group.equals(ownerGroup);
  }

  /**
   * Moves the escalation up one level, gives the level its interval in working days from now,
   * records the step and tells the level's group. The first call catches up with the item's
   * lateness (see {@link #enterFirstLevel}).
   */
  Level enterNextLevel(long escalationId, String recordedBy) {
    var entry = entry(escalationId);
    var plan = plan(entry.planId());
    var levels = EscalationLevels.of(plan, entry.ownerGroup());
    // read afresh at each level: the owner records and clears the wait in the item's own process
    var waiting = waits.of(entry.sourceProcessInstanceId()).map(OutsideBodyWait::summary).orElse(null);
    if (entry.level() == 0) {
      return enterFirstLevel(entry, plan, levels, waiting, recordedBy);
    }
    boolean oversightOwned = EscalationLevels.oversightOwned(plan, entry.ownerGroup());
    boolean stillAtTheTop = entry.level() >= levels.size();
    int level = Math.min(entry.level() + 1, levels.size());
    var group = levels.get(level - 1);
    var now = now();
    var startedAt = Times.date(now);
    var dueAt = schedule.nextLevelAt(entry.planId(), startedAt);
    log.setLevel(escalationId, level, levels.size(), group);
    if (stillAtTheTop) {
      // the oversight body's own item: nothing above its top, so it stays open there and its group is told again
      log.addStep(escalationId, "STILL_OPEN_AT_THE_TOP", level, group, "Unresolved at the top level: stays open with "
          + group + (waiting == null ? "" : ". " + waiting), Times.utc(dueAt), recordedBy, now);
      notifyLevel(entry, levels, level, dueAt, waiting, " It is still unresolved at the top level and stays open with you.");
    } else {
      log.addStep(escalationId, "LEVEL_RAISED", level, group, "Unresolved at level " + (level - 1) + ": escalated to "
          + group + (waiting == null ? "" : ". " + waiting), Times.utc(dueAt), recordedBy, now);
      notifyLevel(entry, levels, level, dueAt, waiting, "");
    }
    return new Level(level, levels.size(), group, label(level, levels), startedAt, dueAt, level == levels.size(), false,
        waiting, oversight(plan, entry.ownerGroup(), group), oversightOwned);
  }

  /**
   * The first level an escalation enters is where it would be had it been escalated on time: an
   * item raised long after its due date (a plan started late, an application that was down) does
   * not start again at its owner group. The level is {@code 1 + lateWorkingDays / interval} (at most
   * the top), each level passed over is recorded as LEVEL_SKIPPED, and the level entered is due when
   * it would have ended on time. Late by the whole chain or more, it enters the top level already
   * past it, and the model flags it for the PCC at once; the oversight body's own item is not flagged
   * (the accountability meeting holds the force to account) but enters its top level with the plan's
   * interval from now. An item not late at all gets the plan's interval from now, as every later
   * level does.
   */
  private Level enterFirstLevel(EscalationLog.Entry entry, PlanDefinition plan, List<String> levels, String waiting,
      String recordedBy) {
    long id = entry.id();
    var now = now();
    var startedAt = Times.date(now);
    var due = Times.date(entry.currentDueDate());
    int interval = Math.max(1, schedule.levelIntervalWorkingDays(entry.planId()));
    int late = schedule.workingDaysLate(due, now.toInstant());
    int level = Math.min(1 + late / interval, levels.size());
    boolean oversightOwned = EscalationLevels.oversightOwned(plan, entry.ownerGroup());
    boolean beyondTheChain = late >= levels.size() * interval;
    boolean pastTheTop = beyondTheChain && !oversightOwned;
    var group = levels.get(level - 1);
    var skipped = new ArrayList<String>();
    for (int k = 1; k < level; k++) {
      var passed = schedule.addWorkingDays(due, k * interval);
      var which = "level " + k + " (" + levels.get(k - 1) + ")";
      log.addStep(id, "LEVEL_SKIPPED", k, levels.get(k - 1), "Already " + workingDays(late) + " late when raised: "
          + which + " passed on " + onDay(passed), Times.utc(passed), recordedBy, now);
      skipped.add(which);
    }
    var dueAt = late == 0 || (beyondTheChain && oversightOwned) ? schedule.nextLevelAt(entry.planId(), startedAt)
        : schedule.addWorkingDays(due, level * interval);
    log.setLevel(id, level, levels.size(), group);
    var detail = "Due " + day(due) + " and not done" + (waiting == null ? ": " : ". " + waiting + "; ")
        + (skipped.isEmpty() ? "escalated to the owner group"
            : "already " + workingDays(late) + " late when raised, escalated straight to level " + level + " ("
                + group + ")" + (pastTheTop ? ", and past the top of the chain since " + onDay(dueAt) : ""))
        + (beyondTheChain && oversightOwned ? "; " + workingDays(late) + " late, past its top level: it stays open there" : "");
    log.addStep(id, "ESCALATED", level, group, detail, Times.utc(dueAt), recordedBy, now);
    // past the top, the accountability meeting's notice to the OPCC and the PCC says it all: one message, not two
    if (!pastTheTop) {
      var catchUp = skipped.isEmpty() ? ""
          : " It was already " + workingDays(late) + " late when it was raised, so it skipped " + String.join(", ", skipped) + ".";
      notifyLevel(entry, levels, level, dueAt, waiting, catchUp);
    }
    return new Level(level, levels.size(), group, label(level, levels), startedAt, dueAt, level == levels.size(),
        pastTheTop, waiting, oversight(plan, entry.ownerGroup(), group), oversightOwned);
  }

  /** Tells the level's group when the level is due; {@code waiting} the outside body the item waits on, or null. */
  private void notifyLevel(EscalationLog.Entry entry, List<String> levels, int level, Date dueAt, String waiting,
      String more) {
    var group = levels.get(level - 1);
    notifier.notifyGroup(group, "ESCALATION", entry.planId(),
        "Escalation (level " + level + "): " + entry.itemName() + " missed its due date",
        "\"" + entry.itemName() + "\" was due on " + day(Times.date(entry.currentDueDate()))
            + " and is not done." + (waiting == null ? "" : " " + waiting + ".")
            + " It is escalated to you (" + label(level, levels) + ")." + more
            + " Resolve it in Tasklist by " + day(dueAt) + (level < levels.size() ? ", or it climbs to the next level." : "."),
        entry.id());
  }

  private static String label(int level, List<String> levels) {
    return "Level " + level + " of " + levels.size() + ": " + levels.get(level - 1);
  }

  private static String workingDays(int days) {
    return days + (days == 1 ? " working day" : " working days");
  }

  /** The calendar day of a moment, e.g. the day an on-time level would have ended: "15 January 2026". */
  private String onDay(Date moment) {
    return DAY.format(moment.toInstant().atZone(schedule.zone()).toLocalDate());
  }

  /** Records a step that needs no more than a line in the log, such as a cause or a rejected revision. */
  void recordStep(long escalationId, String step, int level, String group, String detail, String recordedBy) {
    log.addStep(escalationId, step, level, group, detail, null, recordedBy, now());
  }

  /**
   * The oversight body challenges the force with a question to answer by a day: recorded, and the
   * group that answers (the plan's strategic lead) told.
   *
   * @return when the answer is due: the end of that day
   * @throws IllegalArgumentException when the day is missing, malformed or not after today
   */
  Date challenge(long escalationId, int level, String group, String answerGroup, String question, String answerByDay,
      String recordedBy) {
    var day = parseDay(CHALLENGE_ANSWER_BY, "the answer date", answerByDay);
    var today = LocalDate.ofInstant(clock.instant(), schedule.zone());
    if (!day.isAfter(today)) {
      throw new IllegalArgumentException(CHALLENGE_ANSWER_BY + ": the answer date must be after today (" + today + ")");
    }
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException(CHALLENGE_QUESTION + ": give the question for the force");
    }
    var entry = entry(escalationId);
    var dueAt = schedule.endOf(day);
    log.addStep(escalationId, "CHALLENGED", level, group, "Challenge to " + answerGroup + ", to answer by " + day(dueAt)
        + ": " + question, Times.utc(dueAt), recordedBy, now());
    notifier.notifyGroup(answerGroup, "CHALLENGE", entry.planId(), "Challenge from " + group + ": " + entry.itemName(),
        "\"" + entry.itemName() + "\" was due on " + day(Times.date(entry.currentDueDate())) + " and is not done. " + group
            + " ask: " + question + " Answer in Tasklist by " + day(dueAt) + ".",
        escalationId);
    return dueAt;
  }

  /** The force answered the oversight body's challenge: recorded, and the oversight body told. */
  void answerChallenge(long escalationId, int level, String answerGroup, String oversightGroup, String answer,
      String recordedBy) {
    var entry = entry(escalationId);
    log.addStep(escalationId, "CHALLENGE_ANSWERED", level, answerGroup, "Answer: " + answer, null, recordedBy, now());
    notifier.notifyGroup(oversightGroup, "CHALLENGE_ANSWERED", entry.planId(), "Challenge answered: " + entry.itemName(),
        answerGroup + " answered your challenge on \"" + entry.itemName() + "\": " + answer
            + " Note it, challenge again or refer it to the accountability meeting in Tasklist.",
        escalationId);
  }

  /**
   * Checks a proposed revised date ({@code yyyy-mm-dd}) and records the proposal.
   *
   * @return when the chief officers' decision is due
   * @throws IllegalArgumentException when the date is missing, malformed or not in the future
   */
  Date proposeRevision(long escalationId, int level, String group, String proposedDay, String reason,
      String recordedBy) {
    var day = parseDay(PROPOSED_DUE_DATE, "the revised target date", proposedDay);
    var today = LocalDate.ofInstant(clock.instant(), schedule.zone());
    if (!day.isAfter(today)) {
      throw new IllegalArgumentException("proposedDueDate: the revised target date must be after today (" + today + ")");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("revisionReason: give the reason for the revised target date");
    }
    var entry = entry(escalationId);
    log.addStep(escalationId, "REVISION_PROPOSED", level, group, "Revised target date " + day + " proposed: " + reason,
        Times.utc(schedule.endOf(day)), recordedBy, now());
    return schedule.nextLevelAt(entry.planId(), Times.date(now()));
  }

  /** The revised date as a due moment: the end of that day. */
  Date revisedDue(String proposedDay) {
    return schedule.endOf(parseDay(PROPOSED_DUE_DATE, "the revised target date", proposedDay));
  }

  /**
   * The chief officers approved a revised date: the current date moves, the slip is counted (the
   * original date stays), and the source item's open task and due-date variable follow.
   *
   * @return the number of slips now
   */
  int applyRevision(long escalationId, int level, String group, Date newDue, String comment, String dueDateVariable,
      String recordedBy) {
    var entry = entry(escalationId);
    var updated = sourceItems.applyRevisedDate(entry.sourceProcessInstanceId(), entry.sourceActivityId(),
        dueDateVariable, Times.date(entry.currentDueDate()), newDue);
    log.revise(escalationId, Times.utc(newDue));
    var detail = "Revised target date " + day(newDue) + " approved (was " + day(Times.date(entry.currentDueDate()))
        + ", originally " + day(Times.date(entry.originalDueDate())) + ", slip " + (entry.slips() + 1) + ")"
        + (comment == null || comment.isBlank() ? "" : ": " + comment)
        + (updated.isEmpty() ? "; nothing to update in the source process" : "; updated " + String.join(", ", updated));
    log.addStep(escalationId, "REVISION_APPROVED", level, group, detail, Times.utc(newDue), recordedBy, now());
    return entry.slips() + 1;
  }

  /** Whether the item is still waiting in its source process. */
  boolean itemStillOpen(long escalationId) {
    var entry = entry(escalationId);
    return sourceItems.isOpen(entry.sourceProcessInstanceId(), entry.sourceActivityId());
  }

  /** Closes the escalation with its last step. */
  void close(long escalationId, String status, String step, int level, String group, String detail, String recordedBy) {
    var now = now();
    log.addStep(escalationId, step, level, group, detail, null, recordedBy, now);
    log.close(escalationId, status, now);
  }

  /** Why an escalation goes to the PCC's accountability meeting. */
  enum FlagReason {
    /** Unresolved when the top level's interval ended. */
    UNRESOLVED_AT_THE_TOP("Unresolved at the top of the chain", "is unresolved at every level of the escalation chain"),
    /** Raised so late that the whole chain had passed. */
    PAST_THE_TOP_WHEN_RAISED("Already past the top of the chain when raised",
        "was already past the top of the escalation chain when it was raised"),
    /** The oversight body referred it. */
    REFERRED("Referred by the oversight body", "was referred to it by the oversight body (OPCC staff)");

    private final String step;
    private final String notice;

    FlagReason(String step, String notice) {
      this.step = step;
      this.notice = notice;
    }
  }

  /**
   * Unresolved at the top level, or referred by the oversight body: flagged for the PCC's
   * accountability meeting, and the OPCC and the PCC told.
   *
   * @return when the meeting task is due: the plan's interval in working days from now
   */
  Date flagForAccountabilityMeeting(long escalationId, int level, String recordedBy, FlagReason reason) {
    var entry = entry(escalationId);
    var plan = plan(entry.planId());
    log.flagForPcc(escalationId);
    log.addStep(escalationId, "FLAGGED_FOR_PCC", level, plan.roles().opccStaff(),
        reason.step + ": flagged for the PCC's accountability meeting", null, recordedBy, now());
    for (var group : List.of(plan.roles().opccStaff(), plan.roles().pcc())) {
      notifier.notifyGroup(group, "ACCOUNTABILITY_MEETING", entry.planId(),
          "For the accountability meeting: " + entry.itemName(),
          "\"" + entry.itemName() + "\" was due on " + day(Times.date(entry.currentDueDate()))
              + " (originally " + day(Times.date(entry.originalDueDate())) + ", " + entry.slips()
              + " slip(s)) and " + reason.notice + ". It is flagged for the PCC's accountability meeting.",
          escalationId);
    }
    return schedule.nextLevelAt(entry.planId(), Times.date(now()));
  }

  /** "due 31 December 2025 (originally 31 December 2025, 0 slips)", for the forms. */
  String dueSummary(Date current, Date original, int slips) {
    return day(current) + (slips == 0 ? "" : " (originally " + day(original) + ", " + slips
        + (slips == 1 ? " slip)" : " slips)"));
  }

  /** The escalation's current due date, with the original and the slips once revised. */
  String dueSummary(long escalationId) {
    var entry = entry(escalationId);
    return dueSummary(Times.date(entry.currentDueDate()), Times.date(entry.originalDueDate()), entry.slips());
  }

  String originalDueText(long escalationId) {
    return day(Times.date(entry(escalationId).originalDueDate()));
  }

  /** The steps so far, one line each, for the forms. */
  String history(long escalationId) {
    return log.steps(escalationId).stream()
        .map(s -> s.recordedAt().toLocalDate() + "  L" + s.level() + "  " + s.step() + "  "
            + (s.detail() == null ? "" : s.detail()) + "  (" + s.recordedBy() + ")")
        .collect(Collectors.joining("\n"));
  }

  private static LocalDate parseDay(String field, String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": give " + what);
    }
    try {
      var text = value.trim();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": '" + value + "' is not a date (yyyy-mm-dd)");
    }
  }

  private EscalationLog.Entry entry(long escalationId) {
    return log.find(escalationId)
        .orElseThrow(() -> new IllegalStateException("No escalation " + escalationId + " in the escalation log"));
  }

  private PlanDefinition plan(String planId) {
    return plans.find(planId).orElseThrow(() -> new IllegalArgumentException("planId: unknown plan '" + planId + "'"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private String day(Date date) {
    return DAY.format(schedule.dayOf(date));
  }
}
