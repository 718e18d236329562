package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import uk.oic.actionplan.kernel.Rag;

/**
 * The dashboard's figures from a real run: an area instance with the action plan's business key and
 * variables, two progress updates submitted and accepted by real users through a called process that
 * maps the accepted update back, as the area models do.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EngineDashboardDataTest {

  static final String PLAN = "hiow-oic-2025";
  static final String READER = "opcc.officer";
  /** A stand-in for the area frame, deployed for each test and removed after it, so no other test meets it. */
  static final String AREA = "oic-area";
  static final String UPDATE = "test-dashboard-progress-update";
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired DashboardData data;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired MockMvc mvc;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  ProcessInstance area;

  @BeforeEach
  void anAreaWithTwoAcceptedUpdates() {
    deployModels();
    at(2026, 1, 5, 9, 0);
    area = runtimeService.startProcessInstanceByKey(AREA, PLAN + "/area-4", Map.of(
        "planId", PLAN, "areaNumber", 4, "areaName", "Intelligence collection, analysis and sharing plan",
        "ownerGroup", "area-4-owners", "recommendationId", "rec-4", "recommendationLabel", "Rec 4",
        "areaStatus", "IN_PROGRESS",
        "areaDeadline", Date.from(LocalDate.of(2026, 1, 1).atStartOfDay(LONDON).toInstant()),
        // as the models set due dates: the end of the due day in London
        "signOffDue", Date.from(LocalDate.of(2026, 3, 31).plusDays(1).atStartOfDay(LONDON).toInstant())));

    at(2026, 1, 12, 10, 0);
    submit("RED", 20, "Collection plan drafting started late", Map.of());
    at(2026, 1, 13, 11, 0);
    review("Accepted; expect the draft by February");

    at(2026, 2, 20, 14, 0);
    submit("AMBER", 60, "Draft plan shared with regional partners",
        Map.of("blockers", "Waiting for APMIS access", "evidenceReference", "Draft plan v0.3"));
    at(2026, 2, 21, 9, 30);
    review("Accepted");
    // the area deadline (31 December 2025) has passed: the escalation step runs as its own job
    at(2026, 2, 21, 9, 31);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(area.getId()).singleResult().getId());
    at(2026, 3, 2, 9, 0);
  }

  @AfterEach
  void resetClock() {
    identityService.clearAuthentication();
    // each test has its own area instance: the dashboard reads the latest one with the business key
    // the area, and the escalation it raised (whose business key starts with the area instance's id)
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(area.getId() + "/%").list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
    runtimeService.deleteProcessInstance(area.getId(), "test over");
    historyService.deleteHistoricProcessInstancesBulk(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyLike(PLAN + "/%").list().stream().map(h -> h.getId()).toList());
    repositoryService.deleteDeployment(standIns, true);
    ClockUtil.reset();
  }

  @Test
  void theAreaShowsItsLatestAcceptedUpdateAndItsOpenWork() {
    var report = data.report(PLAN, READER).orElseThrow();
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(report.running()).isTrue();
    var row = report.area(4).orElseThrow();
    assertThat(row.status()).isEqualTo("In progress");
    assertThat(row.rag()).isEqualTo(Rag.AMBER);
    assertThat(row.progressPercent()).isEqualTo(60);
    assertThat(row.lastNarrative()).isEqualTo("Draft plan shared with regional partners");
    assertThat(row.lastUpdateBy()).isEqualTo("area4.owner");
    assertThat(row.lastUpdateAt()).isEqualTo(LocalDateTime.of(2026, 2, 20, 14, 0));
    assertThat(row.lastReviewComment()).isEqualTo("Accepted");
    assertThat(row.ownerGroup()).isEqualTo("area-4-owners");
    // 60% done when the deadline has passed: red against time, whatever the owner says
    assertThat(row.scheduleRag()).isEqualTo(Rag.RED);
    // the open sign-off task of the area falls due on 31 March
    assertThat(row.nextDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(row.nextDueItem()).isEqualTo("Sign off area: Intelligence collection, analysis and sharing plan");
    // other areas have not started
    assertThat(report.area(1).orElseThrow().status()).isEqualTo("Not started");
    assertThat(report.area(1).orElseThrow().nextDueItem()).isEqualTo("Area deadline");
  }

  @Test
  void theRecommendationIsOverdueWithTheWorstRagOfItsAreasAndTheForcesActions() {
    var rec4 = data.report(PLAN, READER).orElseThrow().recommendation("rec-4").orElseThrow();
    assertThat(rec4.status()).isEqualTo("Overdue");
    assertThat(rec4.daysOverdue()).isEqualTo(61);
    assertThat(rec4.rag()).isEqualTo(Rag.AMBER);
    assertThat(rec4.forceActions()).containsExactly(
        "Intelligence collection, analysis and sharing plan, 20 February 2026: Draft plan shared with regional partners (60% done)");
    // no assurance loop runs in this test: nothing discharged, nothing requested
    assertThat(rec4.discharged()).isFalse();
    assertThat(rec4.assuranceState()).isEqualTo("Not started");
    var rec8 = data.report(PLAN, READER).orElseThrow().recommendation("rec-8").orElseThrow();
    assertThat(rec8.status()).isEqualTo("Not started");
    assertThat(rec8.daysOverdue()).isZero();
  }

  @Test
  void everyAcceptedUpdateComesFromHistoryNewestFirst() {
    var updates = data.report(PLAN, READER).orElseThrow().updatesOf(4);
    assertThat(updates).hasSize(2);
    assertThat(updates.get(0).rag()).isEqualTo(Rag.AMBER);
    assertThat(updates.get(1).rag()).isEqualTo(Rag.RED);
    assertThat(updates.get(1).progressPercent()).isEqualTo(20);
    assertThat(updates.get(1).narrative()).isEqualTo("Collection plan drafting started late");
    assertThat(updates.get(1).reviewComment()).isEqualTo("Accepted; expect the draft by February");
    assertThat(updates.get(1).submittedAt()).isEqualTo(LocalDateTime.of(2026, 1, 12, 10, 0));
    var grid = RagGrid.of(data.report(PLAN, READER).orElseThrow());
    var row = grid.rows().stream().filter(r -> r.areaNumber() == 4).findFirst().orElseThrow();
    assertThat(row.cells().subList(row.cells().size() - 3, row.cells().size()))
        .containsExactly(Rag.RED, Rag.AMBER, Rag.AMBER);
  }

  @Test
  void theOverviewOfManyPlansCountsEachPlansAreasEscalationsAndEvidenceFromTheReadModel() {
    var rows = data.overview(List.of(PLAN), READER);
    assertThat(rows).hasSize(1);
    var row = rows.get(0);
    var report = data.report(PLAN, READER).orElseThrow();
    assertThat(row.areasVisible()).isTrue();
    assertThat(row.areas()).isEqualTo(report.areas().size());
    // area 4's last accepted update was AMBER; no other area of the plan has one
    assertThat(row.areasWith(Rag.AMBER)).isEqualTo(1);
    assertThat(row.areasWithoutUpdate()).isEqualTo(report.areas().size() - 1);
    assertThat(row.openEscalations()).isEqualTo(report.openEscalations().size()).isPositive();
    assertThat(row.evidenceEntries()).isEqualTo(report.evidence().rows().size());
    assertThat(row.recommendationsOverdue()).isEqualTo(
        (int) report.recommendations().stream().filter(r -> "Overdue".equals(r.status())).count());
  }

  @Test
  void eachAcceptedUpdateHasItsBlockersEvidenceReferenceAndTheRegisterEntryItWasRecordedAs() throws Exception {
    var report = data.report(PLAN, READER).orElseThrow();
    var latest = report.updatesOf(4).get(0);
    assertThat(latest.blockers()).isEqualTo("Waiting for APMIS access");
    assertThat(latest.evidenceReference()).isEqualTo("Draft plan v0.3");
    var secondCall = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(area.getId()).processDefinitionKey(UPDATE)
        .orderByProcessInstanceStartTime().desc().list().get(0).getId();
    // the register is append-only, so earlier tests' entries are there too: the called instance picks this one
    var entry = report.evidence().rows().stream().filter(e -> secondCall.equals(e.processInstanceId()))
        .findFirst().orElseThrow();
    assertThat(latest.evidenceEntry()).isEqualTo(entry.sequence());
    assertThat(entry.description()).isEqualTo("Draft plan shared with regional partners");

    var earlier = report.updatesOf(4).get(1);
    assertThat(earlier.blockers()).isNull();
    assertThat(earlier.evidenceReference()).isNull();
    assertThat(earlier.evidenceEntry()).isNotNull().isLessThan(latest.evidenceEntry());

    var html = mvc.perform(get("/plans/" + PLAN + "/areas/4").with(user(READER)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("Waiting for APMIS access", "Reference: <span>Draft plan v0.3</span>",
        "href=\"#evidence-entry-" + entry.sequence() + "\"", "id=\"evidence-entry-" + entry.sequence() + "\"");
  }

  @Test
  void historySaysWhoDidWhatAndWhen() {
    var history = data.history(PLAN, HistoryScope.area(4), READER).stream().filter(e -> "Task".equals(e.source())
        || "Progress update".equals(e.source()) || "Process".equals(e.source())).toList();
    assertThat(history).extracting(HistoryEvent::who, HistoryEvent::what)
        .contains(
            org.assertj.core.groups.Tuple.tuple("area4.owner", "Completed: Submit progress update: Rec 4"),
            org.assertj.core.groups.Tuple.tuple("strategic.lead", "Completed: Review progress update: Rec 4"),
            org.assertj.core.groups.Tuple.tuple("area4.owner", "Progress update accepted: Amber, 60%"),
            org.assertj.core.groups.Tuple.tuple("area4.owner", "Progress update accepted: Red, 20%"));
    assertThat(history).first().satisfies(e -> assertThat(e.at()).isEqualTo(LocalDateTime.of(2026, 2, 21, 9, 30)));
    var submitted = history.stream()
        .filter(e -> e.what().startsWith("Completed: Submit") && e.at().equals(LocalDateTime.of(2026, 2, 20, 14, 0)))
        .findFirst().orElseThrow();
    assertThat(submitted.detail()).contains("rag: AMBER", "progressPercent: 60", "narrative: Draft plan shared");
    assertThat(data.history(PLAN, HistoryScope.recommendation("rec-4"), READER)).containsAll(history);
    assertThat(data.history(PLAN, HistoryScope.area(1), READER)).noneMatch(e -> "Task".equals(e.source()));
    assertThat(data.history(PLAN, HistoryScope.plan(), READER)).containsAll(history);
  }

  @Test
  void theEvidenceRegisterAndTheEscalationLogAreShownFromTheirOwnRecords() {
    var report = data.report(PLAN, READER).orElseThrow();
    assertThat(report.evidence().available()).isTrue();
    var mine = report.evidence().rows().stream().filter(e -> "Draft plan shared with regional partners".equals(e.description())
        || "Collection plan drafting started late".equals(e.description())).toList();
    // the register is append-only, so earlier tests' entries are there too
    assertThat(mine).hasSizeGreaterThanOrEqualTo(2).allSatisfy(e -> {
      assertThat(e.kind()).isEqualTo("PROGRESS_UPDATE");
      assertThat(e.title()).isEqualTo("Progress update: Rec 4");
      assertThat(e.areaNumber()).isEqualTo(4);
      assertThat(e.recommendationId()).isEqualTo("rec-4");
      assertThat(e.recordedBy()).isEqualTo("strategic.lead");
    });
    assertThat(report.verification().valid()).isTrue();
    assertThat(report.verification().checked()).isGreaterThanOrEqualTo(2);

    assertThat(report.escalations().available()).isTrue();
    var escalation = report.escalations().rows().stream()
        .filter(e -> e.itemName().equals("Area deadline: Intelligence collection, analysis and sharing plan (Rec 4)"))
        .filter(e -> "ESCALATION".equals(e.kind())).findFirst().orElseThrow();
    assertThat(escalation.open()).isTrue();
    assertThat(escalation.originalDueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(escalation.ownerGroup()).isEqualTo("area-4-owners");
    assertThat(report.openEscalations()).contains(escalation);
    assertThat(DashboardController.byLevel(report)).isNotEmpty();

    var history = data.history(PLAN, HistoryScope.area(4), READER);
    assertThat(history).extracting(HistoryEvent::what)
        .contains("Evidence recorded: PROGRESS_UPDATE")
        .anySatisfy(what -> assertThat(what).startsWith("Escalation: "));
    // the PCC assurance loop is part of the build
    assertThat(report.assuranceUnavailable()).isNull();
  }

  @Test
  void someoneWhoMayNotReadTheAreasHistorySeesThePlanButNotTheAreasFiguresOrHistory() {
    // area owners work in Tasklist; reading process history is for the lead, the OPCC and the PCC
    var report = data.report(PLAN, "area4.owner").orElseThrow();
    var row = report.area(4).orElseThrow();
    assertThat(row.status()).isEqualTo("Not visible to you");
    assertThat(row.lastNarrative()).isNull();
    assertThat(report.updatesOf(4)).isEmpty();
    assertThat(data.history(PLAN, HistoryScope.area(4), "area4.owner"))
        .noneMatch(e -> "Task".equals(e.source()) || "Progress update".equals(e.source()));
  }

  @Test
  void theAreaPageShowsTheLiveStateAndHistory() throws Exception {
    var html = mvc.perform(get("/plans/" + PLAN + "/areas/4").with(user("opcc.officer")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html)
        .contains("Draft plan shared with regional partners")
        .contains("20 Feb 2026, 14:00 by area4.owner")
        .contains("Completed: Review progress update: Rec 4", "strategic.lead")
        .contains("Collection plan drafting started late");
    var pdf = mvc.perform(get("/plans/" + PLAN + "/report.pdf").with(user("pcc")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(PdfReportWriterTest.text(pdf)).contains("Position as at 2 March 2026", "61 days overdue",
        "20 February 2026: Draft plan shared with regional partners");
  }

  private void submit(String rag, int percent, String narrative, Map<String, Object> optional) {
    var task = taskService.createTaskQuery().processDefinitionKey(UPDATE).taskDefinitionKey("Task_SubmitProgressUpdate")
        .singleResult();
    identityService.setAuthentication("area4.owner", List.of("area-4-owners"));
    taskService.claim(task.getId(), "area4.owner");
    var variables = new java.util.HashMap<String, Object>(Map.of("rag", rag, "progressPercent", percent,
        "narrative", narrative, "submittedBy", "area4.owner", "submittedAt", ClockUtil.getCurrentTime()));
    variables.putAll(optional);
    taskService.complete(task.getId(), variables);
    identityService.clearAuthentication();
  }

  private void review(String comment) {
    var task = taskService.createTaskQuery().processDefinitionKey(UPDATE).taskDefinitionKey("Task_ReviewProgressUpdate")
        .singleResult();
    identityService.setAuthentication("strategic.lead", List.of("oic-strategic-lead"));
    taskService.complete(task.getId(), Map.of("reviewDecision", "ACCEPTED", "reviewComment", comment));
    identityService.clearAuthentication();
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant()));
  }

  /** Stand-ins for the area and progress-update models, with the same keys, business key and variable mapping. */
  private String standIns;

  private void deployModels() {
    var update = Bpmn.createExecutableProcess(UPDATE).name("Progress update (test)")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_UpdateDue")
        .userTask("Task_SubmitProgressUpdate").name("Submit progress update: ${recommendationLabel}")
        .camundaCandidateGroups("area-4-owners").camundaDueDate("${dateTime().plusDays(10).toDate()}")
        .userTask("Task_ReviewProgressUpdate").name("Review progress update: ${recommendationLabel}")
        .camundaCandidateGroups("oic-strategic-lead")
        .serviceTask("Task_RecordUpdateEvidence").name("Record update as evidence")
        .camundaDelegateExpression("${recordEvidence}")
        .camundaInputParameter("evidenceKind", "PROGRESS_UPDATE")
        .camundaInputParameter("evidenceTitle", "Progress update: ${recommendationLabel}")
        .camundaInputParameter("evidenceDescription", "${narrative}")
        .endEvent("Event_UpdateAccepted")
        .done();
    var areaModel = Bpmn.createExecutableProcess(AREA).name("Area 4 (test)")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_AreaStarted")
        .callActivity("CallActivity_FirstUpdate").name("First update").calledElement(UPDATE)
        .camundaIn("recommendationLabel", "recommendationLabel")
        .camundaIn("planId", "planId").camundaIn("recommendationId", "recommendationId").camundaIn("areaNumber", "areaNumber")
        .camundaOut("rag", "lastRag").camundaOut("progressPercent", "lastProgressPercent")
        .camundaOut("narrative", "lastNarrative").camundaOut("submittedBy", "lastUpdateBy")
        .camundaOut("submittedAt", "lastUpdateAt").camundaOut("reviewComment", "lastReviewComment")
        .callActivity("CallActivity_SecondUpdate").name("Second update").calledElement(UPDATE)
        .camundaIn("recommendationLabel", "recommendationLabel")
        .camundaIn("planId", "planId").camundaIn("recommendationId", "recommendationId").camundaIn("areaNumber", "areaNumber")
        .camundaOut("rag", "lastRag").camundaOut("progressPercent", "lastProgressPercent")
        .camundaOut("narrative", "lastNarrative").camundaOut("submittedBy", "lastUpdateBy")
        .camundaOut("submittedAt", "lastUpdateAt").camundaOut("reviewComment", "lastReviewComment")
        .serviceTask("Task_RaiseEscalation").name("Escalate missed area deadline").camundaAsyncBefore()
        .camundaDelegateExpression("${raiseEscalation}")
        .camundaInputParameter("itemName", "Area deadline: ${areaName} (${recommendationLabel})")
        .camundaInputParameter("itemDueDate", "${areaDeadline}")
        .camundaInputParameter("itemOwnerGroup", "${ownerGroup}")
        .camundaInputParameter("itemType", "AREA_DEADLINE")
        .userTask("Task_SignOffArea").name("Sign off area: ${areaName}").camundaCandidateGroups("oic-strategic-lead")
        .camundaDueDate("${signOffDue}")
        .endEvent("Event_AreaSignedOff")
        .done();
    standIns = repositoryService.createDeployment().name("dashboard test models")
        .addModelInstance(UPDATE + ".bpmn", update)
        .addModelInstance(AREA + ".bpmn", areaModel)
        .deploy().getId();
  }
}
