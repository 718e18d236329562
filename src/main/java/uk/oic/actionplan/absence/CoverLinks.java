package uk.oic.actionplan.absence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a cover gives the delegate: a candidate-user link on each open task the absent user could work
 * (a task of one of their groups, or assigned to them), recorded so that exactly those links, and the
 * task grants the engine gave with them, are taken away when the cover ends. A task the delegate still
 * holds then goes back to whoever held it before (the absent user, or nobody).
 */
@Component
class CoverLinks {

  private final AbsenceStore store;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final Clock clock;

  CoverLinks(AbsenceStore store, TaskService taskService, IdentityService identityService,
      AuthorizationService authorizationService, Clock engineClock) {
    this.store = store;
    this.taskService = taskService;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.clock = engineClock;
  }

  /** Gives the delegate every open task the absent user could work; the number of links added. */
  int begin(Absence absence) {
    var tasks = new LinkedHashMap<String, Task>();
    var groups = groupsOf(absence.userId());
    if (!groups.isEmpty()) {
      taskService.createTaskQuery().taskCandidateGroupIn(groups.stream().toList()).includeAssignedTasks().list()
          .forEach(t -> tasks.put(t.getId(), t));
    }
    taskService.createTaskQuery().taskAssignee(absence.userId()).list().forEach(t -> tasks.put(t.getId(), t));
    int added = 0;
    for (var task : tasks.values()) {
      if (absence.delegateId().equals(task.getAssignee()) || store.hasLink(absence.id(), task.getId())
          || isCandidateUser(task.getId(), absence.delegateId())) {
        continue;
      }
      boolean hadGrant = hasGrant(task.getId(), absence.delegateId());
      taskService.addCandidateUser(task.getId(), absence.delegateId());
      store.addLink(absence.id(), task.getId(), absence.delegateId(), task.getAssignee(), hadGrant, now());
      added++;
    }
    return added;
  }

  /** A task created during a cover: the delegate gets it if the absent user could work it. */
  void onCreate(DelegateTask task, Absence absence) {
    var delegate = absence.delegateId();
    if (delegate.equals(task.getAssignee())) {
      return;
    }
    boolean theirs = absence.userId().equals(task.getAssignee());
    var groups = new HashSet<String>();
    for (var link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (delegate.equals(link.getUserId())) {
          return;
        }
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    if (!theirs && !groups.isEmpty()) {
      groups.retainAll(groupsOf(absence.userId()));
      theirs = !groups.isEmpty();
    }
    if (!theirs) {
      return;
    }
    boolean hadGrant = hasGrant(task.getId(), delegate);
    task.addCandidateUser(delegate);
    store.addLink(absence.id(), task.getId(), delegate, task.getAssignee(), hadGrant, now());
  }

  /** Takes back what {@link #begin} and {@link #onCreate} gave; the number of open tasks taken back. */
  int end(Absence absence) {
    int removed = 0;
    for (var link : store.activeLinks(absence.id())) {
      var task = taskService.createTaskQuery().taskId(link.taskId()).singleResult();
      if (task != null) {
        if (link.delegateId().equals(task.getAssignee())) {
          taskService.setAssignee(task.getId(), link.assigneeBefore());
        }
        taskService.deleteCandidateUser(task.getId(), link.delegateId());
        if (!link.hadGrant()) {
          authorizationService.createAuthorizationQuery().userIdIn(link.delegateId()).resourceType(Resources.TASK)
              .resourceId(task.getId()).list()
              .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        }
        removed++;
      }
      store.linkRemoved(absence.id(), link.taskId(), now());
    }
    return removed;
  }

  Set<String> groupsOf(String userId) {
    var groups = new HashSet<String>();
    identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).forEach(groups::add);
    return groups;
  }

  private boolean isCandidateUser(String taskId, String userId) {
    for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasGrant(String taskId, String userId) {
    return authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
        .resourceId(taskId).count() > 0;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
