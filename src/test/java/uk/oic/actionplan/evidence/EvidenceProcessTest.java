package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The {@code recordEvidence} delegate in real process runs, on the engine's own transaction. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvidenceProcessTest {

  private static final String ON_COMPLETION = "evidence-test-on-completion";
  private static final String RETRIED = "evidence-test-retried";

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  EvidenceRegister register;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void deployTestModels() {
    BpmnAwareTests.init(engine);
    for (var key : new String[] {ON_COMPLETION, RETRIED}) {
      if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
        repositoryService.createDeployment().addClasspathResource("evidence/" + key + ".bpmn").deploy();
      }
    }
  }

  @Test
  void completingTheTaskRecordsTheEvidenceAsTheUserWhoCompletedIt() {
    var figuresDate = Date.from(LocalDate.of(2026, 1, 31).atStartOfDay(ZoneId.of("Europe/London")).toInstant());
    var instance = runtimeService.startProcessInstanceByKey(ON_COMPLETION, "hiow-oic-2025/area-7", Map.of(
        "planId", "hiow-oic-2025", "recommendationId", "rec-8", "areaNumber", 7, "areaName", "Hydra training",
        "ownerGroup", "area-7-owners", "completionPercent", 54, "narrative", "Two more stations trained",
        "figuresDate", figuresDate));
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    // as Tasklist does: the engine runs the completion as the logged-in owner
    identityService.setAuthentication("area7.owner", List.of("area-7-owners"));
    try {
      taskService.complete(task.getId());
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(instance).isEnded().hasPassed("Task_SubmitFigures", "Task_RecordFigures");
    var entries = register.search(EvidenceFilter.processInstance(instance.getId()), List.of("hiow-oic-2025"), 0, 100)
        .entries();
    assertThat(entries).hasSize(1);
    var entry = entries.get(0);
    assertThat(entry.recordedBy()).isEqualTo("area7.owner");
    assertThat(entry.title()).isEqualTo("Hydra completion: 54%");
    assertThat(entry.description()).isEqualTo("Two more stations trained");
    assertThat(entry.reference()).isEqualTo("TPB minutes 2026-01");
    assertThat(entry.recommendationId()).isEqualTo("rec-8");
    assertThat(entry.effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(entry.activityId()).isEqualTo("Task_RecordFigures");
    assertThat(entry.contentHash()).isEqualTo(Hashes.contentHash(entry));
    assertThat(jdbc.queryForObject("SELECT content_sha256 FROM oic_evidence_entry WHERE id = ?", String.class, entry.id()))
        .isEqualTo(entry.contentHash());
    // the entry id reached the process through the task's output mapping
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("figuresEntryId").singleResult().getValue()).isEqualTo(entry.id());
  }

  @Test
  void aFailedJobRollsItsEvidenceBackAndTheRetryRecordsItOnce() {
    var instance = runtimeService.startProcessInstanceByKey(RETRIED, "hiow-oic-2025/area-2",
        Map.of("planId", "hiow-oic-2025", "areaNumber", 2, "decidedBy", "chief.officer"));
    assertThat(instance).isWaitingAt("Task_RecordDecision");
    var job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

    // the step after the evidence fails: the job's transaction, evidence included, rolls back
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("confirmed");
    assertThat(entriesOf(instance.getId())).isZero();
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);

    runtimeService.setVariable(instance.getId(), "confirmed", true);
    managementService.executeJob(job.getId());

    assertThat(instance).isEnded().hasPassed("Task_RecordDecision", "Task_ConfirmDecision");
    assertThat(entriesOf(instance.getId())).isEqualTo(1);
    var recordedBy = jdbc.queryForObject("SELECT recorded_by FROM oic_evidence_entry WHERE process_instance_id = ?",
        String.class, instance.getId());
    assertThat(recordedBy).isEqualTo("chief.officer");
    assertThat(register.verify().valid()).isTrue();
  }

  private long entriesOf(String processInstanceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry WHERE process_instance_id = ?", Long.class,
        processInstanceId);
  }

  @Test
  void onATamperedRegisterTheCompletionIsRefusedTheTaskStaysOpenAndNothingIsWritten() {
    var instance = runtimeService.startProcessInstanceByKey(ON_COMPLETION, "hiow-oic-2025/area-7", Map.of(
        "planId", "hiow-oic-2025", "recommendationId", "rec-8", "areaNumber", 7, "areaName", "Hydra training",
        "ownerGroup", "area-7-owners", "completionPercent", 54, "narrative", "Two more stations trained",
        "figuresDate", new Date()));
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    long head = jdbc.queryForObject("SELECT last_sequence FROM oic_evidence_head", Long.class);
    jdbc.update("""
        INSERT INTO oic_evidence_entry (id, sequence_no, plan_id, kind, title, effective_date, recorded_by, recorded_at,
          content_sha256, previous_sha256)
        VALUES ('forged-process-test', ?, 'hiow-oic-2025', 'SIGN_OFF', 'Discharged: Rec 8 (forged)', DATE '2026-01-15',
          'pcc', TIMESTAMP WITH TIME ZONE '2026-01-15 10:30:00+00', ?, ?)""", head + 1, "f".repeat(64), "0".repeat(64));
    try {
      long entries = jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class);

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(task.getId()))
          .isInstanceOf(EvidenceRegisterTamperedException.class);

      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class)).isEqualTo(entries);
      assertThat(jdbc.queryForObject("SELECT last_sequence FROM oic_evidence_head", Long.class)).isEqualTo(head);
    } finally {
      jdbc.update("DELETE FROM oic_evidence_entry WHERE id = 'forged-process-test'");
      runtimeService.deleteProcessInstance(instance.getId(), "test finished");
    }
    assertThat(register.verify().valid()).isTrue();
  }
}
