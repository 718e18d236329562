package uk.oic.actionplan.response;

import static uk.oic.actionplan.response.ResponseVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.area.AreaVariables;
import uk.oic.actionplan.evidence.EvidenceKind;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.evidence.NewEvidence;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.kernel.ProcessKeys;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanDefinition;

/**
 * {@code ${preparePccStatement}}: sets a statement up from the plan before OPCC staff draft it: the
 * groups, the due date, and one form slot per recommendation (rec1 .. rec6), pre-filled where there is
 * something to start from: the force's agreed delivery plans for its steps, and for a progress
 * statement the PCC's last published words on each recommendation. Unused slots are left empty, which
 * hides them in the forms.
 */
@Component("preparePccStatement")
class PreparePccStatementDelegate implements JavaDelegate {

  /** The forms' limit for a text area. */
  private static final int FORCE_TEXT_MAX = 1500;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final PlanCatalog plans;
  private final DeadlineSchedule deadlines;
  private final PublishedStatements published;
  private final RuntimeService runtimeService;
  private final EvidenceRegister register;
  private final StatementIntegrity integrity;
  private final int progressStatementDays;

  PreparePccStatementDelegate(PlanCatalog plans, DeadlineSchedule deadlines, PublishedStatements published,
      @Lazy RuntimeService runtimeService, EvidenceRegister register, StatementIntegrity integrity,
      @Value("${oic.pcc-response.progress-statement-days:28}") int progressStatementDays) {
    this.plans = plans;
    this.deadlines = deadlines;
    this.published = published;
    this.runtimeService = runtimeService;
    this.register = register;
    this.integrity = integrity;
    this.progressStatementDays = progressStatementDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var planId = (String) execution.getVariable(PLAN_ID);
    var plan = plans.find(planId)
        .orElseThrow(() -> new IllegalArgumentException("The PCC's statement was started for an unknown plan '" + planId + "'"));
    var kind = StatementKind.valueOf((String) execution.getVariable(KIND_TO_PREPARE));
    execution.setVariable(STATEMENT_KIND, kind.name());
    execution.setVariable(PLAN_TITLE, plan.title());
    execution.setVariable(OPCC_STAFF_GROUP, plan.roles().opccStaff());
    execution.setVariable(STRATEGIC_LEAD_GROUP, plan.roles().strategicLead());
    execution.setVariable(PCC_GROUP, plan.roles().pcc());
    execution.setVariable(REPORT_PUBLISHED_ON_TEXT, plan.reportPublishedOn() == null ? "" : DAY.format(plan.reportPublishedOn()));
    execution.setVariable(PCC_COMMENTS, "");
    execution.setVariable(APPROVAL_REASONS, "");

    var lastWords = Map.<String, String>of();
    if (kind == StatementKind.RESPONSE) {
      var due = plan.pccResponseDueOn().orElseThrow(() -> new IllegalStateException(
          "Plan '" + planId + "' gives no reportPublishedOn: there is no response due"));
      execution.setVariable(STATEMENT_NAME, "the PCC's response to the inspection report");
      execution.setVariable(STATEMENT_HEADING, "The PCC's response to " + plan.inspection()
          + ", due " + PlanDefinition.PCC_RESPONSE_DAYS + " days after the report's publication");
      setDue(execution, due);
      execution.setVariable(FORCE_PART_NEEDED, true);
    } else {
      var number = published.versions(planId).stream().filter(v -> v.kind() == StatementKind.PROGRESS_STATEMENT).count() + 1;
      execution.setVariable(STATEMENT_NAME, "progress statement " + number);
      execution.setVariable(STATEMENT_HEADING, "Progress statement " + number + " on " + plan.inspection());
      setDue(execution, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
          deadlines.zone()).plusDays(progressStatementDays));
      execution.setVariable(FORCE_PART_NEEDED, false);
      recordRequest(execution, planId, number);
      // the PCC's last words only as published: a version whose record no longer matches the register is
      // refused here too, or an approval would publish the changed text again under a new, valid hash
      lastWords = published.latest(planId).map(integrity::checked).map(PublishedStatement::parsed)
          .map(content -> content.recommendations().stream().filter(r -> r.pccResponse() != null)
              .collect(Collectors.toMap(StatementContent.Recommendation::id, StatementContent.Recommendation::pccResponse,
                  (a, b) -> a)))
          .orElse(Map.of());
    }

    var recommendations = plan.recommendations();
    for (int slot : slots()) {
      if (slot > recommendations.size()) {
        execution.setVariable(recId(slot), "");
        execution.setVariable(recLabel(slot), "");
        execution.setVariable(recPcc(slot), "");
        execution.setVariable(recForce(slot), "");
        continue;
      }
      var rec = recommendations.get(slot - 1);
      execution.setVariable(recId(slot), rec.id());
      execution.setVariable(recLabel(slot), label(rec));
      execution.setVariable(recPcc(slot), lastWords.getOrDefault(rec.id(), ""));
      execution.setVariable(recForce(slot), kind == StatementKind.RESPONSE ? deliveryPlans(plan, rec) : "");
    }
  }

  /** The request for a progress statement, in the evidence register (who asked, and why). */
  private void recordRequest(DelegateExecution execution, String planId, long number) {
    var requestedBy = (String) execution.getVariable(REQUESTED_BY);
    var reason = (String) execution.getVariable(REQUEST_REASON);
    register.append(NewEvidence.builder(planId, EvidenceKind.DECISION, "Progress statement " + number + " requested: "
            + execution.getVariable(PLAN_TITLE))
        .description(reason == null || reason.isBlank() ? "No reason given." : reason)
        .recordedBy(requestedBy == null ? "system" : requestedBy)
        .source(execution.getProcessInstanceId(), execution.getCurrentActivityId(), null)
        .sourceKey(execution.getProcessInstanceId() + "/" + execution.getActivityInstanceId())
        .build());
  }

  /** "Rec 8: Hydra training for relevant personnel (by 30 April 2026)" and the inspection's words. */
  static String label(PlanDefinition.Recommendation rec) {
    return rec.label() + ": " + rec.title() + " (by " + DAY.format(rec.deadline()) + ")\n" + rec.text();
  }

  private void setDue(DelegateExecution execution, LocalDate day) {
    var due = deadlines.endOf(day);
    execution.setVariable(STATEMENT_DUE_AT, due);
    execution.setVariable(STATEMENT_DUE_TEXT, DAY.format(day));
  }

  /** The agreed delivery plans of the areas that deliver the recommendation, one line each; empty when none is agreed yet. */
  private String deliveryPlans(PlanDefinition plan, PlanDefinition.Recommendation rec) {
    return plan.areasFor(rec.id()).stream()
        .map(area -> deliveryPlan(plan.id(), area.number()).map(summary -> "Area " + area.number() + " (" + area.name() + "): " + summary))
        .flatMap(Optional::stream)
        .collect(Collectors.collectingAndThen(Collectors.joining("\n"),
            text -> text.length() > FORCE_TEXT_MAX ? text.substring(0, FORCE_TEXT_MAX) : text));
  }

  private Optional<String> deliveryPlan(String planId, int areaNumber) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.AREA)
        .processInstanceBusinessKey(ProcessKeys.areaBusinessKey(planId, areaNumber)).list().stream()
        .map(instance -> runtimeService.getVariable(instance.getId(), AreaVariables.DELIVERY_PLAN_SUMMARY))
        .filter(value -> value instanceof String text && !text.isBlank())
        .map(String.class::cast)
        .findFirst();
  }
}
