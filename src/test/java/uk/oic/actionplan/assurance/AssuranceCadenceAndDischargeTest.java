package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop on its cadence: assured, discharged, declined, and the end once all are discharged. */
class AssuranceCadenceAndDischargeTest extends AssuranceProcessTestSupport {

  static final Instant CYCLE_1 = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant CYCLE_2 = Instant.parse("2026-04-27T09:00:00Z");

  @Test
  void cyclesOnThePlanCadenceUntilEveryRecommendationIsDischarged() {
    startLoop();
    assertThat(loop).isWaitingAt("Gateway_NextCycleTrigger");
    assertThat(variable(CYCLE_NUMBER)).isEqualTo(0);
    assertThat(variable(OPCC_STAFF_GROUP)).isEqualTo("opcc-staff");
    assertThat(discharged().all()).isEmpty();

    // cycle 1, eight weeks (the plan's cadence) after the loop started
    fireCadenceCycle(CYCLE_1);
    assertThat(loop).hasPassed("Task_OpenAssuranceCycle", "Task_RecordCycleOpened");
    assertThat(evidence).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("DECISION");
      assertThat(e.title()).isEqualTo("Assurance cycle 1 started: Organised immigration crime action plan");
      assertThat(e.description()).isEqualTo("Assurance cycle 1 started on the plan's 8-week cadence for Rec 2, Rec 4, Rec 8, Rec 9.");
      assertThat(e.recommendationId()).isNull();
    });
    var requests = taskService.createTaskQuery().processInstanceId(loop.getId()).taskDefinitionKey("Task_RequestAssurance").list();
    assertThat(requests).hasSize(4);
    var request = task("rec-8", "Task_RequestAssurance");
    assertThat(request.getName()).isEqualTo("Request assurance: Rec 8 (cycle 1)");
    assertThat(request.getDueDate()).isEqualTo(at("2026-03-10T00:00:00Z"));
    assertThat(taskService.getIdentityLinksForTask(request.getId()))
        .extracting(l -> l.getGroupId()).containsExactly("opcc-staff");
    assertThat((String) taskVariable("rec-8", "Task_RequestAssurance", RECOMMENDATION_SUMMARY))
        .startsWith("Rec 8: Hydra training for relevant personnel. Deadline 30 April 2026.")
        .endsWith("Delivered by: Area 7 (Hydra training).");

    assureThrough("rec-2", true);
    request("rec-4");
    report("rec-4");
    assure("rec-4", true);
    signOff("rec-4", SIGN_OFF_DECLINE);
    assureThrough("rec-8", false);
    assureThrough("rec-9", false);

    assertThat(loop).isWaitingAt("Gateway_NextCycleTrigger");
    assertThat(discharged().all()).singleElement().satisfies(d -> {
      assertThat(d.recommendationId()).isEqualTo("rec-2");
      assertThat(d.label()).isEqualTo("Rec 2");
      assertThat(d.cycle()).isEqualTo(1);
      assertThat(d.dischargedBy()).isEqualTo(PCC);
      assertThat(d.dischargedAt()).isEqualTo(CYCLE_1);
      assertThat(d.reasons()).isEqualTo("Reasons of the PCC for rec-2");
    });
    assertThat(variable(ALL_RECOMMENDATIONS_DISCHARGED)).isEqualTo(false);
    // each recommendation's latest decision, written by the step that recorded it
    assertThat(records.states(PLAN).values()).extracting(AssuranceRecords.Decision::recommendationId,
        AssuranceRecords.Decision::state, AssuranceRecords.Decision::activityId, AssuranceRecords.Decision::title)
        .containsExactly(
            tuple("rec-2", "Discharged", "Task_RecordDischarge", "Discharged: Rec 2 signed off by the PCC (cycle 1)"),
            tuple("rec-4", "Sign-off declined by the PCC", "Task_RecordSignOffDeclined", "Sign-off declined: Rec 4 (cycle 1)"),
            tuple("rec-8", "Assured", "Task_RecordAssured", "Assured: Rec 8 (cycle 1)"),
            tuple("rec-9", "Assured", "Task_RecordAssured", "Assured: Rec 9 (cycle 1)"));
    assertThat(records.states(PLAN).get("rec-8")).satisfies(d -> {
      assertThat(d.description()).endsWith("It remains open.\nGrade: Substantial assurance. Graded SUBSTANTIAL: the audits cover every team sampled.");
      assertThat(d.decidedAt()).isEqualTo(CYCLE_1);
      assertThat(d.processInstanceId()).isEqualTo(loop.getId());
    });
    assertThat(evidenceFor("rec-2")).extracting(Evidence::kind, Evidence::title, Evidence::user).containsExactly(
        tuple("DECISION", "Assurance requested: Rec 2 (cycle 1)", OPCC),
        tuple("ASSURANCE_REPORT", "Assurance report: Rec 2 (cycle 1)", LEAD),
        tuple("DECISION", "Assurance report endorsed: Rec 2 (cycle 1)", CHIEF),
        tuple("DECISION", "Assured: Rec 2 (cycle 1)", OPCC),
        tuple("SIGN_OFF", "Discharged: Rec 2 signed off by the PCC (cycle 1)", PCC));
    assertThat(evidenceFor("rec-2").get(0).description()).isEqualTo("Show audit results for rec-2");
    assertThat(evidenceFor("rec-2").get(1).description())
        .startsWith("Delivery of rec-2 is on track, audits attached.\nThe PCC asked: All frontline officers and investigators "
            + "understand their duty to complete intelligence submissions following referrals to the NCCU.\n"
            + "Answer: Answer 1 for rec-2: audited in March.\nThe PCC asked: ")
        .contains("Linked areas when the report was written:\nArea 2 (NCCU referrals and intelligence submissions): not started.");
    assertThat(evidenceFor("rec-2").get(1).reference()).isEqualTo("EV-rec-2");
    assertThat(evidenceFor("rec-2").get(2).description()).isEqualTo("Endorsed by chief.officer for the force.");
    assertThat(evidenceFor("rec-2").get(3).description())
        .isEqualTo("Assured. The audit evidence for rec-2 is convincing. OPCC staff recommend the PCC signs it off as discharged."
            + "\nGrade: Substantial assurance. Graded SUBSTANTIAL: the audits cover every team sampled.");
    assertThat(evidenceFor("rec-2").get(4).description()).isEqualTo("Reasons of the PCC for rec-2");
    assertThat(evidenceFor("rec-4")).extracting(Evidence::kind, Evidence::title).endsWith(
        tuple("DECISION", "Sign-off declined: Rec 4 (cycle 1)"));
    assertThat(evidenceFor("rec-8")).extracting(Evidence::title).containsExactly(
        "Assurance requested: Rec 8 (cycle 1)", "Assurance report: Rec 8 (cycle 1)",
        "Assurance report endorsed: Rec 8 (cycle 1)", "Assured: Rec 8 (cycle 1)");
    assertThat(evidenceFor("rec-8").get(3).description()).endsWith("It remains open.\nGrade: Substantial assurance. Graded SUBSTANTIAL: the audits cover every team sampled.");
    assertThat(evidence).hasSize(1 + 5 + 5 + 4 + 4);

    // cycle 2, eight weeks after cycle 1 began: only what is still open
    evidence.clear();
    fireCadenceCycle(CYCLE_2);
    assertThat(evidence.get(0).description()).isEqualTo("Assurance cycle 2 started on the plan's 8-week cadence for Rec 4, Rec 8, Rec 9.");
    assertThat(variable(OPEN_RECOMMENDATION_IDS)).isEqualTo(List.of("rec-4", "rec-8", "rec-9"));
    assertThat(taskService.createTaskQuery().processInstanceId(loop.getId()).taskDefinitionKey("Task_RequestAssurance").count()).isEqualTo(3);
    assertThat(task("rec-4", "Task_RequestAssurance").getName()).isEqualTo("Request assurance: Rec 4 (cycle 2)");

    assureThrough("rec-4", true);
    assureThrough("rec-8", true);
    assertThat(loop).isNotEnded();
    assureThrough("rec-9", true);

    assertThat(loop).isEnded().hasPassed("Event_AllRecommendationsDischarged");
    assertThat(evidence).hasSize(1 + 3 * 5);
    assertThat(evidence).filteredOn(e -> e.kind().equals("SIGN_OFF")).extracting(Evidence::recommendationId)
        .containsExactly("rec-4", "rec-8", "rec-9");
    assertThat(records.discharges(PLAN))
        .extracting(AssuranceRecords.DischargeRow::recommendationId, AssuranceRecords.DischargeRow::cycle,
            AssuranceRecords.DischargeRow::processInstanceId, AssuranceRecords.DischargeRow::open)
        .containsExactly(tuple("rec-2", 1, loop.getId(), true), tuple("rec-4", 2, loop.getId(), true),
            tuple("rec-8", 2, loop.getId(), true), tuple("rec-9", 2, loop.getId(), true));
    // the loop keeps its discharges in the records alone
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(loop.getId())
        .variableName("dischargedRecommendations").count()).isZero();
    var status = assuranceLoop.status(PLAN);
    assertThat(status.state()).isEqualTo("FINISHED");
    assertThat(status.recommendations()).allMatch(AssuranceLoop.RecommendationStatus::discharged);
  }

  @Test
  void aLateRequestIsRemindedThenEscalated_andTheSignOffTooWithThePccAsOwner() {
    startLoop();
    fireCadenceCycle(CYCLE_1);
    var requestDue = at("2026-03-10T00:00:00Z");
    var reminder = managementService.createJobQuery().processInstanceId(loop.getId()).activityId("Timer_RequestReminder").list();
    assertThat(reminder).hasSize(4).allSatisfy(j -> assertThat(j.getDuedate()).isEqualTo(at("2026-03-07T00:00:00Z")));
    managementService.executeJob(reminder.get(0).getId());
    var overdue = managementService.createJobQuery().processInstanceId(loop.getId()).activityId("Timer_RequestOverdue").list();
    assertThat(overdue).hasSize(4).allSatisfy(j -> assertThat(j.getDuedate()).isEqualTo(requestDue));
    managementService.executeJob(overdue.get(0).getId());
    assertThat(reminders).singleElement().satisfies(item -> {
      assertThat(item.name()).matches("Request assurance: Rec \\d \\(cycle 1\\)");
      assertThat(item.dueDate()).isEqualTo(requestDue);
      assertThat(item.ownerGroup()).isEqualTo("opcc-staff");
      assertThat(item.type()).isEqualTo("ASSURANCE_REQUEST");
    });
    assertThat(escalations).singleElement().satisfies(item -> assertThat(item.type()).isEqualTo("ASSURANCE_REQUEST"));
    assertThat(taskService.createTaskQuery().processInstanceId(loop.getId()).taskDefinitionKey("Task_RequestAssurance").count()).isEqualTo(4);

    request("rec-9");
    report("rec-9");
    assure("rec-9", true);
    var signOffDue = at("2026-03-17T00:00:00Z");
    assertThat(job("Timer_SignOffReminder").getDuedate()).isEqualTo(at("2026-03-14T00:00:00Z"));
    var late = job("Timer_SignOffOverdue");
    assertThat(late.getDuedate()).isEqualTo(signOffDue);
    managementService.executeJob(late.getId());
    assertThat(escalations).last().isEqualTo(new Item("Sign off as discharged: Rec 9 (cycle 1)", signOffDue, "pcc", "PCC_SIGN_OFF"));
    assertThat(task("rec-9", "Task_SignOffRecommendation")).isNotNull();
  }
}
