package uk.oic.actionplan.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.kernel.ProcessKeys;
import uk.oic.actionplan.support.ProcessTestSupport;

/**
 * The PCC's response to the inspection report (oic-pcc-response) and the progress statements after
 * it: drafted by OPCC staff, the force's part, the PCC's approval or return, the published versions
 * and the deadline's escalation.
 */
class PccResponseProcessTest extends ProcessTestSupport {

  static final String OPCC = "opcc.officer";
  static final String LEAD = "strategic.lead";
  static final String PCC = "pcc";
  /** The default plan's report was published on 22 May 2025: the response is due by 17 July 2025. */
  static final LocalDate DUE = LocalDate.of(2025, 7, 17);

  @Autowired PublishedStatements published;
  @Autowired PccResponses responses;
  @Autowired EvidenceRegister register;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void beforeTheDueDate() {
    // each test publishes its own versions (the table has no delete in the application: tests clear it)
    jdbc.update("DELETE FROM oic_published_statement");
    ClockUtil.setCurrentTime(at(LocalDate.of(2025, 6, 2), 9));
  }

  ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(ProcessKeys.PCC_RESPONSE, ProcessKeys.pccResponseBusinessKey(PLAN_ID),
        vars("planId", PLAN_ID, "planTitle", "Organised immigration crime action plan"));
  }

  void as(String user, Runnable action) {
    var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  static Map<String, Object> draft(String marker) {
    var values = new HashMap<String, Object>();
    values.put("pccComments", "I welcome the report and will hold the force to account. " + marker);
    for (int slot = 1; slot <= 4; slot++) {
      values.put("rec" + slot + "Pcc", "The PCC's steps for recommendation slot " + slot + " " + marker);
    }
    return values;
  }

  static Map<String, Object> forcePart() {
    var values = new HashMap<String, Object>();
    for (int slot = 1; slot <= 4; slot++) {
      values.put("rec" + slot + "Force", "The force's steps for recommendation slot " + slot);
    }
    return values;
  }

  void draftAndContribute(ProcessInstance instance, String marker) {
    as(OPCC, () -> complete(instance.getId(), "Task_DraftPccResponse", draft(marker)));
    as(LEAD, () -> complete(instance.getId(), "Task_ContributeForceResponse", forcePart()));
  }

  void approve(ProcessInstance instance) {
    as(PCC, () -> complete(instance.getId(), "Task_ApprovePccResponse", vars("approvalDecision", "APPROVE")));
  }

  @Test
  void draftedContributedApprovedAndPublished() {
    var instance = start();
    var draftTask = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(draftTask.getTaskDefinitionKey()).isEqualTo("Task_DraftPccResponse");
    assertThat(draftTask.getName()).isEqualTo(
        "Draft the PCC's response to the inspection report: Organised immigration crime action plan");
    assertThat(draftTask.getDueDate()).isEqualTo(endOf(DUE));
    assertThat(taskService.getIdentityLinksForTask(draftTask.getId())).extracting(l -> l.getGroupId()).containsExactly("opcc-staff");
    var variables = runtimeService.getVariables(instance.getId());
    assertThat(variables).containsEntry("statementDueText", "17 July 2025").containsEntry("reportPublishedOnText", "22 May 2025")
        .containsEntry("rec1Id", "rec-2").containsEntry("rec4Id", "rec-9").containsEntry("rec5Label", "")
        .containsEntry("rec6Label", "");
    assertThat((String) variables.get("rec3Label")).startsWith("Rec 8: Hydra training for relevant personnel (by 30 April 2026)\n");
    assertThat(responses.status(PLAN_ID).status()).isEqualTo(PccResponses.State.DRAFTING);

    // a shown recommendation is required; the hidden slots 5 and 6 are not
    var missing = draft("v1");
    missing.remove("rec2Pcc");
    as(OPCC, () -> assertThatThrownBy(() -> complete(instance.getId(), "Task_DraftPccResponse", missing))
        .hasMessageContaining("rec2Pcc"));
    draftAndContribute(instance, "v1");
    var approveTask = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(approveTask.getTaskDefinitionKey()).isEqualTo("Task_ApprovePccResponse");
    assertThat(taskService.getIdentityLinksForTask(approveTask.getId())).extracting(l -> l.getGroupId()).containsExactly("pcc");
    assertThat(responses.status(PLAN_ID).status()).isEqualTo(PccResponses.State.AWAITING_APPROVAL);
    assertThat(responses.status(PLAN_ID).recommendations()).extracting(PccResponses.RecommendationText::source).containsOnly("DRAFT");
    assertThat(published.latest(PLAN_ID)).isEmpty();

    assertThat(evidence).extracting(call -> call.get("activityId") + ": " + call.get("evidenceTitle")).containsExactly(
        "Task_RecordDraft: Drafted by OPCC staff: the PCC's response to the inspection report (Organised immigration crime action plan)",
        "Task_RecordForcePart: Force's part contributed: the PCC's response to the inspection report (Organised immigration crime action plan)");
    assertThat(evidence.get(0)).containsEntry("evidenceKind", "DOCUMENT")
        .containsEntry("evidenceDescription", "I welcome the report and will hold the force to account. v1");
    approve(instance);
    assertThat(instance).hasPassed("Task_PublishPccResponse").isEnded();
    var v1 = published.latest(PLAN_ID).orElseThrow();
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.kind()).isEqualTo(StatementKind.RESPONSE);
    assertThat(v1.approvedBy()).isEqualTo(PCC);
    assertThat(v1.intact()).isTrue();
    var content = v1.parsed();
    assertThat(content.pccComments()).endsWith("v1");
    assertThat(content.reportPublishedOn()).isEqualTo(LocalDate.of(2025, 5, 22));
    assertThat(content.dueOn()).isEqualTo(DUE);
    assertThat(content.recommendations()).extracting(StatementContent.Recommendation::id)
        .containsExactly("rec-2", "rec-4", "rec-8", "rec-9");
    assertThat(content.recommendations().get(2).pccResponse()).isEqualTo("The PCC's steps for recommendation slot 3 v1");
    assertThat(content.recommendations().get(2).forceSteps()).isEqualTo("The force's steps for recommendation slot 3");
    // the publication is in the evidence register, with the content's hash
    var entry = register.find(v1.evidenceEntryId()).orElseThrow();
    assertThat(entry.sequence()).isEqualTo(v1.evidenceSequence());
    assertThat(entry.kind().name()).isEqualTo("DOCUMENT");
    assertThat(entry.reference()).isEqualTo("published-statement:" + PLAN_ID + "/v1 sha256:" + v1.contentHash());
    assertThat(entry.recordedBy()).isEqualTo(PCC);
    var status = responses.status(PLAN_ID);
    assertThat(status.status()).isEqualTo(PccResponses.State.PUBLISHED);
    assertThat(status.versions()).extracting(PccResponses.Version::version).containsExactly(1);
    assertThat(status.recommendations()).extracting(PccResponses.RecommendationText::source).containsOnly("PUBLISHED");
  }

  @Test
  void thePccReturnsTheDraftWithReasonsToOpccStaff() {
    var instance = start();
    draftAndContribute(instance, "first");
    as(PCC, () -> complete(instance.getId(), "Task_ApprovePccResponse",
        vars("approvalDecision", "RETURN", "approvalReasons", "Say what the force does for Rec 2 meanwhile.")));
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_DraftPccResponse");
    assertThat(taskService.getVariable(task.getId(), "approvalReasons")).isEqualTo("Say what the force does for Rec 2 meanwhile.");
    // the earlier draft is kept for OPCC staff to change
    assertThat(taskService.getVariable(task.getId(), "rec1Pcc")).isEqualTo("The PCC's steps for recommendation slot 1 first");
    assertThat(evidence).anySatisfy(call -> {
      assertThat(call).containsEntry("activityId", "Task_RecordReturn").containsEntry("evidenceKind", "DECISION")
          .containsEntry("evidenceDescription", "Say what the force does for Rec 2 meanwhile.");
      assertThat((String) call.get("evidenceTitle")).startsWith("Returned by the PCC: the PCC's response");
    });
    assertThat(published.latest(PLAN_ID)).isEmpty();

    // the next round starts with no decision: the PCC decides again, and the form has no old reasons
    draftAndContribute(instance, "second");
    var approveAgain = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(approveAgain.getTaskDefinitionKey()).isEqualTo("Task_ApprovePccResponse");
    assertThat(taskService.getVariable(approveAgain.getId(), "approvalDecision")).isNull();
    assertThat(taskService.getVariable(approveAgain.getId(), "approvalReasons")).isEqualTo("");
    as(PCC, () -> assertThatThrownBy(() -> complete(instance.getId(), "Task_ApprovePccResponse", vars()))
        .hasMessageContaining("approvalDecision"));
    assertThat(instance).isWaitingAt("Task_ApprovePccResponse");
    assertThat(published.latest(PLAN_ID)).isEmpty();
    // a return needs its reasons
    as(PCC, () -> assertThatThrownBy(() -> complete(instance.getId(), "Task_ApprovePccResponse",
        vars("approvalDecision", "RETURN", "approvalReasons", " "))).hasMessageContaining("approvalReasons"));
    approve(instance);
    assertThat(published.latest(PLAN_ID).orElseThrow().parsed().pccComments()).endsWith("second");
  }

  @Test
  void aLateResponseEscalatesUpThePlansChain() {
    var instance = start();
    var overdue = timer(instance.getId(), "Timer_DraftOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(deadlineSchedule.escalateAt(PLAN_ID, endOf(DUE)));
    var reminder = timer(instance.getId(), "Timer_DraftReminder");
    assertThat(reminder.getDuedate()).isBefore(endOf(DUE));
    assertThat(responses.status(PLAN_ID).status()).isEqualTo(PccResponses.State.DRAFTING);

    ClockUtil.setCurrentTime(new java.util.Date(overdue.getDuedate().getTime() + 60_000));
    assertThat(responses.status(PLAN_ID).status()).isEqualTo(PccResponses.State.LATE);
    managementService.executeJob(overdue.getId());
    assertThat(escalations).singleElement().satisfies(call -> assertThat(call)
        .containsEntry("activityId", "Task_EscalateDraft")
        .containsEntry("itemType", "PCC_RESPONSE")
        .containsEntry("itemOwnerGroup", "opcc-staff")
        .containsEntry("itemActivityId", "Task_DraftPccResponse")
        .containsEntry("itemDueDate", endOf(DUE))
        .containsEntry("itemName", "Draft the PCC's response to the inspection report: Organised immigration crime action plan"));
    // the draft stays open for OPCC staff
    assertThat(instance).isWaitingAt("Task_DraftPccResponse");

    // the force's part and the PCC's approval are watched the same way
    draftAndContribute(instance, "late");
    assertThat(timer(instance.getId(), "Timer_ApproveOverdue")).isNotNull();
    assertThat(timer(instance.getId(), "Timer_ApproveReminder")).isNotNull();
  }

  @Test
  void theStatutoryDateIsHandedOverAsFixedSoItsEscalationCannotReviseIt() {
    var instance = start();
    managementService.executeJob(timer(instance.getId(), "Timer_DraftReminder").getId());
    managementService.executeJob(timer(instance.getId(), "Timer_DraftOverdue").getId());
    as(OPCC, () -> complete(instance.getId(), "Task_DraftPccResponse", draft("late")));
    managementService.executeJob(timer(instance.getId(), "Timer_ForceReminder").getId());
    managementService.executeJob(timer(instance.getId(), "Timer_ForceOverdue").getId());
    as(LEAD, () -> complete(instance.getId(), "Task_ContributeForceResponse", forcePart()));
    managementService.executeJob(timer(instance.getId(), "Timer_ApproveReminder").getId());
    managementService.executeJob(timer(instance.getId(), "Timer_ApproveOverdue").getId());

    // 56 days after the report's publication, set by law: no due-date variable a revised date could move
    assertThat(escalations).extracting(call -> call.get("activityId")).containsExactly("Task_EscalateDraft", "Task_EscalateForce",
        "Task_EscalateApprove");
    assertThat(escalations).allSatisfy(call -> assertThat(call).containsEntry("itemType", "PCC_RESPONSE")
        .containsEntry("itemDueDate", endOf(DUE)).doesNotContainKey("itemDueDateVariable"));
    assertThat(reminders).isNotEmpty().allSatisfy(call -> assertThat(call).doesNotContainKey("itemDueDateVariable"));
    assertThat(escalations.get(2)).containsEntry("itemOwnerGroup", "pcc").containsEntry("itemActivityId", "Task_ApprovePccResponse");
  }

  @Test
  void aPublishedVersionNeverChangesAndAProgressStatementIsTheNextVersion() {
    var response = start();
    draftAndContribute(response, "v1");
    approve(response);
    var v1 = published.version(PLAN_ID, 1).orElseThrow();

    var statement = responses.requestProgressStatement(PLAN_ID, OPCC, "Six months on");
    assertThat(statement.getBusinessKey()).isEqualTo(PLAN_ID + "/progress-statement");
    var requested = register.findBySourceKey(statement.getId() + "/"
        + historyService.createHistoricActivityInstanceQuery().processInstanceId(statement.getId())
            .activityId("Task_PrepareProgressStatement").singleResult().getId()).orElseThrow();
    assertThat(requested.title()).isEqualTo("Progress statement 1 requested: Organised immigration crime action plan");
    assertThat(requested.description()).isEqualTo("Six months on");
    assertThat(requested.recordedBy()).isEqualTo(OPCC);
    var draftTask = taskService.createTaskQuery().processInstanceId(statement.getId()).singleResult();
    assertThat(draftTask.getName()).isEqualTo("Draft progress statement 1: Organised immigration crime action plan");
    assertThat(draftTask.getDueDate()).isEqualTo(endOf(LocalDate.of(2025, 6, 30)));
    // pre-filled with the PCC's published words, to be updated
    assertThat(taskService.getVariable(draftTask.getId(), "rec2Pcc")).isEqualTo("The PCC's steps for recommendation slot 2 v1");
    assertThatThrownBy(() -> responses.requestProgressStatement(PLAN_ID, OPCC, null))
        .isInstanceOf(PccResponses.ResponseRequestException.class).hasMessageContaining("being drafted");

    // a progress statement has no force part: from the draft straight to the PCC
    as(OPCC, () -> complete(statement.getId(), "Task_DraftPccResponse", draft("v2")));
    assertThat(statement).isWaitingAt("Task_ApprovePccResponse");
    approve(statement);
    assertThat(statement).isEnded();

    var versions = published.versions(PLAN_ID);
    assertThat(versions).extracting(PublishedStatement::version).containsExactly(1, 2);
    assertThat(versions.get(1).kind()).isEqualTo(StatementKind.PROGRESS_STATEMENT);
    assertThat(versions.get(1).parsed().pccComments()).endsWith("v2");
    assertThat(versions.get(1).parsed().recommendations()).allSatisfy(r -> assertThat(r.forceSteps()).isNull());
    // version 1 is exactly as it was published
    var v1After = versions.get(0);
    assertThat(v1After).isEqualTo(v1);
    assertThat(v1After.content()).isEqualTo(v1.content());
    assertThat(v1After.intact()).isTrue();
    assertThat(register.find(v1After.evidenceEntryId()).orElseThrow().reference()).endsWith(v1.contentHash());
    assertThat(register.find(versions.get(1).evidenceEntryId()).orElseThrow().title())
        .isEqualTo("Published: PCC progress statement, version 2 (Organised immigration crime action plan)");

    // and the store offers no way to change or remove a version
    assertThat(Arrays.stream(PublishedStatements.class.getDeclaredMethods())
        .filter(m -> !Modifier.isPrivate(m.getModifiers())).map(m -> m.getName()))
        .containsExactlyInAnyOrder("nextVersion", "bySourceKey", "insert", "versions", "version", "latest", "latest")
        .noneMatch(name -> name.matches("(?i).*(update|delete|change|replace|remove|set).*"));
  }

  /** Runs both actions at once, from a common start, each in a thread of its own; what each threw, or null. */
  List<Throwable> atOnce(Runnable first, Runnable second) throws Exception {
    var start = new CyclicBarrier(2);
    var pool = Executors.newFixedThreadPool(2);
    try {
      var results = new ArrayList<Future<Throwable>>();
      for (var action : List.of(first, second)) {
        results.add(pool.submit(() -> {
          start.await();
          try {
            action.run();
            return null;
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      var thrown = new ArrayList<Throwable>();
      for (var result : results) {
        thrown.add(result.get(60, TimeUnit.SECONDS));
      }
      return thrown;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoSimultaneousRequestsStartOneProgressStatement() throws Exception {
    var response = start();
    draftAndContribute(response, "v1");
    approve(response);
    var before = jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry WHERE title LIKE 'Progress statement%requested%'",
        Long.class);

    var started = new ArrayList<ProcessInstance>();
    Runnable request = () -> {
      var instance = responses.requestProgressStatement(PLAN_ID, OPCC, "Six months on");
      synchronized (started) {
        started.add(instance);
      }
    };
    var thrown = atOnce(request, request);

    assertThat(started).as("thrown: %s", thrown).hasSize(1);
    assertThat(thrown).filteredOn(t -> t != null).singleElement().isInstanceOfSatisfying(
        PccResponses.ResponseRequestException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.getMessage()).contains(PLAN_ID);
        });
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ProcessKeys.progressStatementBusinessKey(PLAN_ID)).count()).isEqualTo(1);
    // nothing of the refused request is stored: one "requested" entry
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry WHERE title LIKE 'Progress statement%requested%'",
        Long.class)).isEqualTo(before + 1);
  }

  @Test
  void twoSimultaneousApprovalsPublishConsecutiveVersions() throws Exception {
    var response = start();
    draftAndContribute(response, "response");
    // a progress statement being approved at the same time (a request would wait for the response)
    var statement = runtimeService.createMessageCorrelation(PccResponses.PROGRESS_STATEMENT_MESSAGE)
        .processInstanceBusinessKey(ProcessKeys.progressStatementBusinessKey(PLAN_ID))
        .setVariables(vars("planId", PLAN_ID, "requestedBy", OPCC))
        .correlateStartMessage();
    as(OPCC, () -> complete(statement.getId(), "Task_DraftPccResponse", draft("statement")));

    var thrown = atOnce(() -> approve(response), () -> approve(statement));

    assertThat(thrown).containsOnlyNulls();
    var versions = published.versions(PLAN_ID);
    assertThat(versions).extracting(PublishedStatement::version).containsExactly(1, 2);
    assertThat(versions).extracting(PublishedStatement::kind)
        .containsExactlyInAnyOrder(StatementKind.RESPONSE, StatementKind.PROGRESS_STATEMENT);
    assertThat(versions).allSatisfy(v -> assertThat(register.find(v.evidenceEntryId()).orElseThrow().reference())
        .isEqualTo("published-statement:" + PLAN_ID + "/v" + v.version() + " sha256:" + v.contentHash()));
  }

  @Test
  void aSecondWriterOfAVersionIsRefusedWithAnExplanation() {
    var response = start();
    draftAndContribute(response, "v1");
    approve(response);
    var v1 = published.version(PLAN_ID, 1).orElseThrow();
    assertThatThrownBy(() -> published.insert(v1, "another-instance", "another-instance/another-step"))
        .isInstanceOf(PublishedStatements.StatementNotPublishedException.class)
        .hasMessageContaining("Version 1 of the PCC's statements of plan '" + PLAN_ID + "' was already published")
        .hasMessageContaining("nothing was published");
  }

  @Test
  void aProgressStatementFollowsAPublishedResponse() {
    assertThatThrownBy(() -> responses.requestProgressStatement(PLAN_ID, OPCC, null))
        .isInstanceOf(PccResponses.ResponseRequestException.class).hasMessageContaining("published nothing yet");
  }
}
