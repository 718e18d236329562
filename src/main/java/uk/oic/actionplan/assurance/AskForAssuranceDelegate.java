package uk.oic.actionplan.assurance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${askForAssurance}}: an area reported its recommendation already achieved, so the PCC's
 * assurance loop is asked for a cycle now rather than at its next cadence date. A cycle already
 * running will assure the recommendation anyway, and an area that delivers no recommendation has
 * nothing for the PCC to discharge: both are noted in {@code assuranceAsked} and change nothing.
 */
@Component("askForAssurance")
class AskForAssuranceDelegate implements JavaDelegate {

  /** What happened, for the area's history and the dashboard: a started cycle or why none was. */
  static final String ASSURANCE_ASKED = "assuranceAsked";

  private static final Logger LOG = LoggerFactory.getLogger(AskForAssuranceDelegate.class);

  private final AssuranceLoop loop;

  AskForAssuranceDelegate(AssuranceLoop loop) {
    this.loop = loop;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var planId = (String) execution.getVariable("planId");
    var label = (String) execution.getVariable("recommendationLabel");
    if (execution.getVariable("recommendationId") == null) {
      execution.setVariable(ASSURANCE_ASKED, "No recommendation to assure: the strategic lead's sign-off decides");
      return;
    }
    var reason = label + " reported already achieved by " + execution.getVariable("ownerGroup") + ": "
        + execution.getVariable("achievedEvidence");
    try {
      // this step runs as its own job: the owner who reported it asks, not the job executor
      var owner = execution.getVariable("deliveryPlanAgreedBy");
      var requestedBy = owner == null ? LoopContext.actingUser(execution) : owner.toString();
      var cycle = loop.requestCycle(planId, requestedBy, reason.length() > 1500 ? reason.substring(0, 1500) : reason);
      execution.setVariable(ASSURANCE_ASKED, "Assurance cycle " + cycle.cycleNumber() + " started");
    } catch (AssuranceLoop.AssuranceRequestException refused) {
      // a running cycle assures it; a loop that is not running has nothing to ask
      LOG.info("Assurance for {} of plan {} not started: {}", label, planId, refused.getMessage());
      execution.setVariable(ASSURANCE_ASKED, refused.title() + ": " + refused.getMessage());
    }
  }
}
