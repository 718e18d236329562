package uk.oic.actionplan.absence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.Cover;

/**
 * Cover while tasks come and go: a new task reaches the delegates of absent users who could work it,
 * and what a delegate does to a task they have only through a cover is recorded as done on the absent
 * user's behalf: a row in {@code oic_absence_action}, the task's {@code onBehalfOf} variable (kept in
 * the history with the task), a comment on the task ("Completed by x on behalf of y"), and, for the
 * rest of the engine command, {@link #actingFor} (the evidence register and the submitted-by
 * variables read it).
 */
@Component
class CoverHooks implements Cover {

  static final String COMPLETE = "COMPLETE";
  static final String ASSIGNMENT = "ASSIGNMENT";
  /** The task variable naming the absent user a delegate completed the task for. */
  static final String ON_BEHALF_OF = "onBehalfOf";

  private record Acting(CommandContext command, Map<String, String> forWhom) {}

  private static final ThreadLocal<Acting> ACTING = new ThreadLocal<>();
  /** Set while a hook runs: the comment it adds fires the task's events again, which must not record again. */
  private static final ThreadLocal<Boolean> IN_HOOK = new ThreadLocal<>();

  private final AbsenceProperties properties;
  private final AbsenceStore store;
  private final CoverLinks links;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final Clock clock;

  CoverHooks(AbsenceProperties properties, AbsenceStore store, CoverLinks links, IdentityService identityService,
      TaskService taskService, Clock engineClock) {
    this.properties = properties;
    this.store = store;
    this.links = links;
    this.identityService = identityService;
    this.taskService = taskService;
    this.clock = engineClock;
  }

  void created(DelegateTask task) {
    if (!properties.enabled()) {
      return;
    }
    var covering = store.covering();
    if (covering.isEmpty()) {
      return;
    }
    // only the absences of people who could work this task concern it, and only their rows are locked
    // (in id order): task creations elsewhere are not held up by covers that have nothing to do with them
    var workers = links.couldWork(task);
    covering.stream().filter(absence -> workers.contains(absence.userId()))
        .mapToLong(Absence::id).sorted()
        .forEach(id -> store.coveringLocked(id).ifPresent(absence -> links.onCreate(task, absence)));
  }

  void acted(DelegateTask task, String action) {
    if (IN_HOOK.get() != null) {
      return;
    }
    IN_HOOK.set(Boolean.TRUE);
    try {
      boolean onBehalf = properties.enabled() && record(task, action);
      if (COMPLETE.equals(action) && !onBehalf && task.hasVariableLocal(ON_BEHALF_OF)) {
        // only a delegate's completion names someone; a value set by anyone else is not kept
        task.removeVariableLocal(ON_BEHALF_OF);
      }
    } finally {
      IN_HOOK.remove();
    }
  }

  /** Records what the current user did to the task on an absent user's behalf; false when it was not that. */
  private boolean record(DelegateTask task, String action) {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return false;
    }
    var user = authentication.getUserId();
    var absenceId = store.coveringAbsence(task.getId(), user);
    if (absenceId.isEmpty()) {
      return false;
    }
    // a member of one of the task's groups works it in their own right
    var groups = authentication.getGroupIds() == null ? Set.<String>of() : Set.copyOf(authentication.getGroupIds());
    boolean ownRight = task.getCandidates().stream().anyMatch(link ->
        IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null && groups.contains(link.getGroupId()));
    if (ownRight) {
      return false;
    }
    var absence = store.byId(absenceId.get()).orElseThrow();
    var absent = absence.userId();
    store.recordAction(absence.id(), task.getId(), task.getName(), task.getProcessInstanceId(), action, user, absent,
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    var command = Context.getCommandContext();
    if (COMPLETE.equals(action)) {
      task.setVariableLocal(ON_BEHALF_OF, absent);
      if (command != null) {
        var acting = ACTING.get();
        if (acting == null || acting.command() != command) {
          acting = new Acting(command, new HashMap<>());
          ACTING.set(acting);
          command.registerCommandContextListener(new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext commandContext) {
              ACTING.remove();
            }

            @Override
            public void onCommandFailed(CommandContext commandContext, Throwable t) {
              ACTING.remove();
            }
          });
        }
        acting.forWhom().put(user, absent);
      }
    }
    if (COMPLETE.equals(action) && command != null) {
      var text = "Completed by " + user + " on behalf of " + absent + ", who is away (cover from " + absence.from()
          + " to " + absence.to() + ")";
      var taskService = task.getProcessEngineServices().getTaskService();
      command.runWithoutAuthorization(() -> taskService.createComment(task.getId(), task.getProcessInstanceId(), text));
    }
    return true;
  }

  @Override
  public Optional<String> actingFor(String userId) {
    var acting = ACTING.get();
    if (acting == null || userId == null) {
      return Optional.empty();
    }
    if (acting.command() != Context.getCommandContext()) {
      ACTING.remove();
      return Optional.empty();
    }
    return Optional.ofNullable(acting.forWhom().get(userId));
  }

  @Override
  public Optional<String> coveredOwner(String taskId, String userId) {
    if (!properties.enabled() || taskId == null || userId == null) {
      return Optional.empty();
    }
    var absenceId = store.coveringAbsence(taskId, userId);
    if (absenceId.isEmpty()) {
      return Optional.empty();
    }
    var groups = links.groupsOf(userId);
    boolean ownRight = taskService.getIdentityLinksForTask(taskId).stream().anyMatch(link ->
        IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null && groups.contains(link.getGroupId()));
    return ownRight ? Optional.empty() : store.byId(absenceId.get()).map(Absence::userId);
  }

  @Override
  public Set<String> coveredBy(String delegateId) {
    var away = new LinkedHashSet<String>();
    if (!properties.enabled() || delegateId == null) {
      return away;
    }
    store.covering().stream().filter(a -> delegateId.equals(a.delegateId())).map(Absence::userId).forEach(away::add);
    return away;
  }

  @Override
  public Set<String> delegatesCoveringFor(Collection<String> userIds) {
    var delegates = new LinkedHashSet<String>();
    if (!properties.enabled() || userIds.isEmpty()) {
      return delegates;
    }
    var away = Set.copyOf(userIds);
    for (var absence : store.covering()) {
      if (away.contains(absence.userId())) {
        delegates.add(absence.delegateId());
      }
    }
    delegates.removeAll(away);
    return delegates;
  }
}
