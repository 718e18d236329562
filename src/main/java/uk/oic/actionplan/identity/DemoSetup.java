package uk.oic.actionplan.identity;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.startup.ProvisioningStep;
import uk.oic.actionplan.startup.StartupStep;

/**
 * Creates the demo people on the first start of the embedded demo only: an administrator who
 * deletes or changes them in Admin does not see them come back on the next start. With the
 * directory as the engine's identity ({@code oic.ldap.enabled}) nothing is created.
 */
@Component
@ConditionalOnProperty(name = "oic.demo.enabled", havingValue = "true")
class DemoSetup implements ProvisioningStep {

  /** Engine property that records when the demo people were created. */
  static final String SEEDED_PROPERTY = "oic.demo.users-created";

  private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);

  private final IdentityService identityService;
  private final ManagementService managementService;

  DemoSetup(IdentityService identityService, ManagementService managementService) {
    this.identityService = identityService;
    this.managementService = managementService;
  }

  @Override
  public StartupStep step() {
    return StartupStep.DEMO_USERS;
  }

  @Override
  public void provision() {
    createDemoUsersOnFirstStart();
  }

  public void createDemoUsersOnFirstStart() {
    if (managementService.getProperties().containsKey(SEEDED_PROPERTY)) {
      return;
    }
    if (identityService.isReadOnly()) {
      LOG.info("No demo users are created: the users and groups come from the directory, read-only");
      return;
    }
    for (var person : DemoUsers.ALL) {
      if (identityService.createUserQuery().userId(person.id()).count() == 0) {
        var user = identityService.newUser(person.id());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.email());
        user.setPassword(DemoUsers.PASSWORD);
        identityService.saveUser(user);
      }
      for (var group : person.groups()) {
        if (identityService.createUserQuery().userId(person.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(person.id(), group);
        }
      }
    }
    managementService.setProperty(SEEDED_PROPERTY, Instant.now().toString());
    LOG.warn("Created {} demo users with the password '{}': for the embedded demo only",
        DemoUsers.ALL.size(), DemoUsers.PASSWORD);
  }
}
