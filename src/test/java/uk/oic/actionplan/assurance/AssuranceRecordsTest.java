package uk.oic.actionplan.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.oic.actionplan.assurance.AssuranceVariables.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.evidence.EvidenceFilter;
import uk.oic.actionplan.evidence.EvidenceRegister;

/**
 * The loop's records are written in the step's transaction, with the real evidence register: a
 * step that fails after them leaves none, and a recommendation has one open discharge at most.
 */
@SpringBootTest
@ActiveProfiles("test")
class AssuranceRecordsTest {

  static final String PLAN = "hiow-oic-2025";
  static final String CHECK = "assurance-records-check";
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Autowired AssuranceRecords records;
  @Autowired EvidenceRegister register;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  String deployment;

  /** The sign-off's two steps as the loop has them, then a gateway that fails the command unless {@code proceed}. */
  @BeforeEach
  void deploySignOffSteps() {
    ClockUtil.setCurrentTime(Date.from(T0));
    records.deletePlan(PLAN);
    var model = Bpmn.createExecutableProcess(CHECK).camundaHistoryTimeToLive(1)
        .startEvent("Event_Started")
        .serviceTask("Task_RecordDischarge").camundaDelegateExpression("${recordEvidence}")
        .camundaInputParameter("evidenceKind", "SIGN_OFF")
        .camundaInputParameter("evidenceTitle", "Discharged: ${recommendationLabel} signed off by the PCC (cycle ${cycleNumber})")
        .camundaInputParameter("evidenceDescription", "${signOffReasons}")
        .camundaExecutionListenerDelegateExpression("end", "${recordAssuranceDecision}")
        .serviceTask("Task_MarkRecommendationDischarged").camundaDelegateExpression("${markRecommendationDischarged}")
        .exclusiveGateway("Gateway_Proceed")
        .sequenceFlowId("Flow_Proceed").condition("proceed", "${proceed}")
        .endEvent("Event_Done")
        .moveToNode("Gateway_Proceed")
        .sequenceFlowId("Flow_Never").condition("never", "${false}")
        .endEvent("Event_Never")
        .done();
    deployment = repositoryService.createDeployment().addModelInstance(CHECK + ".bpmn", model).deploy().getId();
  }

  @AfterEach
  void removeSignOffSteps() {
    ClockUtil.reset();
    repositoryService.deleteDeployment(deployment, true);
    records.deletePlan(PLAN);
  }

  @Test
  void aStepFailingAfterTheRecordsLeavesNone_andOneThatSucceedsLeavesBoth() {
    assertThatThrownBy(() -> signOff("rec-2", "Target met", false)).isInstanceOf(ProcessEngineException.class);
    assertThat(records.discharges(PLAN)).isEmpty();
    assertThat(records.states(PLAN)).isEmpty();

    var instance = signOff("rec-2", "Target met", true);
    assertThat(records.discharges(PLAN)).singleElement().satisfies(d -> {
      assertThat(d.recommendationId()).isEqualTo("rec-2");
      assertThat(d.label()).isEqualTo("Rec 2");
      assertThat(d.cycle()).isEqualTo(3);
      assertThat(d.dischargedAt()).isEqualTo(T0);
      assertThat(d.dischargedBy()).isEqualTo("system");
      assertThat(d.reasons()).isEqualTo("Target met");
      assertThat(d.processInstanceId()).isEqualTo(instance);
      assertThat(d.open()).isTrue();
    });
    // the decision is the evidence entry the step wrote
    var entries = register.search(EvidenceFilter.processInstance(instance), null, 0, 10).entries();
    assertThat(entries).hasSize(1);
    var entry = entries.get(0);
    assertThat(records.states(PLAN)).containsOnlyKeys("rec-2").extractingByKey("rec-2").satisfies(s -> {
      assertThat(s.state()).isEqualTo("Discharged");
      assertThat(s.activityId()).isEqualTo("Task_RecordDischarge");
      assertThat(s.title()).isEqualTo("Discharged: Rec 2 signed off by the PCC (cycle 3)").isEqualTo(entry.title());
      assertThat(s.description()).isEqualTo("Target met");
      assertThat(s.decidedAt()).isEqualTo(entry.recordedAt());
      assertThat(s.evidenceSequence()).isEqualTo(entry.sequence());
      assertThat(s.processInstanceId()).isEqualTo(instance);
    });
  }

  @Test
  void aSecondDischargeOfADischargedRecommendationWritesNoSecondOpenRow() {
    signOff("rec-8", "Target met", true);
    signOff("rec-8", "Signed off again", true);
    assertThat(records.discharges(PLAN)).extracting(AssuranceRecords.DischargeRow::reasons).containsExactly("Target met");
    assertThat(records.recordDischarge(new AssuranceRecords.NewDischarge(PLAN, "rec-8", "Rec 8", 4, T0, "pcc", "Again", null)))
        .isFalse();
    // nor can anything else write one: the database refuses a second open discharge
    assertThatThrownBy(() -> jdbc.update("""
        INSERT INTO oic_discharge (plan_id, recommendation_id, label, cycle, discharged_at, discharged_by, open_key)
        VALUES (?, 'rec-8', 'Rec 8', 4, CURRENT_TIMESTAMP, 'pcc', ?)""", PLAN, PLAN + "/rec-8"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(records.openDischarges(PLAN).all()).hasSize(1);

    // reopened, the discharge is kept; a new discharge is a new row
    var later = T0.plusSeconds(3600);
    assertThat(records.reopen(PLAN, "rec-8", later, "opcc.officer", "Lapse found")).isTrue();
    assertThat(records.reopen(PLAN, "rec-8", later, "opcc.officer", "Twice")).isFalse();
    assertThat(records.openDischarges(PLAN).isDischarged("rec-8")).isFalse();
    signOff("rec-8", "Fixed", true);
    assertThat(records.discharges(PLAN))
        .extracting(AssuranceRecords.DischargeRow::reasons, AssuranceRecords.DischargeRow::reopenedAt,
            AssuranceRecords.DischargeRow::reopenedBy, AssuranceRecords.DischargeRow::reopenReasons)
        .containsExactly(tuple("Target met", later, "opcc.officer", "Lapse found"), tuple("Fixed", null, null, null));
    assertThat(records.openDischarges(PLAN).find("rec-8")).hasValueSatisfying(d -> assertThat(d.reasons()).isEqualTo("Fixed"));
  }

  private String signOff(String recommendationId, String reasons, boolean proceed) {
    return runtimeService.startProcessInstanceByKey(CHECK, Map.of(PLAN_ID, PLAN, RECOMMENDATION_ID, recommendationId,
        RECOMMENDATION_LABEL, "Rec " + recommendationId.substring(4), CYCLE_NUMBER, 3, SIGN_OFF_REASONS, reasons,
        "proceed", proceed)).getId();
  }
}
