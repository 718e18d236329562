package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.oic.actionplan.support.ProcessTestSupport;
import uk.oic.actionplan.support.WebSession;

/**
 * The directory as the engine's identity: a real LDAP server in the test JVM ({@link TestDirectory})
 * with the force's people and the plan's groups, read by Camunda's LDAP plugin (7.23.0) in the 7.24
 * engine. The demo profile's start-up, which would create groups, users and an administrator, runs
 * against it and must not fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    TestDirectory.ENABLED, TestDirectory.BASE_DN, TestDirectory.MANAGER, TestDirectory.MANAGER_PASSWORD,
    "oic.ldap.admin-user-id=duty.admin",
    // the in-memory server sorts and pages like Active Directory
    "oic.ldap.sort-control-supported=true",
    "oic.ldap.page-size=50",
    // the demo plan is started at start-up, its groups' grants written although no group can be created
    "oic.plans.start-on-first-start=true"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LdapDirectoryTest {

  static final String BASE = TestDirectory.BASE;
  private static final String PROCESS = "test-directory-areas";

  static final InMemoryDirectoryServer DIRECTORY = TestDirectory.start();

  @DynamicPropertySource
  static void directoryUrl(DynamicPropertyRegistry registry) {
    TestDirectory.register(registry, DIRECTORY);
  }

  @AfterAll
  static void stopDirectory() {
    DIRECTORY.shutDown(true);
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityServiceAuthenticationProvider login;
  @Autowired AccessSetup accessSetup;
  @Autowired ApplicationContext context;

  @BeforeEach
  void oneTaskForAreaOneAndOneForAreaTwo() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      var model = ProcessTestSupport.areaOneAndAreaTwoTasks(PROCESS);
      repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
      runtimeService.startProcessInstanceByKey(PROCESS);
    }
  }

  @Test
  void theEnginesIdentityIsTheDirectoryReadOnly() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    var plugins = configuration.getProcessEnginePlugins().stream()
        .flatMap(p -> p instanceof CompositeProcessEnginePlugin composite ? composite.getPlugins().stream() : java.util.stream.Stream.of(p))
        .toList();
    assertThat(plugins).anyMatch(LdapIdentityProviderPlugin.class::isInstance);
    assertThat(identityService.isReadOnly()).isTrue();
    assertThat(identityService.createUserQuery().userId("area1.owner").singleResult().getEmail())
        .isEqualTo("area1.owner@force.police.test");
    // no demo people and no demo administrator were created anywhere
    assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
    assertThat(identityService.createUserQuery().userId("area9.owner").count()).isZero();
    assertThat(context.containsBeanDefinition("createAdminUserConfiguration")).isFalse();
  }

  @Test
  void startUpWithTheDemoPlanDoesNotFailAlthoughNoGroupCanBeCreated(CapturedOutput output) {
    // the plan was started and its groups got their grants (Tasklist for area owners)
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("hiow-oic-2025").count()).isEqualTo(1);
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().groupIdIn("area-1-owners").count()).isPositive();

    accessSetup.createGroupsAndGrants();

    assertThat(output.getOut()).contains("The directory has no group with the id [area-9-owners]");
    assertThat(identityService.createGroupQuery().groupId("area-9-owners").count()).isZero();
    // reminders to a group the directory lacks reach nobody
    assertThat(identityService.createUserQuery().memberOfGroup("area-9-owners").list()).isEmpty();
    assertThat(identityService.createUserQuery().memberOfGroup("opcc-staff").list()).extracting(u -> u.getId())
        .containsExactlyInAnyOrder("opcc.officer", "pcc");
  }

  @Test
  void theDirectoryPasswordLogsInThroughTheFormAndHttpBasic() {
    WebSession.login(port, "area1.owner", "area1.owner-directory-pw");
    var basic = WebSession.basic(port, "area1.owner", "area1.owner-directory-pw").get("/engine-rest/task?processDefinitionKey=" + PROCESS);
    assertThat(basic.statusCode()).isEqualTo(200);
  }

  @Test
  void aNameTypedInAnotherCaseIsTheDirectorysOneUser() {
    var signedIn = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("Area1.OWNER", "area1.owner-directory-pw"));
    assertThat(signedIn.getName()).as("the directory matches names ignoring case: one user here, as the directory names them")
        .isEqualTo("area1.owner");
    assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("GROUP_area-1-owners");
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThat(WebSession.basic(port, "area2.owner", "demo").get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(WebSession.basic(port, "area2.owner", "").get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(WebSession.basic(port, "nobody", "area1.owner-directory-pw").get("/engine-rest/task").statusCode()).isEqualTo(401);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebSession.login(port, "area2.owner", "wrong-password"))
        .hasMessageContaining("refused");
  }

  @Test
  void theGroupsComeFromTheDirectory() {
    assertThat(authorities("area1.owner")).containsExactly("GROUP_area-1-owners");
    assertThat(authorities("pcc")).containsExactlyInAnyOrder("GROUP_opcc-staff", "GROUP_pcc");

    var owner = WebSession.basic(port, "area1.owner", "area1.owner-directory-pw");
    assertThat(owner.get("/engine-rest/task?candidateGroup=area-1-owners&processDefinitionKey=" + PROCESS).body())
        .contains("Task_AreaOne").doesNotContain("Task_AreaTwo");
    assertThat(owner.get("/engine-rest/task?processDefinitionKey=" + PROCESS).body())
        .contains("Task_AreaOne").doesNotContain("Task_AreaTwo");
    assertThat(WebSession.basic(port, "area2.owner", "area2.owner-directory-pw").get("/engine-rest/task?processDefinitionKey=" + PROCESS).body())
        .contains("Task_AreaTwo").doesNotContain("Task_AreaOne");

    var session = WebSession.login(port, "area1.owner", "area1.owner-directory-pw");
    assertThat(session.get("/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(200);
    assertThat(session.get("/camunda/api/admin/auth/user/default").body())
        .contains("\"userId\":\"area1.owner\"", "tasklist").doesNotContain("admin\"", "cockpit");
  }

  @Test
  void theDirectorysAdministratorsReachAdmin() {
    assertThat(authorities("it.admin")).contains("GROUP_camunda-admin");
    assertThat(authorities("duty.admin")).containsExactly("GROUP_camunda-admin");
    for (var admin : List.of("it.admin", "duty.admin")) {
      var session = WebSession.login(port, admin, admin + "-directory-pw");
      assertThat(session.get("/camunda/app/admin/default/", "text/html").statusCode()).as(admin).isEqualTo(200);
      assertThat(session.get("/camunda/api/admin/auth/user/default").body()).as(admin).contains("admin\"", "cockpit", "tasklist");
      // Admin lists the directory's people
      var users = session.get("/camunda/api/engine/engine/default/user?firstResult=0&maxResults=50");
      assertThat(users.statusCode()).as(admin).isEqualTo(200);
      assertThat(users.body()).contains("\"id\":\"area1.owner\"", "\"firstName\":\"Amelia\"", "\"id\":\"strategic.lead\"");
    }
    var area = WebSession.login(port, "area2.owner", "area2.owner-directory-pw");
    assertThat(area.get("/camunda/app/admin/default/", "text/html").statusCode()).isEqualTo(403);
  }

  @Test
  void nothingIsWrittenToTheDirectory() throws LDAPException {
    var admin = WebSession.basic(port, "it.admin", "it.admin-directory-pw");
    // Admin offers no "create": the users' and groups' options, which it reads to decide, have no create link
    assertThat(options("/engine-rest/user")).contains("\"rel\":\"count\"").doesNotContain("\"rel\":\"create\"");
    assertThat(options("/engine-rest/group")).contains("\"rel\":\"count\"").doesNotContain("\"rel\":\"create\"");
    assertThat(admin.postJson("/engine-rest/user/create",
        "{\"profile\":{\"id\":\"new.person\",\"firstName\":\"New\",\"lastName\":\"Person\"},\"credentials\":{\"password\":\"a-long-password-1\"}}")
        .statusCode()).isEqualTo(403);
    assertThat(admin.postJson("/engine-rest/group/create", "{\"id\":\"area-9-owners\",\"name\":\"Area 9\"}").statusCode()).isEqualTo(403);
    assertThat(admin.putJson("/engine-rest/group/area-1-owners/members/area2.owner", "").statusCode()).isEqualTo(403);
    assertThat(admin.putJson("/engine-rest/user/area1.owner/credentials",
        "{\"password\":\"another-password-1\",\"authenticatedUserPassword\":\"it.admin-directory-pw\"}").statusCode()).isEqualTo(403);

    assertThat(DIRECTORY.search(BASE, SearchScope.SUB, "(uid=new.person)").getEntryCount()).isZero();
    assertThat(DIRECTORY.search(BASE, SearchScope.SUB, "(cn=area-9-owners)").getEntryCount()).isZero();
    assertThat(DIRECTORY.getEntry("cn=area-1-owners,ou=groups," + BASE).getAttributeValues("member"))
        .containsExactly("uid=area1.owner,ou=people," + BASE);
    WebSession.login(port, "area1.owner", "area1.owner-directory-pw");
  }

  @Test
  void aMembershipChangedInTheDirectoryShowsOnTheNextLogin() throws LDAPException {
    var group = "cn=area-3-owners,ou=groups," + BASE;
    var member = "uid=area3.owner,ou=people," + BASE;
    var program = WebSession.basic(port, "area3.owner", "area3.owner-directory-pw");
    // in no plan group yet: the engine API refuses them, Tasklist is not theirs
    assertThat(authorities("area3.owner")).isEmpty();
    assertThat(program.get("/engine-rest/task/count?candidateGroup=area-3-owners").statusCode()).isEqualTo(403);
    assertThat(WebSession.login(port, "area3.owner", "area3.owner-directory-pw").get("/camunda/app/tasklist/default/", "text/html")
        .statusCode()).isEqualTo(403);

    DIRECTORY.modify(group, new Modification(ModificationType.ADD, "member", member));
    try {
      assertThat(authorities("area3.owner")).containsExactly("GROUP_area-3-owners");
      assertThat(program.get("/engine-rest/task/count?candidateGroup=area-3-owners").statusCode()).isEqualTo(200);
      assertThat(WebSession.login(port, "area3.owner", "area3.owner-directory-pw").get("/camunda/app/tasklist/default/", "text/html")
          .statusCode()).isEqualTo(200);
    } finally {
      DIRECTORY.modify(group, new Modification(ModificationType.DELETE, "member", member));
    }
    assertThat(authorities("area3.owner")).isEmpty();
    assertThat(program.get("/engine-rest/task/count?candidateGroup=area-3-owners").statusCode()).isEqualTo(403);
  }

  private String options(String path) {
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString("it.admin:it.admin-directory-pw".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
        .build();
    try {
      var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("OPTIONS " + path).isEqualTo(200);
      return response.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> authorities(String userId) {
    var token = UsernamePasswordAuthenticationToken.unauthenticated(userId, userId + "-directory-pw");
    try {
      return login.authenticate(token).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    } catch (BadCredentialsException e) {
      throw new AssertionError("Login as " + userId + " refused", e);
    }
  }
}
