package uk.oic.actionplan.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.oic.actionplan.evidence.EvidenceKind;

/**
 * Each of the nine areas from start to sign-off with the real frame, the real own-work model and
 * the real shared parts and delegates: its own tasks, figures refused and sent back, a missed target
 * and its recovery action, the target met, progress updates and the strategic lead's sign-off.
 */
class AreaJourneysTest extends AreaJourneySupport {

  @org.springframework.beans.factory.annotation.Autowired
  uk.oic.actionplan.dashboard.DashboardData dashboard;

  enum Role { OWNER, LEAD }

  /** One task of the area's own work before its figures, and the evidence it leaves (or null). */
  record Step(String taskKey, Role role, Map<String, Object> values, EvidenceKind evidence) {}

  enum Outcome {
    /** Checked together and refused: the same form comes back with the reason; nothing is recorded. */
    REFUSED,
    /** Below the target: a recovery action is agreed and recorded, then new figures. */
    RECOVERY,
    /** A first period on its own, the baseline of a trend: recorded, then the next period's figures. */
    NEXT_PERIOD,
    /** The target is met: the own work is done. */
    MET
  }

  record Round(Map<String, Object> values, Outcome outcome, String refusal) {}

  /** An area's own work: its steps, then rounds of figures with the recovery task between them. */
  record Script(int area, LocalDate deliveryTarget, List<Step> steps, String figuresTask, EvidenceKind figuresEvidence,
      String recoveryTask, Map<String, Object> recovery, List<Round> rounds) {
    @Override
    public String toString() {
      return "area " + area;
    }
  }

  @SuppressWarnings("unchecked")
  static Round refused(String refusal, Object... values) {
    return new Round(values.length == 1 ? (Map<String, Object>) values[0] : vars(values), Outcome.REFUSED, refusal);
  }

  @SuppressWarnings("unchecked")
  static Round round(Outcome outcome, Object... values) {
    return new Round(values.length == 1 ? (Map<String, Object>) values[0] : vars(values), outcome, null);
  }

  static Map<String, Object> period(String start, String end, Object... figures) {
    var values = vars(figures);
    values.put("figuresPeriodStart", start);
    values.put("figuresPeriodEnd", end);
    return values;
  }

  static Map<String, Object> audit(String period, long checked, long found, long onTime, long goodQuality) {
    return vars("auditPeriod", period, "referralsChecked", checked, "intelligenceDocumentsFound", found,
        "documentsOnTime", onTime, "documentsGoodQuality", goodQuality, "officersToTrain", 250L, "officersTrained", 240L,
        "supervisoryOversight", "Duty inspectors check each NCCU referral within 24 hours");
  }

  static Map<String, Object> access(long pndNeeded, long pndGranted, long frNeeded, long frGranted) {
    return vars("figuresAsAt", "2026-01-31", "accessHolder", "Border Force officers at Southampton",
        "pndAccessNeeded", pndNeeded, "pndAccessGranted", pndGranted, "frAccessNeeded", frNeeded, "frAccessGranted", frGranted);
  }

  static Map<String, Object> hydra(String asAt, long relevant, long completed) {
    return vars("figuresAsAt", asAt, "figuresQuarter", "2026-Q1", "relevantPersonnel", relevant, "completedPersonnel", completed,
        "sessionsHeld", 2L, "placesOffered", 40L, "partnerPlaces", 8L, "boardOversight", "Training Prioritisation Board");
  }

  static Step owner(String taskKey, EvidenceKind evidence, Object... values) {
    return new Step(taskKey, Role.OWNER, vars(values), evidence);
  }

  static Stream<Script> areas() {
    var target = LocalDate.of(2026, 3, 31);
    return Stream.of(
        new Script(1, target, List.of(
            owner("Task_RecordPriorityDecision", EvidenceKind.DECISION, "decisionForum", "Force Executive Board",
                "decisionDate", "2026-01-20", "priorityDecision", "OIC added to the control strategy",
                "priorityDecisionReference", "FEB minutes 20/01"),
            owner("Task_RecordResourcingAgreed", EvidenceKind.DECISION, "resourcingPosts", 4L,
                "resourcingSummary", "Four investigators", "resourcingReference", "Budget paper 7")),
            "Task_RecordFigures", EvidenceKind.AUDIT_RESULT, "Task_AgreeRecoveryAction",
            vars("recoveryAction", "Extra sessions and a named lead for each team", "recoveryOversight", "Force strategic lead"),
            List.of(
                refused("is more than the 20", "figuresAsAt", "2026-01-31", "peerReviewFindings", 20L, "findingsCompleted", 25L,
                    "governanceOversight", "Regional governance board"),
                round(Outcome.RECOVERY, "figuresAsAt", "2026-01-31", "peerReviewFindings", 20L, "findingsCompleted", 12L,
                    "governanceOversight", "Regional governance board"),
                round(Outcome.MET, "figuresAsAt", "2026-02-28", "peerReviewFindings", 20L, "findingsCompleted", 20L,
                    "governanceOversight", "Regional governance board"))),
        new Script(2, target, List.of(
            owner("Task_EmbedProcedure", EvidenceKind.DOCUMENT, "procedureReference", "HIOWC-PROC-2026-014",
                "briefingSummary", "All frontline sergeants briefed at January briefings; intranet article")),
            "Task_RecordComplianceAudit", EvidenceKind.AUDIT_RESULT, "Task_AgreeCorrectiveActions",
            vars("correctiveActions", "Reminder to the officers concerned; checklist added to the referral form",
                "supervisoryOversight", "Duty inspectors check each NCCU referral within 24 hours"),
            List.of(
                refused("is more than the", audit("January 2026", 40, 41, 30, 30)),
                round(Outcome.RECOVERY, audit("January 2026", 40, 31, 25, 28)),
                round(Outcome.MET, audit("February 2026", 38, 38, 36, 37)))),
        new Script(3, target, List.of(
            owner("Task_PublishDebriefProtocol", EvidenceKind.DOCUMENT, "debriefProtocolTitle", "Migrant debrief on arrival",
                "debriefProtocolVersion", "1.0", "debriefSafeguarding", "Welfare checks first; debrief only when safe",
                "debriefProtocolReference", "Policy 112"),
            owner("Task_RecordOfficersBriefed", EvidenceKind.TRAINING_FIGURES, "officersBriefed", 320L,
                "briefingMethod", "Shift briefings", "briefingReference", "Briefing log")),
            "Task_RecordFigures", EvidenceKind.AUDIT_RESULT, "Task_AgreeRecoveryAction",
            vars("recoveryAction", "Extra sessions and a named lead for each team", "recoveryOversight", "Force strategic lead"),
            List.of(
                refused("is more than the 60", period("2026-01-01", "2026-01-31", "migrantsArrived", 60L, "debriefsCompleted", 70L,
                    "intelligenceReports", 12L)),
                round(Outcome.RECOVERY, period("2026-01-01", "2026-01-31", "migrantsArrived", 60L, "debriefsCompleted", 30L,
                    "intelligenceReports", 9L)),
                round(Outcome.MET, period("2026-02-01", "2026-02-28", "migrantsArrived", 60L, "debriefsCompleted", 55L,
                    "intelligenceReports", 21L)))),
        new Script(4, target, List.of(
            owner("Task_DraftCollectionPlan", null, "collectionPlanReference", "ICP-2026-01",
                "collectionPlanSummary", "Collection priorities, analysis products and sharing routes",
                "contributors", "Force Intelligence Bureau, analyst team, SE regional partners"),
            new Step("Task_ApproveCollectionPlan", Role.LEAD, vars("collectionPlanDecision", "APPROVE",
                "approvalComment", "Clear and complete"), EvidenceKind.DECISION),
            owner("Task_ShareCollectionPlan", EvidenceKind.DOCUMENT, "sharedWithPartners", "SEROCU, Thames Valley Police",
                "sharedOn", "2026-01-12", "sharedBy", "DI Example"),
            owner("Task_ConfirmApmisRecording", EvidenceKind.DOCUMENT, "apmisInUse", true,
                "apmisDetails", "MSOIC team and FIB record OIC intelligence on APMIS")),
            "Task_RecordFigures", EvidenceKind.TRAINING_FIGURES, "Task_AgreeRecoveryAction",
            vars("recoveryAction", "Extra sessions and a named lead for each team", "recoveryOversight", "Force strategic lead"),
            List.of(
                refused("is more than the 40", "figuresAsAt", "2026-01-31", "apmisStaffToTrain", 40L, "apmisStaffTrained", 45L,
                    "improvementPlanReference", "CIP item 14"),
                round(Outcome.RECOVERY, "figuresAsAt", "2026-01-31", "apmisStaffToTrain", 40L, "apmisStaffTrained", 20L,
                    "improvementPlanReference", "CIP item 14"),
                round(Outcome.MET, "figuresAsAt", "2026-02-28", "apmisStaffToTrain", 40L, "apmisStaffTrained", 38L,
                    "improvementPlanReference", "CIP item 14"))),
        new Script(5, target, List.of(
            owner("Task_RecordSystemsAccess", EvidenceKind.DECISION, "pndAccess", "GRANTED", "facialRecognitionAccess", "REQUESTED",
                "lawfulBasis", "DPIA approved", "systemsAccessReference", "DPIA-2026-03"),
            owner("Task_SubmitDevicePowersCase", EvidenceKind.DOCUMENT, "devicePowersRecipient", "the Home Office",
                "devicePowersCase", "Powers to examine phones of suspects", "devicePowersReference", "Letter 2026-02")),
            "Task_RecordFigures", EvidenceKind.AUDIT_RESULT, "Task_AgreeRecoveryAction",
            vars("recoveryAction", "Extra sessions and a named lead for each team", "recoveryOversight", "Force strategic lead"),
            List.of(
                refused("is more than the 30", access(30, 31, 30, 30)),
                round(Outcome.RECOVERY, access(30, 15, 30, 30)),
                round(Outcome.MET, access(30, 30, 30, 30)))),
        new Script(6, target, List.of(
            owner("Task_RecordJointOperations", EvidenceKind.DOCUMENT, "jointOperations", 3L,
                "jointOperationsSummary", "Op Southampton", "jointOperationsReference", "Op log")),
            "Task_RecordFigures", EvidenceKind.AUDIT_RESULT, "Task_AgreeRecoveryAction",
            vars("recoveryAction", "Extra sessions and a named lead for each team", "recoveryOversight", "Force strategic lead"),
            List.of(
                refused("is before the start", period("2026-01-31", "2026-01-01", "ocgsMapped", 8L, "investigationsOpened", 2L,
                    "disruptions", 4L)),
                round(Outcome.NEXT_PERIOD, period("2025-10-01", "2025-12-31", "ocgsMapped", 8L, "investigationsOpened", 2L,
                    "disruptions", 4L)),
                round(Outcome.RECOVERY, period("2026-01-01", "2026-03-31", "ocgsMapped", 9L, "investigationsOpened", 3L,
                    "disruptions", 3L)),
                refused("periods must not overlap", period("2026-03-01", "2026-06-30", "ocgsMapped", 9L, "investigationsOpened", 3L,
                    "disruptions", 6L)),
                round(Outcome.MET, period("2026-04-01", "2026-06-30", "ocgsMapped", 11L, "investigationsOpened", 5L,
                    "disruptions", 6L)))),
        new Script(7, target, List.of(),
            "Task_RecordHydraCompletion", EvidenceKind.TRAINING_FIGURES, "Task_AgreeHydraRecoveryAction",
            vars("recoveryAction", "Two extra Hydra sessions in February",
                "boardDecision", "Board prioritised response officers for the next sessions"),
            List.of(
                refused("completed: 210 is more than the 200 relevant personnel", hydra("2026-01-31", 200, 210)),
                round(Outcome.RECOVERY, hydra("2026-01-31", 200, 120)),
                round(Outcome.MET, hydra("2026-02-28", 200, 185)))),
        new Script(8, target, List.of(
            owner("Task_MandateElearning", EvidenceKind.DECISION, "mandatedBy", "Chief Officer Group",
                "mandatedFrom", "2026-02-01", "mandateReference", "COG-2026-01-12")),
            "Task_RecordElearningCompletion", EvidenceKind.TRAINING_FIGURES, "Task_AgreeElearningRecoveryAction",
            vars("recoveryAction", "Module 3 protected learning time for response teams"),
            List.of(
                refused("more than the 400 relevant personnel", "figuresAsAt", "2026-02-28", "relevantPersonnel", 400L,
                    "module1Completed", 396L, "module2Completed", 401L, "module3Completed", 380L, "module4Completed", 370L),
                round(Outcome.RECOVERY, "figuresAsAt", "2026-02-28", "relevantPersonnel", 400L,
                    "module1Completed", 396L, "module2Completed", 390L, "module3Completed", 250L, "module4Completed", 370L),
                round(Outcome.MET, "figuresAsAt", "2026-03-20", "relevantPersonnel", 400L,
                    "module1Completed", 399L, "module2Completed", 395L, "module3Completed", 362L, "module4Completed", 380L))),
        new Script(9, target, List.of(
            owner("Task_AgreeInteragencyRoles", EvidenceKind.DECISION, "interagencyRoles", "Police lead; IE screening; LA safeguarding", "victimSafeguarding", "NRM referrals",
                "interagencyRolesReference", "MoU 2026"),
            owner("Task_RecordCommunityEngagement", EvidenceKind.DOCUMENT, "engagementEvents", 6L, "publicReports", 11L,
                "engagementSummary", "Community events", "engagementReference", "Engagement log")),
            "Task_RecordFigures", EvidenceKind.AUDIT_RESULT, "Task_AgreeRecoveryAction",
            vars("recoveryAction", "Extra sessions and a named lead for each team", "recoveryOversight", "Force strategic lead"),
            List.of(
                refused("is more than the 10", period("2026-01-01", "2026-01-31", "victimsIdentified", 10L, "victimsSafeguarded", 11L,
                    "agenciesInvolved", 5L, "agenciesRolesAgreed", 4L)),
                round(Outcome.RECOVERY, period("2026-01-01", "2026-01-31", "victimsIdentified", 10L, "victimsSafeguarded", 6L,
                    "agenciesInvolved", 5L, "agenciesRolesAgreed", 4L)),
                round(Outcome.MET, period("2026-02-01", "2026-02-28", "victimsIdentified", 8L, "victimsSafeguarded", 8L,
                    "agenciesInvolved", 5L, "agenciesRolesAgreed", 5L)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("areas")
  void eachAreaRunsFromStartToSignOff(Script script) {
    int n = script.area();
    var area = startArea(n);
    assertThat(variable(area.getId(), "areaStatus")).isEqualTo("PLANNING");

    agreePlan(n, script.deliveryTarget());
    assertThat(variable(area.getId(), "areaStatus")).isEqualTo("IN_PROGRESS");
    assertThat(variable(area.getId(), "deliveryApproach")).isEqualTo("DELIVER");
    var work = ownWork(area);
    assertThat(work).as("the frame calls oic-area-%d-work", n).isNotNull();
    assertThat(work.getBusinessKey()).isEqualTo(businessKey(n));
    assertThat(evidence(n, EvidenceKind.DECISION)).extracting(e -> e.title()).anySatisfy(t -> assertThat(t).contains("Delivery plan"));

    for (var step : script.steps()) {
      var task = task(n, step.taskKey());
      assertThat(task).as("own work waits at %s", step.taskKey()).isNotNull();
      assertThat(task.getProcessInstanceId()).isEqualTo(work.getId());
      assertThat(task.getDueDate()).isEqualTo(Date.from(script.deliveryTarget().plusDays(1).atStartOfDay(LONDON).toInstant()));
      int before = evidence(n).size();
      if (step.role() == Role.LEAD) {
        asLead(n, step.taskKey(), step.values());
      } else {
        asOwner(n, step.taskKey(), step.values());
      }
      if (step.evidence() != null) {
        assertThat(evidence(n).subList(before, evidence(n).size())).extracting(e -> e.kind()).containsExactly(step.evidence());
      }
    }

    int recoveries = 0;
    for (var round : script.rounds()) {
      int figuresBefore = evidence(n, script.figuresEvidence()).size();
      asOwner(n, script.figuresTask(), round.values());
      switch (round.outcome()) {
        case REFUSED -> {
          assertThat(task(n, script.figuresTask())).as("the figures come back").isNotNull();
          assertThat((String) variable(work.getId(), "figuresRefusedMessage")).contains(round.refusal());
          assertThat(evidence(n, script.figuresEvidence())).hasSize(figuresBefore);
        }
        case RECOVERY -> {
          assertThat(evidence(n, script.figuresEvidence())).hasSize(figuresBefore + 1);
          assertThat(variable(work.getId(), "targetMet")).isEqualTo(false);
          assertThat(variable(work.getId(), "figuresRefusedMessage")).isNull();
          int decisions = evidence(n, EvidenceKind.DECISION).size();
          asOwner(n, script.recoveryTask(), script.recovery());
          recoveries++;
          assertThat(evidence(n, EvidenceKind.DECISION)).hasSize(decisions + 1);
          assertThat(task(n, script.figuresTask())).as("new figures after the recovery action").isNotNull();
        }
        case NEXT_PERIOD -> {
          assertThat(evidence(n, script.figuresEvidence())).hasSize(figuresBefore + 1);
          assertThat(task(n, script.recoveryTask())).isNull();
          assertThat(task(n, script.figuresTask())).as("the next period's figures").isNotNull();
        }
        case MET -> {
          assertThat(evidence(n, script.figuresEvidence())).hasSize(figuresBefore + 1);
          assertThat(variable(area.getId(), "targetMet")).as("mapped back to the area").isEqualTo(true);
        }
      }
    }
    assertThat(recoveries).isEqualTo(script.rounds().stream().filter(r -> r.outcome() == Outcome.RECOVERY).count());
    assertThat(ownWork(area)).as("the own work has ended").isNull();

    acceptUpdate(n, "GREEN", 100, true, Map.of());
    assertThat(variable(area.getId(), "lastRag")).isEqualTo("GREEN");
    signOff(n, true, "Delivered and evidenced");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(area.getId()).count()).isZero();
    assertThat(evidence(n)).extracting(e -> e.kind()).contains(EvidenceKind.PROGRESS_UPDATE, EvidenceKind.SIGN_OFF);
  }

  @ParameterizedTest(name = "area {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
  void anAreaReportedAlreadyAchievedGoesStraightToTheSignOff(int n) {
    var area = startArea(n);
    asOwner(n, "Task_AgreeDeliveryPlan", vars("deliveryApproach", "ALREADY_ACHIEVED",
        "achievedEvidence", "Hydra sessions run each quarter with places for regional partners; TPB oversight",
        "achievedEvidenceReference", "TPB minutes 2026-01-08"));

    assertThat(task(n, "Task_ApproveDeliveryPlan")).as("no plan of work to approve").isNull();
    var ask = job(area.getId(), "Task_AskForAssurance");
    fire(ask);
    assertThat(variable(area.getId(), "areaStatus")).isEqualTo("ALREADY_ACHIEVED");
    assertThat(variable(area.getId(), "deliveryTargetDate")).isNull();
    assertThat(ownWork(area)).as("no own work").isNull();
    assertThat(task(n, "Task_SignOffArea")).as("the lead's sign-off").isNotNull();
    assertThat(evidence(n, EvidenceKind.DECISION)).singleElement().satisfies(e -> {
      assertThat(e.title()).startsWith("Reported already achieved: " + planAreas.name(PLAN_ID, n));
      assertThat(e.reference()).isEqualTo("TPB minutes 2026-01-08");
      assertThat(e.recordedBy()).isEqualTo(owner(n));
    });
    // no assurance loop runs in this journey: a recommendation cannot start a cycle, an area without one has none to ask
    assertThat((String) variable(area.getId(), "assuranceAsked")).isEqualTo(planAreas.recommendationId(PLAN_ID, n) == null
        ? "No recommendation to assure: the strategic lead's sign-off decides"
        : "Assurance loop not running: The assurance loop of plan 'hiow-oic-2025' is not running: the plan has not started,"
            + " or every recommendation is discharged.");

    signOff(n, true, "Evidence seen: the recommendation is met");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(area.getId()).count()).isZero();
    assertThat(evidence(n, EvidenceKind.SIGN_OFF)).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void rec8ReportedAlreadyAchievedAsksThePccForAnAssuranceCycleNow() {
    var loop = runtimeService.startProcessInstanceByKey("oic-pcc-assurance", PLAN_ID + "/assurance",
        vars("planId", PLAN_ID, "planTitle", "Organised immigration crime action plan"));
    var area = startArea(7);
    asOwner(7, "Task_AgreeDeliveryPlan", vars("deliveryApproach", "ALREADY_ACHIEVED",
        "achievedEvidence", "Two Hydra facilities; sessions each quarter with places for regional partners; TPB oversight",
        "achievedEvidenceReference", "TPB minutes 2026-01-08"));
    fire(job(area.getId(), "Task_AskForAssurance"));

    assertThat(variable(area.getId(), "assuranceAsked")).isEqualTo("Assurance cycle 1 started");
    assertThat(variable(loop.getId(), "cycleRequestedBy")).isEqualTo(owner(7));
    assertThat((String) variable(loop.getId(), "cycleRequestReason"))
        .startsWith("Rec 8 reported already achieved by area-7-owners: Two Hydra facilities");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(PLAN_ID + "/assurance")
        .taskDefinitionKey("Task_RequestAssurance").count()).as("a request for every open recommendation").isEqualTo(4);
  }

  @org.junit.jupiter.api.Test
  void aDeclinedSignOffRunsTheOwnWorkAgainWithItsHistory() {
    int n = 7;
    var area = startArea(n);
    agreePlan(n, LocalDate.of(2026, 3, 31));
    asOwner(n, "Task_RecordHydraCompletion", hydra("2026-01-31", 200, 190));
    acceptUpdate(n, "GREEN", 100, true, Map.of());
    signOff(n, false, "Figures for the response teams are missing");

    assertThat(variable(area.getId(), "areaStatus")).isEqualTo("IN_PROGRESS");
    assertThat(variable(area.getId(), "signOffReason")).isEqualTo("Figures for the response teams are missing");
    var again = ownWork(area);
    assertThat(again).as("the own work runs again").isNotNull();
    assertThat(task(n, "Task_RecordHydraCompletion")).isNotNull();
    assertThat((String) variable(again.getId(), "figuresHistory")).as("the accepted figures so far").contains("\"2026-Q1\"");
    asOwner(n, "Task_RecordHydraCompletion", hydra("2026-02-28", 210, 200));
    assertThat((String) variable(area.getId(), "figuresHistory")).contains("2026-01-31", "2026-02-28");
    acceptUpdate(n, "GREEN", 100, true, Map.of());
    signOff(n, true, "Response teams now included");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(area.getId()).count()).isZero();
    assertThat(evidence(n, EvidenceKind.TRAINING_FIGURES)).hasSize(2);
    assertThat(evidence(n, EvidenceKind.SIGN_OFF)).hasSize(2);
  }

  @ParameterizedTest(name = "area {0}")
  @ValueSource(ints = {7})
  void aDeclinedAlreadyAchievedReportSendsTheAreaBackToPlanning(int n) {
    var area = startArea(n);
    asOwner(n, "Task_AgreeDeliveryPlan", vars("deliveryApproach", "ALREADY_ACHIEVED",
        "achievedEvidence", "Two Hydra facilities; sessions offered quarterly", "achievedEvidenceReference", "TPB-01"));
    fire(job(area.getId(), "Task_AskForAssurance"));
    signOff(n, false, "Completion figures for relevant personnel are missing");

    assertThat(variable(area.getId(), "areaStatus")).isEqualTo("PLANNING");
    assertThat(task(n, "Task_AgreeDeliveryPlan")).as("the owner plans the work after all").isNotNull();
    agreePlan(n, LocalDate.of(2026, 3, 31));
    assertThat(variable(area.getId(), "deliveryApproach")).isEqualTo("DELIVER");
    assertThat(variable(area.getId(), "achievedEvidence")).isNull();
    assertThat(ownWork(area)).isNotNull();
  }

  @ParameterizedTest(name = "area {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
  void anAreaWaitingOnAnOutsideBodySaysSoUntilTheWaitIsOver(int n) {
    var area = startArea(n);
    agreePlan(n, LocalDate.of(2026, 3, 31));
    var waiting = vars("waitingOnOutsideBody", true, "waitingOn", "National MSOIC teams",
        "waitingFor", "The intelligence document form to disseminate to forces", "waitingSince", "2025-12-01",
        "waitingChasedOn", "2026-01-09");

    var future = new java.util.HashMap<>(waiting);
    future.put("waitingChasedOn", "2026-02-01");
    future.putAll(vars("rag", "AMBER", "progressPercent", 10L, "narrative", "Waiting on the national form"));
    assertThatThrownBy(() -> asOwner(n, "Task_SubmitProgressUpdate", future))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("waitingChasedOn: 2026-02-01 is in the future");
    assertThat(variable(area.getId(), "waitingOn")).as("nothing of the refused update is kept").isNull();

    acceptUpdate(n, "AMBER", 10, false, waiting);
    assertThat(variable(area.getId(), "waitingOn")).isEqualTo("National MSOIC teams");
    assertThat(variable(area.getId(), "waitingSince")).isEqualTo("2025-12-01");
    assertThat(variable(area.getId(), "waitingChasedOn")).isEqualTo("2026-01-09");
    assertThat(variable(area.getId(), "waitingOnOutsideBody")).isEqualTo(true);
    assertThat(dashboard.report(PLAN_ID, "opcc.officer").orElseThrow().area(n).orElseThrow().waitingOn())
        .isEqualTo("National MSOIC teams: The intelligence document form to disseminate to forces, since 2025-12-01, "
            + "last chased 2026-01-09");

    // the own work's date passes while the area waits: the escalation says what it waits on
    fire(job(area.getId(), "Timer_AreaWorkOverdue"));
    var escalation = runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-missed-deadline")
        .variableValueEquals("sourceProcessInstanceId", area.getId()).singleResult();
    assertThat(escalation).as("the missed delivery target date is escalated").isNotNull();
    assertThat(variable(escalation.getId(), "itemName")).isEqualTo("Deliver the area's own work: "
        + planAreas.name(PLAN_ID, n) + " (" + planAreas.recommendationLabel(PLAN_ID, n) + ")");
    assertThat(variable(escalation.getId(), "sourceActivityId")).isEqualTo("CallActivity_AreaWork");
    assertThat((String) variable(escalation.getId(), "waitingSummary"))
        .contains("National MSOIC teams", "The intelligence document form", "not the owner's delay");

    acceptUpdate(n, "GREEN", 30, false, vars("waitingOnOutsideBody", false));
    assertThat(variable(area.getId(), "waitingOn")).isNull();
    assertThat(variable(area.getId(), "waitingFor")).isNull();
    assertThat(variable(area.getId(), "waitingOnOutsideBody")).isEqualTo(false);
    assertThat(dashboard.report(PLAN_ID, "opcc.officer").orElseThrow().area(n).orElseThrow().waitingOn()).isNull();
  }
}
