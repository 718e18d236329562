package uk.oic.actionplan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.oic.actionplan.identity.DemoUsers;
import uk.oic.actionplan.support.Browser;
import uk.oic.actionplan.support.OidcProvider;

/**
 * Signing in through an OpenID Connect provider (a real one in the test JVM, with a login page that
 * takes a user name and the claims), as a person would in headless Chromium: the provider's groups
 * claim decides what Tasklist shows. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "oic.test.application=sso-browser")
@ActiveProfiles("test")
class SingleSignOnBrowserIT {

  static final OidcProvider PROVIDER = OidcProvider.start();

  @DynamicPropertySource
  static void singleSignOn(DynamicPropertyRegistry registry) {
    PROVIDER.configure(registry);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  private Browser browser;

  @BeforeAll
  static void chromium() {
    Browser.assumeAvailable();
  }

  @BeforeEach
  void openTasksAndBrowser() {
    TasklistCheckTasks.ensureStarted(repositoryService, runtimeService);
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAreaOwnerSignsInThroughTheProviderAndFindsTheirAreasTasksInTasklist() {
    browser.go(TasklistBrowserIT.TASKLIST);
    signInAtProvider("Jane.Owner@force.example", List.of(OidcProvider.AREA_1_GROUP));

    browser.waitFor(d -> d.getCurrentUrl().startsWith(browser.url(TasklistBrowserIT.TASKLIST)));
    assertThat(filterNames()).first().isEqualTo(TasklistFilters.MY_AREA);
    var tasks = taskNames(3);
    browser.screenshot("sso-tasklist-area1-owner");

    assertThat(tasks).containsExactly(
        TasklistCheckTasks.AREA_1_CHALLENGE.taskName(),
        TasklistCheckTasks.AREA_1_UPDATE.taskName(),
        TasklistCheckTasks.AREA_1_PLAN.taskName());
    assertThat(String.join("\n", tasks)).doesNotContain(TasklistCheckTasks.AREA_2);
    var userId = "jane.owner_force.example";
    assertThat(identityService.createGroupQuery().groupMember(userId).list()).extracting(Group::getId)
        .containsExactly("area-1-owners");
    // who the webapps think is signed in, and what they may open: Tasklist only
    assertThat(fetch("/camunda/api/admin/auth/user/default")).contains("\"userId\":\"" + userId + "\"", "tasklist")
        .doesNotContain("cockpit", "admin\"");
    assertThat(status(TasklistBrowserIT.COCKPIT)).isEqualTo(403);
    assertThat(status(TasklistBrowserIT.ADMIN)).isEqualTo(403);
  }

  @Test
  void theLocalAdministratorsNameAtTheProviderIsRefusedWithTheReason() {
    browser.go("/login");
    signInAtProvider(DemoUsers.ADMIN_ID, List.of(OidcProvider.ADMIN_GROUP));

    var reason = browser.visible(By.id("sso-error")).getText();
    browser.screenshot("sso-refused-local-account");

    assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/login?sso-error"));
    assertThat(reason).contains("'demo' is a local account with a password");
    browser.go(TasklistBrowserIT.TASKLIST).waitFor(d -> d.getCurrentUrl().startsWith(browser.url("/login")));
  }

  /** From the application's login page, through the provider's login page, with these claims. */
  private void signInAtProvider(String userName, List<String> groups) {
    browser.waitFor(d -> d.getCurrentUrl().startsWith(browser.url("/login")));
    var link = browser.visible(By.cssSelector("a.sso-sign-in"));
    assertThat(link.getText()).isEqualTo("Sign in with " + OidcProvider.PROVIDER_NAME);
    link.click();

    var name = browser.visible(By.name("username"));
    assertThat(browser.driver().getCurrentUrl()).startsWith(PROVIDER.issuer());
    name.sendKeys(userName);
    var claims = "{\"preferred_username\": \"" + userName + "\", \"given_name\": \"Jane\", \"family_name\": \"Owner\","
        + " \"email\": \"jane.owner@force.example\", \"groups\": [" + String.join(", ", groups.stream().map(g -> "\"" + g + "\"").toList()) + "]}";
    browser.driver().findElement(By.name("claims")).sendKeys(claims);
    browser.screenshot("sso-provider-login");
    browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
    browser.waitFor(d -> d.getCurrentUrl().startsWith(browser.url("/")));
  }

  private String fetch(String path) {
    return (String) browser.script("return fetch(arguments[0], {headers: {Accept: 'application/json'}}).then(r => r.text());", path);
  }

  private long status(String path) {
    return (Long) browser.script("return fetch(arguments[0]).then(r => r.status);", path);
  }

  private List<String> filterNames() {
    browser.waitFor(d -> !d.findElements(By.cssSelector(".task-filter h4.name a")).isEmpty());
    @SuppressWarnings("unchecked")
    var names = (List<String>) browser.script(
        "return Array.from(document.querySelectorAll('.task-filter h4.name a'))"
            + ".map(a => a.firstChild.textContent.trim());");
    return names;
  }

  private List<String> taskNames(int count) {
    browser.waitFor(d -> d.findElements(By.cssSelector(TasklistBrowserIT.TASK_NAMES)).size() >= count);
    return browser.driver().findElements(By.cssSelector(TasklistBrowserIT.TASK_NAMES)).stream()
        .map(WebElement::getText).map(String::strip).toList();
  }
}
