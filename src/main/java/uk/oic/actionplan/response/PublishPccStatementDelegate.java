package uk.oic.actionplan.response;

import static uk.oic.actionplan.response.ResponseVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.evidence.EvidenceKind;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.evidence.NewEvidence;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * {@code ${publishPccStatement}}: publishes the approved statement as the plan's next version. The
 * content is the approved text as JSON; its SHA-256 goes into the evidence register (a DOCUMENT entry
 * whose reference names the version and the hash) and beside the version, which is then never changed.
 * Both are written in the PCC's approving transaction (the step is not asynchronous), so a failure
 * publishes nothing and the approval task stays open. The step locks the plan's statements
 * ({@link StatementLock}) before it numbers the version, so two approvals of the same plan at the same
 * moment publish one after the other as consecutive versions. A version already written under the
 * step's activity instance is returned rather than written again.
 */
@Component("publishPccStatement")
class PublishPccStatementDelegate implements JavaDelegate {

  private final PlanCatalog plans;
  private final PublishedStatements published;
  private final EvidenceRegister register;
  private final StatementLock lock;

  PublishPccStatementDelegate(PlanCatalog plans, PublishedStatements published, EvidenceRegister register,
      StatementLock lock) {
    this.plans = plans;
    this.published = published;
    this.register = register;
    this.lock = lock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var sourceKey = execution.getProcessInstanceId() + "/" + execution.getActivityInstanceId();
    var statement = published.bySourceKey(sourceKey).orElseGet(() -> publish(execution, sourceKey));
    execution.setVariable(PUBLISHED_VERSION, statement.version());
  }

  private PublishedStatement publish(DelegateExecution execution, String sourceKey) {
    var planId = (String) execution.getVariable(PLAN_ID);
    var plan = plans.find(planId).orElseThrow(() -> new IllegalArgumentException("Unknown plan '" + planId + "'"));
    var kind = StatementKind.valueOf((String) execution.getVariable(STATEMENT_KIND));
    var recommendations = new ArrayList<StatementContent.Recommendation>();
    for (int slot : slots()) {
      var id = text(execution, recId(slot));
      var rec = id == null ? null : plan.recommendation(id).orElse(null);
      if (rec == null) {
        continue;
      }
      recommendations.add(new StatementContent.Recommendation(rec.id(), rec.label(), rec.title(), rec.text(),
          rec.deadline(), text(execution, recPcc(slot)), kind == StatementKind.RESPONSE ? text(execution, recForce(slot)) : null));
    }
    var dueOn = kind == StatementKind.RESPONSE ? plan.pccResponseDueOn().orElse(null) : null;
    var content = new StatementContent(kind, plan.id(), plan.title(), plan.force(), plan.oversight(), plan.inspection(),
        plan.reportPublishedOn(), dueOn, text(execution, PCC_COMMENTS), recommendations).json();
    var hash = StatementContent.hash(content);
    lock.lock(planId);
    var version = published.nextVersion(planId);
    var approvedBy = text(execution, APPROVED_BY) == null ? "unknown" : text(execution, APPROVED_BY);
    var publishedAt = ClockUtil.getCurrentTime().toInstant();
    var entry = register.append(NewEvidence.builder(planId, EvidenceKind.DOCUMENT,
            "Published: " + kind.title() + ", version " + version + " (" + plan.title() + ")")
        .description("Approved by " + approvedBy + " and published at /published/" + planId + "/v/" + version
            + ". Content SHA-256: " + hash)
        .reference("published-statement:" + planId + "/v" + version + " sha256:" + hash)
        .recordedBy(approvedBy)
        .source(execution.getProcessInstanceId(), execution.getCurrentActivityId(), null)
        .sourceKey(sourceKey)
        .build());
    return published.insert(new PublishedStatement(planId, version, kind, publishedAt, approvedBy, content, hash,
        entry.sequence(), entry.id()), execution.getProcessInstanceId(), sourceKey);
  }

  private static String text(DelegateExecution execution, String name) {
    var value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
