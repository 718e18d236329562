package uk.oic.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.evidence.EvidenceEntry;
import uk.oic.actionplan.evidence.EvidenceFilter;
import uk.oic.actionplan.evidence.EvidenceKind;
import uk.oic.actionplan.evidence.EvidenceRegister;
import uk.oic.actionplan.identity.DemoUsers;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.plan.PlanStarter;
import uk.oic.actionplan.support.Browser;
import uk.oic.actionplan.web.EngineFailures;

/**
 * The whole loop in a real browser, as its people do it: an area owner submits a progress update in
 * Tasklist through its Camunda form, the force strategic lead accepts it, OPCC staff find the update,
 * its evidence and the area's new state on the dashboard, and Cockpit draws the plan's diagram.
 *
 * <p>The default plan is started as the application starts it on a first start; area 1's delivery
 * plan is agreed through the engine API (as its owner and the lead), so the browser starts at the
 * first progress update. Each step leaves a screenshot ({@code target/screenshots/e2e-*.png}) and the
 * page's HTML beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "oic.test.application=e2e")
@ActiveProfiles("test")
class EndToEndBrowserIT {

  static final String PLAN_ID = "hiow-oic-2025";
  static final String AREA_1_KEY = PLAN_ID + "/area-1";
  static final String AREA_1_NAME = "Leadership, governance and prioritisation";
  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String TASK_LINKS = "ol.tasks-list li.task h4.task a";

  static final String OWNER = "area1.owner";
  static final String LEAD = "strategic.lead";
  static final String OPCC = "opcc.officer";

  static final String NARRATIVE = "OIC written into the force control strategy; the Force Executive Board agreed it";
  static final String BLOCKERS = "Analyst post still vacant";
  static final String EVIDENCE_REFERENCE = "FEB minutes 2026-11-20, item 4";
  static final String REVIEW_COMMENT = "Accepted: good progress, keep the analyst recruitment moving";

  @LocalServerPort int port;
  @Autowired PlanStarter planStarter;
  @Autowired PlanCatalog plans;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired EvidenceRegister evidenceRegister;

  private Browser browser;
  private String planInstanceId;

  @BeforeAll
  static void chromium() {
    Browser.assumeAvailable();
  }

  @BeforeEach
  void planRunningWithArea1DeliveryPlanAgreed() {
    // other tests in this JVM may have moved the engine clock; the browser lives in real time
    ClockUtil.reset();
    planInstanceId = planStarter.startIfNeverStarted(plans.find(PLAN_ID).orElseThrow()).orElseThrow();
    var today = LocalDate.now(ZoneOffset.UTC);
    as(OWNER, "area-1-owners", () -> taskService.complete(area1Task("Task_AgreeDeliveryPlan").getId(), Map.of(
        "deliveryPlanSummary", "Put OIC in the force priorities and resource it",
        "deliveryMilestones", "Control strategy amended; head of crime; " + today.plusDays(30)
            + "\nInvestigator posts funded; finance director; " + today.plusDays(60),
        "targetDate", today.plusDays(60).toString())));
    as(LEAD, "oic-strategic-lead", () -> taskService.complete(area1Task("Task_ApproveDeliveryPlan").getId(),
        Map.of("reviewDecision", "ACCEPT")));
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anUpdateSubmittedInTasklistAndAcceptedReachesTheDashboardWithItsEvidence() {
    try {
      ownerSubmitsTheProgressUpdateInTasklist();
      leadAcceptsTheUpdateInTasklist();
      opccStaffSeeTheUpdateItsEvidenceAndTheAreasNewStateOnTheDashboard();
      opccStaffSeeThePlansDiagramInCockpit();
      anOwnerWhoseUpdateWentInMeanwhileIsToldSoInTasklist();
    } catch (AssertionError | RuntimeException failure) {
      // the page as the failing step left it
      browser.screenshot("e2e-failed");
      throw failure;
    }
  }

  /** Two people at once: the owner's next update goes in from elsewhere while they fill it in Tasklist. */
  private void anOwnerWhoseUpdateWentInMeanwhileIsToldSoInTasklist() {
    var submit = area1Task("Task_SubmitProgressUpdate");
    browser.forgetSession().login(OWNER, DemoUsers.PASSWORD).go(TASKLIST);
    openTask(submit.getName());
    claim();
    var form = camundaForm();
    chooseOption(form, "RAG status", "Green: on track");
    type(form, "Progress (%)", "input", "60");
    type(form, "Narrative", "textarea", NARRATIVE);
    // meanwhile the same update goes in from elsewhere: another tab, a colleague, a program
    as(OWNER, "area-1-owners", () -> taskService.complete(submit.getId(), Map.of(
        "rag", "AMBER", "progressPercent", 40, "narrative", "Submitted from another tab a moment earlier")));

    click(browser.visible(By.cssSelector(".task-details button.btn-primary[ng-click='complete()']")));
    var page = browser.waitFor(d -> {
      var text = d.findElement(By.tagName("body")).getText();
      return text.contains(EngineFailures.LOST_RACE) ? text : null;
    });
    browser.screenshot("e2e-lost-race-told-in-tasklist");
    assertThat(page).doesNotContain("Exception", "ENGINE-");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(submit.getId()).finished().count())
        .as("the update went in once").isEqualTo(1);
    assertThat(taskService.getVariables(area1Task("Task_ReviewProgressUpdate").getId()))
        .containsEntry("rag", "AMBER").containsEntry("progressPercent", 40);
  }

  private void ownerSubmitsTheProgressUpdateInTasklist() {
    var submit = area1Task("Task_SubmitProgressUpdate");
    browser.login(OWNER, DemoUsers.PASSWORD).go(TASKLIST);
    openTask(submit.getName());
    browser.screenshot("e2e-01-owner-tasklist");

    claim();
    var form = camundaForm();
    assertThat(fieldValue(form, "Action area")).isEqualTo(AREA_1_NAME);
    assertThat(fieldValue(form, "Area deadline")).isEqualTo("30 April 2026");
    chooseOption(form, "RAG status", "Green: on track");
    type(form, "Progress (%)", "input", "60");
    type(form, "Narrative", "textarea", NARRATIVE);
    type(form, "Blockers", "textarea", BLOCKERS);
    type(form, "Evidence reference", "input", EVIDENCE_REFERENCE);
    browser.screenshot("e2e-02-owner-progress-update-filled");
    complete(submit.getName());
    browser.screenshot("e2e-03-owner-update-submitted");

    assertThat(taskService.createTaskQuery().taskId(submit.getId()).count()).as("submit task still open").isZero();
    var review = area1Task("Task_ReviewProgressUpdate");
    assertThat(taskService.getVariables(review.getId())).containsEntry("rag", "GREEN")
        .containsEntry("progressPercent", 60)
        .containsEntry("narrative", NARRATIVE)
        .containsEntry("blockers", BLOCKERS)
        .containsEntry("evidenceReference", EVIDENCE_REFERENCE)
        .containsEntry("readyForSignOff", false)
        .containsEntry("submittedBy", OWNER);
  }

  private void leadAcceptsTheUpdateInTasklist() {
    var review = area1Task("Task_ReviewProgressUpdate");
    browser.forgetSession().login(LEAD, DemoUsers.PASSWORD).go(TASKLIST);
    openTask(review.getName());
    claim();
    var form = camundaForm();
    assertThat(fieldValue(form, "Narrative")).isEqualTo(NARRATIVE);
    assertThat(fieldValue(form, "Submitted by")).isEqualTo(OWNER);
    browser.screenshot("e2e-04-lead-review-task");

    chooseRadio(form, "Decision", "Accept the update");
    type(form, "Comment", "textarea", REVIEW_COMMENT);
    browser.screenshot("e2e-05-lead-review-filled");
    complete(review.getName());
    browser.screenshot("e2e-06-lead-update-accepted");

    var area = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(AREA_1_KEY)
        .processDefinitionKey("oic-area").singleResult();
    assertThat(runtimeService.getVariables(area.getId())).containsEntry("lastRag", "GREEN")
        .containsEntry("lastProgressPercent", 60)
        .containsEntry("lastNarrative", NARRATIVE)
        .containsEntry("lastUpdateBy", OWNER)
        .containsEntry("lastReviewComment", REVIEW_COMMENT)
        .containsEntry("areaStatus", "IN_PROGRESS");
    var decision = historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .variableNameIn("reviewDecision", "reviewedBy", "reviewAccepted").list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    assertThat(decision).containsEntry("reviewDecision", "ACCEPT").containsEntry("reviewedBy", LEAD)
        .containsEntry("reviewAccepted", true);
    // not ready for sign-off: the next update is already waiting for the owner, in a new cycle
    assertThat(area1Task("Task_SubmitProgressUpdate").getProcessInstanceId()).isNotEqualTo(review.getProcessInstanceId());
    assertThat(progressEvidence()).singleElement().satisfies(entry -> {
      assertThat(entry.reference()).isEqualTo(EVIDENCE_REFERENCE);
      assertThat(entry.description()).isEqualTo(NARRATIVE);
      assertThat(entry.recordedBy()).isEqualTo(OWNER);
    });
  }

  private void opccStaffSeeTheUpdateItsEvidenceAndTheAreasNewStateOnTheDashboard() {
    var evidence = progressEvidence().get(0);
    browser.forgetSession().login(OPCC, DemoUsers.PASSWORD);
    var areaRow = inView(By.id("area-1"));
    browser.screenshot("e2e-07-opcc-dashboard-areas");
    assertThat(text(areaRow)).contains(AREA_1_NAME, "In progress", "Green", "60%", "area-1-owners", "by " + OWNER);
    assertThat(text(browser.visible(By.id("plan-" + PLAN_ID)))).contains("Chain intact");

    browser.go("/plans/" + PLAN_ID + "/areas/1");
    var summary = text(browser.visible(By.id("area-summary")));
    browser.screenshot("e2e-08-opcc-area-1-status");
    assertThat(summary).contains("Status In progress", "RAG Green", "Progress 60%", "by " + OWNER,
        "Latest narrative " + NARRATIVE, "Reviewer's comment " + REVIEW_COMMENT);

    var updates = text(inView(By.id("updates-table")));
    browser.screenshot("e2e-09-opcc-area-1-updates");
    assertThat(updates).contains("by " + OWNER, "Green", "60%", NARRATIVE, "Blockers: " + BLOCKERS,
        "Entry " + evidence.sequence(), "Reference: " + EVIDENCE_REFERENCE, REVIEW_COMMENT);

    // the update links to the register entry it was recorded as
    browser.visible(By.cssSelector("#updates-table a[href='#evidence-entry-" + evidence.sequence() + "']")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("#evidence-entry-" + evidence.sequence()));
    var entry = text(browser.visible(By.id("evidence-entry-" + evidence.sequence())));
    browser.screenshot("e2e-10-opcc-area-1-evidence");
    assertThat(entry).contains("PROGRESS_UPDATE", evidence.title(), "Reference: " + EVIDENCE_REFERENCE, "by " + OWNER);
    // the delivery plan agreed in set-up: the lead's decision, recorded as the lead's
    assertThat(text(browser.visible(By.xpath("//table[@id='evidence-table']//tr[contains(., 'Delivery plan approved')]"))))
        .contains("DECISION", "Delivery plan approved: " + AREA_1_NAME, "by " + LEAD);

    var history = text(inView(By.id("history-table")));
    browser.screenshot("e2e-11-opcc-area-1-history");
    assertThat(history).contains("Progress update accepted: Green, 60%",
        "Completed: Submit progress update: " + AREA_1_NAME, "Completed: Review progress update: " + AREA_1_NAME);
  }

  private void opccStaffSeeThePlansDiagramInCockpit() {
    browser.go(COCKPIT + "#/process-instance/" + planInstanceId + "/runtime");
    browser.visible(By.cssSelector("[data-element-id='CallActivity_ActionAreas']"));
    // Cockpit's runtime overlay: the nine areas and the assurance loop running
    var areasRunning = browser.visible(By.cssSelector(
        ".djs-overlays[data-container-id='CallActivity_ActionAreas'] .badge.instance-count"));
    browser.waitFor(d -> "9".equals(areasRunning.getText().strip()));
    browser.screenshot("e2e-12-opcc-cockpit-plan-instance");

    var shapes = browser.driver().findElements(By.cssSelector(".djs-container g.djs-shape[data-element-id]")).stream()
        .map(shape -> shape.getDomAttribute("data-element-id")).toList();
    assertThat(shapes).contains("Event_PlanStarted", "Task_PrepareAreas", "Gateway_StartPlan", "CallActivity_ActionAreas",
        "CallActivity_PccAssurance", "Gateway_PlanComplete", "Event_PlanDelivered");
    assertThat(browser.driver().findElement(By.cssSelector(
        ".djs-overlays[data-container-id='CallActivity_PccAssurance'] .badge.instance-count")).getText()).isEqualTo("1");
  }

  /** An element of a page, scrolled to the top of the window so the step's screenshot shows it. */
  private WebElement inView(By locator) {
    var element = browser.visible(locator);
    browser.script("arguments[0].scrollIntoView({block: 'start'});", element);
    return element;
  }

  // ---- Tasklist

  /** Finds the task by its name in the first filter and opens its form. */
  private void openTask(String name) {
    browser.waitFor(d -> d.findElements(By.cssSelector(TASK_LINKS)).stream().anyMatch(a -> name.equals(a.getText().strip())));
    browser.driver().findElements(By.cssSelector(TASK_LINKS)).stream()
        .filter(a -> name.equals(a.getText().strip())).findFirst().orElseThrow().click();
    browser.waitFor(d -> d.findElements(By.cssSelector(".task-details h2.task")).stream()
        .anyMatch(h -> h.getText().contains(name)));
  }

  private void claim() {
    click(browser.visible(By.cssSelector(".task-details button.claim")));
    browser.visible(By.cssSelector(".task-details .assignee"));
  }

  /** The task's Camunda form, once form-js has drawn it. */
  private WebElement camundaForm() {
    return browser.visible(By.cssSelector(".task-details form.fjs-form"));
  }

  /** An editable form-js field by its label; read-only context fields with the same label are skipped. */
  private WebElement field(WebElement form, String label) {
    var xpath = ".//div[contains(concat(' ', @class, ' '), ' fjs-form-field ')"
        + " and not(contains(@class, 'fjs-disabled'))]"
        + "[.//label[starts-with(normalize-space(.), '" + label + "')]]";
    return browser.waitFor(d -> form.findElements(By.xpath(xpath)).stream().findFirst().orElse(null));
  }

  private String fieldValue(WebElement form, String label) {
    var xpath = ".//div[contains(concat(' ', @class, ' '), ' fjs-form-field ')]"
        + "[.//label[starts-with(normalize-space(.), '" + label + "')]]//*[self::input or self::textarea]";
    return browser.waitFor(d -> form.findElements(By.xpath(xpath)).stream().findFirst()
        .map(e -> e.getDomProperty("value")).filter(v -> !v.isEmpty()).orElse(null));
  }

  /**
   * Types into a field and leaves it, then checks over two polls that form-js kept the text: it
   * debounces typing, and text typed at machine speed while it redraws the form after the previous
   * field can be dropped (the field empties again), so it is typed again, as a person would.
   */
  private void type(WebElement form, String label, String tag, String text) {
    var polls = new int[] {0};
    browser.waitFor(d -> {
      var input = field(form, label).findElement(By.tagName(tag));
      if (text.equals(input.getDomProperty("value"))) {
        return ++polls[0] >= 2;
      }
      polls[0] = 0;
      browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
      input.clear();
      input.sendKeys(text, Keys.TAB);
      return false;
    });
  }

  private void chooseOption(WebElement form, String label, String option) {
    var select = field(form, label);
    click(select.findElement(By.cssSelector(".fjs-input-group")));
    click(browser.waitFor(d -> select.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(item -> option.equals(item.getText().strip())).findFirst().orElse(null)));
    browser.waitFor(d -> select.getText().contains(option));
  }

  private void chooseRadio(WebElement form, String label, String option) {
    var radio = field(form, label).findElements(By.tagName("label")).stream()
        .filter(l -> option.equals(l.getText().strip())).findFirst().orElseThrow();
    click(radio);
  }

  /** Completes the open task; Tasklist then takes it off the list. */
  private void complete(String name) {
    click(browser.visible(By.cssSelector(".task-details button.btn-primary[ng-click='complete()']")));
    browser.waitFor(d -> d.findElements(By.cssSelector(TASK_LINKS)).stream().noneMatch(a -> name.equals(a.getText().strip()))
        && d.findElements(By.cssSelector(".task-details form.fjs-form")).isEmpty());
  }

  /** Clicks an element of the task's form, which scrolls inside its own pane, as a person would: in view first. */
  private void click(WebElement element) {
    // the pane may still be laying out the form as it loads: scroll and try again until the click lands
    browser.waitFor(d -> {
      browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
      try {
        element.click();
        return true;
      } catch (ElementClickInterceptedException covered) {
        return false;
      }
    });
  }

  // ---- engine

  private Task area1Task(String taskKey) {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(AREA_1_KEY).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("open task " + taskKey + " of area 1").isNotNull();
    return task;
  }

  private List<EvidenceEntry> progressEvidence() {
    var filter = new EvidenceFilter(PLAN_ID, null, 1, EvidenceKind.PROGRESS_UPDATE, null, null, null);
    return evidenceRegister.search(filter, null, 0, 100).entries();
  }

  private void as(String user, String group, Runnable work) {
    identityService.setAuthentication(user, List.of(group));
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String text(WebElement element) {
    return element.getText().replaceAll("\\s+", " ");
  }
}
