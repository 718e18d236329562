package uk.oic.actionplan.absence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * (a task of one of their groups, or assigned to them) and that nobody else holds and the delegate
 * cannot work in their own right, recorded so that exactly those links, and the task grants the engine
 * gave with them, are taken away when the cover ends (or, for a delegate covering several colleagues,
 * when the last of their covers for the task ends). A task the delegate still holds then goes back to
 * whoever held it before (the absent user, or nobody).
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
    var delegateGroups = groupsOf(absence.delegateId());
    int added = 0;
    for (var task : tasks.values()) {
      if (store.hasLink(absence.id(), task.getId())) {
        continue;
      }
      var candidateGroups = new HashSet<String>();
      boolean candidateUser = false;
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getGroupId() != null) {
            candidateGroups.add(link.getGroupId());
          } else if (absence.delegateId().equals(link.getUserId())) {
            candidateUser = true;
          }
        }
      }
      if (link(absence, task.getId(), task.getAssignee(), candidateGroups, candidateUser, delegateGroups)) {
        taskService.addCandidateUser(task.getId(), absence.delegateId());
      }
      if (store.hasLink(absence.id(), task.getId())) {
        added++;
      }
    }
    return added;
  }

  /** A task created during a cover: the delegate gets it if the absent user could work it. */
  /** The users who could work a new task: its assignee and the members of its candidate groups. */
  Set<String> couldWork(DelegateTask task) {
    var users = new HashSet<String>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    for (var link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().forEach(user -> users.add(user.getId()));
      }
    }
    return users;
  }

  void onCreate(DelegateTask task, Absence absence) {
    var delegate = absence.delegateId();
    if (store.hasLink(absence.id(), task.getId())) {
      return;
    }
    boolean theirs = absence.userId().equals(task.getAssignee());
    var groups = new HashSet<String>();
    boolean candidateUser = false;
    for (var link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (delegate.equals(link.getUserId())) {
          candidateUser = true;
        }
      }
    }
    if (!theirs) {
      var shared = new HashSet<>(groups);
      shared.retainAll(groupsOf(absence.userId()));
      theirs = !shared.isEmpty();
    }
    if (!theirs) {
      return;
    }
    if (link(absence, task.getId(), task.getAssignee(), groups, candidateUser, groupsOf(delegate))) {
      task.addCandidateUser(delegate);
    }
  }

  /**
   * Stores the absence's link to a task the absent user could work, unless the delegate has it in their
   * own right (a member of one of its groups, a candidate user, its assignee) or someone other than the
   * absent user holds it. A delegate who has the task already through another cover gets a link of this
   * absence too, with what they had before any cover, so that the task stays theirs until the last of
   * their covers for it ends. True when the caller must add the candidate-user link.
   */
  private boolean link(Absence absence, String taskId, String assignee, Set<String> candidateGroups,
      boolean candidateUser, Set<String> delegateGroups) {
    var delegate = absence.delegateId();
    var earlier = store.coveringLink(taskId, delegate);
    if (earlier.isEmpty()) {
      boolean heldByAnother = assignee != null && !assignee.equals(absence.userId());
      boolean ownRight = candidateUser || candidateGroups.stream().anyMatch(delegateGroups::contains);
      if (heldByAnother || ownRight) {
        return false;
      }
      store.addLink(absence.id(), taskId, delegate, assignee, hasGrant(taskId, delegate), now());
      return true;
    }
    var first = earlier.get();
    store.addLink(absence.id(), taskId, delegate, first.assigneeBefore(), first.hadGrant(), now());
    return false;
  }

  /**
   * Takes back what {@link #begin} and {@link #onCreate} gave for this absence, and what live links of
   * other absences no longer covered still give (a task created as their cover ended); a task the
   * delegate also has through a cover still running stays theirs. The number of open tasks taken back.
   */
  int end(Absence absence) {
    var links = new ArrayList<>(store.activeLinks(absence.id()));
    for (var stale : store.staleLinks()) {
      if (stale.absenceId() != absence.id()) {
        links.add(stale);
      }
    }
    int removed = 0;
    for (var link : links) {
      store.linkRemoved(link.absenceId(), link.taskId(), now());
      if (store.coveringLink(link.taskId(), link.delegateId()).isPresent()) {
        continue;
      }
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
    }
    return removed;
  }

  Set<String> groupsOf(String userId) {
    var groups = new HashSet<String>();
    identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).forEach(groups::add);
    return groups;
  }

  private boolean hasGrant(String taskId, String userId) {
    return authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
        .resourceId(taskId).count() > 0;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
