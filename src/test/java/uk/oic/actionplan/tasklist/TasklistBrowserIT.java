package uk.oic.actionplan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
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
import uk.oic.actionplan.identity.DemoUsers;
import uk.oic.actionplan.support.Browser;

/**
 * Tasklist, Cockpit and Admin as their users meet them, in headless Chromium. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>An application of its own (the property only sets it apart from other tests' cached ones),
 * so the task lists hold exactly this test's tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "oic.test.application=tasklist-browser")
@ActiveProfiles("test")
class TasklistBrowserIT {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String ADMIN = "/camunda/app/admin/default/";
  /** Where the webapps' "My profile" leads. */
  static final String WELCOME = "/camunda/app/welcome/default/";
  static final String TASK_NAMES = "ol.tasks-list li.task h4.task a";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

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
  void anAreaOwnerFindsTheirAreasTasksFirstMostUrgentFirstAndNoOtherAreas() {
    browser.login("area1.owner", DemoUsers.PASSWORD).go(TASKLIST);

    var filters = filterNames();
    assertThat(filters).first().isEqualTo(TasklistFilters.MY_AREA);
    assertThat(filters).doesNotContain(TasklistFilters.ALL_OPEN);
    var tasks = taskNames(3);
    browser.screenshot("tasklist-area1-owner-my-area");

    assertThat(tasks).containsExactly(
        TasklistCheckTasks.AREA_1_CHALLENGE.taskName(),
        TasklistCheckTasks.AREA_1_UPDATE.taskName(),
        TasklistCheckTasks.AREA_1_PLAN.taskName());
    assertThat(String.join("\n", tasks)).doesNotContain(TasklistCheckTasks.AREA_2);
    // the first card has plan, area and recommendation (the third behind the card's "more" arrow)
    var firstCard = browser.visible(By.cssSelector("ol.tasks-list li.task [cam-tasklist-variables]"))
        .getDomProperty("textContent");
    assertThat(firstCard).contains("Plan", TasklistCheckTasks.PLAN_TITLE, "Area", TasklistCheckTasks.AREA_1,
        "Recommendation", "No recommendation");
    assertBranded("Tasklist");
  }

  @Test
  void opccStaffHaveAFilterOfAllOpenTasks() {
    browser.login("opcc.officer", DemoUsers.PASSWORD).go(TASKLIST);

    assertThat(filterNames()).contains(TasklistFilters.ALL_OPEN).first().isEqualTo(TasklistFilters.MY_TEAM);
    browser.visible(By.xpath("//*[contains(@class,'task-filter')]//*[normalize-space(text())='"
        + TasklistFilters.ALL_OPEN + "']")).click();
    var tasks = taskNames(TasklistCheckTasks.ALL.size());
    browser.screenshot("tasklist-opcc-all-open");

    assertThat(tasks).containsExactly(TasklistCheckTasks.AREA_1_CHALLENGE.taskName(),
        TasklistCheckTasks.AREA_2_UPDATE.taskName(), TasklistCheckTasks.AREA_1_UPDATE.taskName(),
        TasklistCheckTasks.AREA_1_PLAN.taskName());
    assertBranded("Tasklist");
  }

  @Test
  void noWebappShowsTheVendorBannerOrTheVendorAsTheProduct() {
    browser.login(DemoUsers.ADMIN_ID, DemoUsers.PASSWORD);
    for (var app : List.of(TASKLIST, COCKPIT, ADMIN, WELCOME)) {
      browser.go(app);
      var name = app.split("/")[3];
      browser.visible(By.cssSelector("[cam-widget-header] .brand-name"));
      browser.screenshot("webapp-" + name + "-as-admin");
      assertBranded(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
  }

  @Test
  void tasklistLinksToTheEvidencePage() {
    browser.login("area1.owner", DemoUsers.PASSWORD).go(TASKLIST);

    var link = browser.visible(By.cssSelector("li.oic-attach-evidence a"));

    assertThat(link.getText()).isEqualTo("Attach evidence");
    assertThat(link.getAttribute("href")).isEqualTo(browser.url("/evidence/new"));
  }

  @Test
  void aWebappsOwnLoginViewSendsTheBrowserToTheApplicationsLoginPage() {
    browser.login("area1.owner", DemoUsers.PASSWORD).go(TASKLIST + "#/login");

    browser.waitFor(d -> d.getCurrentUrl().equals(browser.url("/login")));
    browser.screenshot("tasklist-login-view-redirected");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
  }

  @Test
  void loggingOutOfAWebappEndsTheSessionOnTheApplicationsLoginPage() {
    browser.login("area1.owner", DemoUsers.PASSWORD).go(TASKLIST);

    browser.visible(By.cssSelector("li.account .dropdown-toggle")).click();
    browser.visible(By.cssSelector("li.account li.logout a")).click();

    browser.waitFor(d -> d.getCurrentUrl().startsWith(browser.url("/login")));
    browser.go(TASKLIST).waitFor(d -> d.getCurrentUrl().startsWith(browser.url("/login")));
    browser.screenshot("tasklist-logged-out");
  }

  /** The filter names in Tasklist's order, once the filters have loaded. */
  private List<String> filterNames() {
    browser.waitFor(d -> !d.findElements(By.cssSelector(".task-filter h4.name a")).isEmpty());
    // the name without the task counter that follows it
    @SuppressWarnings("unchecked")
    var names = (List<String>) browser.script(
        "return Array.from(document.querySelectorAll('.task-filter h4.name a'))"
            + ".map(a => a.firstChild.textContent.trim());");
    return names;
  }

  /** The task names in the list, once at least {@code count} have loaded. */
  private List<String> taskNames(int count) {
    browser.waitFor(d -> d.findElements(By.cssSelector(TASK_NAMES)).size() >= count);
    return browser.driver().findElements(By.cssSelector(TASK_NAMES)).stream()
        .map(WebElement::getText).map(String::strip).toList();
  }

  private void assertBranded(String app) {
    var driver = browser.driver();
    browser.waitFor(d -> d.getTitle().startsWith("OIC Action Plan Manager"));
    // Cockpit adds the page: "OIC Action Plan Manager Cockpit | Dashboard"
    assertThat(driver.getTitle()).startsWith("OIC Action Plan Manager " + app).doesNotContain("Camunda");
    assertThat(driver.findElement(By.cssSelector("[cam-widget-header] .brand-name")).getText())
        .isEqualTo("OIC Action Plan Manager " + app);
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("migrate to Camunda");
  }
}
