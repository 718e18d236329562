package uk.oic.actionplan.evidence;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.CalendarProperties;
import uk.oic.actionplan.kernel.Cover;

/**
 * {@code camunda:delegateExpression="${recordEvidence}"}: records an entry from the service task's
 * input parameters ({@link EvidenceVariables}) and the instance's plan, recommendation and area.
 *
 * <p>The entry's source key is the process instance and the activity instance, so running the same
 * activity instance again (a retried job) finds the entry already there and writes nothing, while
 * each pass of a loop records its own entry.
 */
@Component("recordEvidence")
class RecordEvidenceDelegate implements JavaDelegate {

  private final EvidenceRegister register;
  private final IdentityService identityService;
  private final CalendarProperties calendar;
  private final Cover cover;

  RecordEvidenceDelegate(EvidenceRegister register, IdentityService identityService, CalendarProperties calendar) {
    this(register, identityService, calendar, Cover.NONE);
  }

  @Autowired
  RecordEvidenceDelegate(EvidenceRegister register, IdentityService identityService, CalendarProperties calendar,
      Cover cover) {
    this.register = register;
    this.identityService = identityService;
    this.calendar = calendar;
    this.cover = cover;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var kind = EvidenceKind.parse(EvidenceVariables.KIND, EvidenceVariables.text(execution, EvidenceVariables.KIND));
    var evidence = NewEvidence.builder(
            EvidenceVariables.text(execution, EvidenceVariables.PLAN_ID),
            kind,
            EvidenceVariables.text(execution, EvidenceVariables.TITLE))
        .recommendation(EvidenceVariables.text(execution, EvidenceVariables.RECOMMENDATION_ID))
        .area(EvidenceVariables.integer(execution, EvidenceVariables.AREA_NUMBER))
        .description(EvidenceVariables.text(execution, EvidenceVariables.DESCRIPTION))
        .reference(EvidenceVariables.text(execution, EvidenceVariables.REFERENCE))
        .effectiveDate(EvidenceVariables.date(execution, EvidenceVariables.EFFECTIVE_DATE, calendar.zone()))
        .recordedBy(recordedBy(execution))
        .source(execution.getProcessInstanceId(), execution.getCurrentActivityId(), null)
        .sourceKey(execution.getProcessInstanceId() + "/" + execution.getActivityInstanceId())
        .build();
    var entry = register.append(evidence);
    execution.setVariableLocal(EvidenceVariables.ENTRY_ID, entry.id());
  }

  private String recordedBy(DelegateExecution execution) {
    var given = EvidenceVariables.text(execution, EvidenceVariables.RECORDED_BY);
    if (given != null) {
      return given;
    }
    var current = identityService.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return "system";
    }
    // a colleague covering for the absent owner of the task just completed
    return Cover.byOnBehalfOf(current.getUserId(), cover.actingFor(current.getUserId()));
  }
}
