package uk.oic.actionplan.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import uk.oic.actionplan.identity.DemoUsers;
import uk.oic.actionplan.kernel.ProcessKeys;
import uk.oic.actionplan.support.Browser;
import uk.oic.actionplan.support.WebSession;

/**
 * The PCC's response in a real browser: OPCC staff draft it in Tasklist through its Camunda form, the
 * force's part is completed through the engine, the PCC approves it in Tasklist and it is published;
 * an anonymous browser finds nothing at {@code /published/<plan>} before, and only the approved text
 * after (never a draft).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "oic.test.application=pcc-response")
@ActiveProfiles("test")
class PublishedPageBrowserIT {

  static final String PLAN_ID = "hiow-oic-2025";
  static final String PAGE = "/published/" + PLAN_ID;
  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String TASK_LINKS = "ol.tasks-list li.task h4.task a";
  static final String DRAFT_NAME = "Draft the PCC's response to the inspection report: Organised immigration crime action plan";
  static final String APPROVE_NAME = "Approve the PCC's response to the inspection report: Organised immigration crime action plan";
  static final String PCC_SLOT_LABEL = "The PCC's response: the steps to be taken";

  static final String COMMENTS = "I welcome the HMICFRS report and will hold the Chief Constable to account for every recommendation.";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  private Browser browser;
  private String responseId;

  @BeforeAll
  static void chromium() {
    Browser.assumeAvailable();
  }

  @BeforeEach
  void responseDueAndNothingPublished() {
    // other tests in this JVM may have moved the engine clock; the browser lives in real time
    ClockUtil.reset();
    responseId = runtimeService.startProcessInstanceByKey(ProcessKeys.PCC_RESPONSE,
        ProcessKeys.pccResponseBusinessKey(PLAN_ID), Map.of("planId", PLAN_ID)).getId();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PCC_RESPONSE).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test finished"));
  }

  @Test
  void draftedAndApprovedInTasklistThenReadByAnyoneWithoutLogin() {
    anonymousFindsNothing("before anything is drafted");

    // OPCC staff draft in Tasklist: four recommendations shown, the two unused slots hidden
    browser.login("opcc.officer", DemoUsers.PASSWORD).go(TASKLIST);
    openTask(DRAFT_NAME);
    claim();
    var form = camundaForm();
    Boolean fourShown = browser.waitFor(d -> form.findElements(By.xpath(editable(PCC_SLOT_LABEL))).size() == 4 ? Boolean.TRUE : null);
    assertThat(fourShown).isTrue();
    assertThat(fieldValue(form, "Recommendation")).startsWith("Rec 2: Intelligence document for every NCCU referral");
    type(form, "The PCC's comments", 0, COMMENTS);
    for (int slot = 0; slot < 4; slot++) {
      type(form, PCC_SLOT_LABEL, slot, "Published step " + (slot + 1) + ": the PCC will seek quarterly assurance.");
    }
    browser.screenshot("pcc-response-01-draft-filled");
    complete(DRAFT_NAME);

    // the force's part, through the engine (the same form's fields)
    var force = new HashMap<String, Object>();
    for (int slot = 1; slot <= 4; slot++) {
      force.put("rec" + slot + "Force", "The force's steps for slot " + slot + ": audits and training.");
    }
    as("strategic.lead", () -> taskService.complete(task("Task_ContributeForceResponse").getId(), force));
    anonymousFindsNothing("while it awaits the PCC's approval");

    // the PCC approves in Tasklist, and it is published
    browser.forgetSession().login("pcc", DemoUsers.PASSWORD).go(TASKLIST);
    openTask(APPROVE_NAME);
    claim();
    var approve = camundaForm();
    assertThat(fieldValue(approve, "The PCC's comments")).isEqualTo(COMMENTS);
    chooseOption(approve, "Decision", "Approve and publish");
    browser.screenshot("pcc-response-02-pcc-approves");
    complete(APPROVE_NAME);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(responseId).count()).isZero();

    // a progress statement in draft must never show
    var statement = runtimeService.createMessageCorrelation("ProgressStatementRequested")
        .processInstanceBusinessKey(ProcessKeys.progressStatementBusinessKey(PLAN_ID)).setVariable("planId", PLAN_ID)
        .correlateStartMessage();
    var draft = new HashMap<String, Object>();
    draft.put("pccComments", "UNPUBLISHED progress statement comments, not approved");
    for (int slot = 1; slot <= 4; slot++) {
      draft.put("rec" + slot + "Pcc", "UNPUBLISHED progress on slot " + slot);
    }
    as("opcc.officer", () -> taskService.complete(taskService.createTaskQuery().processInstanceId(statement.getId())
        .taskDefinitionKey("Task_DraftPccResponse").singleResult().getId(), draft));

    browser.forgetSession().go(PAGE);
    var page = browser.visible(By.tagName("main")).getText();
    browser.screenshot("pcc-response-03-public-page");
    assertThat(page).contains("PCC response to the inspection report: Organised immigration crime action plan",
        "Version 1, published", COMMENTS, "Published step 3: the PCC will seek quarterly assurance.",
        "Rec 8: Hydra training for relevant personnel", "The force's steps for slot 4: audits and training.")
        .doesNotContain("UNPUBLISHED");
    assertThat(browser.driver().getCurrentUrl()).endsWith(PAGE);
    assertThat(browser.visible(By.id("pdf-link")).getDomAttribute("href")).isEqualTo(PAGE + ".pdf");
    assertThat(browser.visible(By.cssSelector("#versions a")).getDomAttribute("href")).isEqualTo(PAGE + "/v/1");
    var pdf = WebSession.anonymous(port).get(PAGE + ".pdf", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
  }

  private void anonymousFindsNothing(String when) {
    assertThat(WebSession.anonymous(port).get(PAGE, "text/html").statusCode()).as(when).isEqualTo(404);
    browser.forgetSession().go(PAGE);
    var text = browser.visible(By.tagName("main")).getText();
    assertThat(text).as(when).contains("Page not found").doesNotContain("Published step", COMMENTS);
    assertThat(browser.driver().getCurrentUrl()).as("no login asked " + when).endsWith(PAGE);
  }

  private Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(responseId).taskDefinitionKey(key).singleResult();
  }

  private void as(String user, Runnable action) {
    var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  // ---- Tasklist (as in EndToEndBrowserIT)

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

  private WebElement camundaForm() {
    return browser.visible(By.cssSelector(".task-details form.fjs-form"));
  }

  private static String editable(String label) {
    return ".//div[contains(concat(' ', @class, ' '), ' fjs-form-field ')"
        + " and not(contains(@class, 'fjs-disabled'))]"
        + "[.//label[starts-with(normalize-space(.), \"" + label + "\")]]";
  }

  private String fieldValue(WebElement form, String label) {
    var xpath = ".//div[contains(concat(' ', @class, ' '), ' fjs-form-field ')]"
        + "[.//label[starts-with(normalize-space(.), \"" + label + "\")]]//*[self::input or self::textarea]";
    return browser.waitFor(d -> form.findElements(By.xpath(xpath)).stream().findFirst()
        .map(e -> e.getDomProperty("value")).filter(v -> !v.isEmpty()).orElse(null));
  }

  /** Types into the index-th editable field with this label, and checks over two polls that form-js kept it. */
  private void type(WebElement form, String label, int index, String text) {
    var polls = new int[] {0};
    browser.waitFor(d -> {
      var fields = form.findElements(By.xpath(editable(label)));
      if (fields.size() <= index) {
        return false;
      }
      var input = fields.get(index).findElement(By.tagName("textarea"));
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
    var select = browser.waitFor(d -> form.findElements(By.xpath(editable(label))).stream().findFirst().orElse(null));
    click(select.findElement(By.cssSelector(".fjs-input-group")));
    click(browser.waitFor(d -> select.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(item -> option.equals(item.getText().strip())).findFirst().orElse(null)));
    browser.waitFor(d -> select.getText().contains(option));
  }

  private void complete(String name) {
    click(browser.visible(By.cssSelector(".task-details button.btn-primary[ng-click='complete()']")));
    browser.waitFor(d -> d.findElements(By.cssSelector(TASK_LINKS)).stream().noneMatch(a -> name.equals(a.getText().strip()))
        && d.findElements(By.cssSelector(".task-details form.fjs-form")).isEmpty());
  }

  private void click(WebElement element) {
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
}
