package uk.oic.actionplan.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;

/**
 * In production, refuses to run while any demo account can still log in with the demo password,
 * for example in a database copied from a demo. With the directory as the engine's identity the
 * engine's own accounts are not used, and nothing is tried against the directory (where a wrong
 * password counts towards locking a real account).
 */
@Component
@Profile(ProductionSafetyCheck.PROD)
class ProductionAccountCheck implements ProvisioningStep {

  private final IdentityService identityService;

  ProductionAccountCheck(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public StartupStep step() {
    return StartupStep.REFUSE_DEMO_ACCOUNTS;
  }

  @Override
  public void provision() {
    refuseDemoAccounts();
  }

  public void refuseDemoAccounts() {
    if (identityService.isReadOnly()) {
      return;
    }
    var demoIds = new java.util.ArrayList<String>();
    demoIds.add(DemoUsers.ADMIN_ID);
    DemoUsers.ALL.forEach(u -> demoIds.add(u.id()));
    var usable = demoIds.stream()
        .filter(id -> identityService.createUserQuery().userId(id).count() > 0)
        .filter(id -> identityService.checkPassword(id, DemoUsers.PASSWORD))
        .toList();
    if (!usable.isEmpty()) {
      throw new IllegalStateException("Refusing to run with the prod profile: demo accounts " + usable
          + " still accept the demo password. Delete them or change their passwords in Admin on a non-production copy.");
    }
  }
}
