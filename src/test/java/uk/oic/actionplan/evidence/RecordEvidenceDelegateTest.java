package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.CalendarProperties;

/** The delegate on its own: what it reads, whom it records, and that running it twice writes once. */
class RecordEvidenceDelegateTest {

  private RegisterDatabase db;
  private IdentityService identity;
  private RecordEvidenceDelegate delegate;
  private final Map<String, Object> variables = new HashMap<>();

  @BeforeEach
  void setUp() {
    db = new RegisterDatabase();
    identity = mock(IdentityService.class);
    delegate = new RecordEvidenceDelegate(db.register, identity,
        new CalendarProperties(java.time.ZoneId.of("Europe/London"), List.of()));
    variables.putAll(Map.of("planId", "hiow-oic-2025", "recommendationId", "rec-2", "areaNumber", 2L,
        "evidenceKind", "audit_result", "evidenceTitle", "NCCU referral audit, January",
        "evidenceEffectiveDate", "2026-01-31"));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void runningTheSameActivityInstanceTwiceWritesOneEntry() {
    var execution = execution("act-1");
    delegate.execute(execution);
    delegate.execute(execution);

    assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class)).isEqualTo(1);
    var entry = db.register.findBySourceKey("pi-1/act-1").orElseThrow();
    assertThat(entry.kind()).isEqualTo(EvidenceKind.AUDIT_RESULT);
    assertThat(entry.areaNumber()).isEqualTo(2);
    assertThat(entry.effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(entry.recordedBy()).isEqualTo("system");
  }

  @Test
  void eachPassOfALoopRecordsItsOwnEntry() {
    delegate.execute(execution("act-1"));
    delegate.execute(execution("act-2"));

    assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class)).isEqualTo(2);
  }

  @Test
  void recordedByIsTheInputElseTheAuthenticatedUserElseSystem() {
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication("area2.owner", List.of("area-2-owners")));
    delegate.execute(execution("act-1"));
    variables.put("evidenceRecordedBy", "strategic.lead");
    delegate.execute(execution("act-2"));

    assertThat(db.register.findBySourceKey("pi-1/act-1").orElseThrow().recordedBy()).isEqualTo("area2.owner");
    assertThat(db.register.findBySourceKey("pi-1/act-2").orElseThrow().recordedBy()).isEqualTo("strategic.lead");
  }

  @Test
  void anUnknownKindIsRefusedWithTheKindsThatExist() {
    variables.put("evidenceKind", "RUMOUR");
    assertThatThrownBy(() -> delegate.execute(execution("act-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("evidenceKind: 'RUMOUR' is not one of DOCUMENT, AUDIT_RESULT");
  }

  private DelegateExecution execution(String activityInstanceId) {
    var execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(execution.getProcessInstanceId()).thenReturn("pi-1");
    when(execution.getActivityInstanceId()).thenReturn(activityInstanceId);
    when(execution.getCurrentActivityId()).thenReturn("Task_RecordAudit");
    return execution;
  }
}
