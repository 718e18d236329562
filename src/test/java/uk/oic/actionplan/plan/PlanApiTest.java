package uk.oic.actionplan.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.oic.actionplan.support.ProcessTestSupport;

/** GET /api/plans and /api/plans/{id}: recommendations and areas with where each stands. */
class PlanApiTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;

  @BeforeEach
  void aRunningPlan() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("oic-action-plan").list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test set-up", true, true));
    runtimeService.startProcessInstanceByKey("oic-action-plan", PLAN_ID, vars("planId", PLAN_ID));
  }

  @Test
  void loginIsRequired() throws Exception {
    mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/plans/" + PLAN_ID)).andExpect(status().isUnauthorized());
  }

  @Test
  void theStrategicLeadSeesEachAreaWithStatusRagProgressNextDueAndLastUpdate() throws Exception {
    // area 1: delivery plan approved, one update accepted at 30 %, AMBER
    var area1 = PLAN_ID + "/area-1";
    completeByKey(area1, "Task_AgreeDeliveryPlan", vars("deliveryPlanSummary", "s", "deliveryMilestones", "m", "targetDate", "2026-03-31"));
    completeByKey(area1, "Task_ApproveDeliveryPlan", vars("reviewDecision", "ACCEPT"));
    identityService.setAuthentication("area1.owner", java.util.List.of("area-1-owners"));
    completeByKey(area1, "Task_SubmitProgressUpdate", vars("rag", "AMBER", "progressPercent", 30L, "narrative", "Board paper drafted",
        "readyForSignOff", false));
    identityService.clearAuthentication();
    completeByKey(area1, "Task_ReviewProgressUpdate", vars("reviewDecision", "ACCEPT"));

    mvc.perform(get("/api/plans/" + PLAN_ID).with(httpBasic("strategic.lead", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(PLAN_ID))
        .andExpect(jsonPath("$.state").value("RUNNING"))
        .andExpect(jsonPath("$.areas.length()").value(9))
        .andExpect(jsonPath("$.areas[0].number").value(1))
        .andExpect(jsonPath("$.areas[0].ownerGroup").value("area-1-owners"))
        .andExpect(jsonPath("$.areas[0].status").value("IN_PROGRESS"))
        .andExpect(jsonPath("$.areas[0].rag").value("AMBER"))
        .andExpect(jsonPath("$.areas[0].progressPercent").value(30))
        .andExpect(jsonPath("$.areas[0].lastUpdateBy").value("area1.owner"))
        .andExpect(jsonPath("$.areas[0].lastNarrative").value("Board paper drafted"))
        .andExpect(jsonPath("$.areas[0].lastUpdateAt").value(Matchers.startsWith("2026-01-12T09:00")))
        // 12 Jan 2026 is day 133 of the 241 from the plan's start (1 Sep 2025) to 30 Apr 2026: 55 % expected,
        // 30 % is more than 25 points behind
        .andExpect(jsonPath("$.areas[0].scheduleRag").value("RED"))
        // the earliest open task: the next update, due 20 working days on (9 Feb), before the own work (31 Mar)
        .andExpect(jsonPath("$.areas[0].nextDueDate").value(Matchers.startsWith("2026-02-10T00:00")))
        .andExpect(jsonPath("$.areas[0].overdue").value(false))
        .andExpect(jsonPath("$.areas[2].status").value("PLANNING"))
        .andExpect(jsonPath("$.areas[2].rag").doesNotExist())
        .andExpect(jsonPath("$.recommendations.length()").value(4))
        .andExpect(jsonPath("$.recommendations[0].label").value("Rec 2"))
        .andExpect(jsonPath("$.recommendations[0].deadline").value("2026-04-30"))
        .andExpect(jsonPath("$.recommendations[0].areas[0]").value(2))
        // Rec 4 was due 31 December 2025
        .andExpect(jsonPath("$.recommendations[1].label").value("Rec 4"))
        .andExpect(jsonPath("$.recommendations[1].status").value("OVERDUE"))
        .andExpect(jsonPath("$.areas[3].overdue").value(true));
  }

  @Test
  void signedOffAreasAndOverdueRecommendationsShowTheirStatus() throws Exception {
    var area1 = PLAN_ID + "/area-1";
    completeByKey(area1, "Task_AgreeDeliveryPlan", vars("deliveryPlanSummary", "s", "deliveryMilestones", "m", "targetDate", "2026-03-31"));
    completeByKey(area1, "Task_ApproveDeliveryPlan", vars("reviewDecision", "ACCEPT"));
    completeByKey(area1, "Task_RecordPriorityDecision", vars("decisionForum", "FEB", "decisionDate", "2026-01-20",
        "priorityDecision", "d", "priorityDecisionReference", "r"));
    completeByKey(area1, "Task_RecordResourcingAgreed", vars("resourcingPosts", 2L, "resourcingSummary", "s", "resourcingReference", "r"));
    completeByKey(area1, "Task_RecordFigures", vars("figuresAsAt", "2026-01-12", "peerReviewFindings", 10L,
        "findingsCompleted", 10L, "governanceOversight", "Regional governance board"));
    completeByKey(area1, "Task_SubmitProgressUpdate", vars("rag", "GREEN", "progressPercent", 100L, "narrative", "done", "readyForSignOff", true));
    completeByKey(area1, "Task_ReviewProgressUpdate", vars("reviewDecision", "ACCEPT"));
    // signed off the next day (other tests in this engine end area-1 instances at their fixed clock)
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(at(LocalDate.of(2026, 1, 13), 10));
    completeByKey(area1, "Task_SignOffArea", vars("reviewDecision", "SIGN_OFF", "reviewComment", "Delivered"));

    // after area 1's deadline (30 April 2026)
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(at(LocalDate.of(2026, 5, 6), 9));
    mvc.perform(get("/api/plans").with(httpBasic("opcc.officer", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(PLAN_ID))
        .andExpect(jsonPath("$[0].state").value("RUNNING"))
        .andExpect(jsonPath("$[0].areas[0].status").value("SIGNED_OFF"))
        .andExpect(jsonPath("$[0].areas[0].overdue").value(false))
        .andExpect(jsonPath("$[0].areas[0].scheduleRag").value("GREEN"))
        .andExpect(jsonPath("$[0].areas[0].nextDueDate").doesNotExist())
        .andExpect(jsonPath("$[0].areas[2].overdue").value(true))
        .andExpect(jsonPath("$[0].areas[2].scheduleRag").value("RED"))
        .andExpect(jsonPath("$[0].recommendations[2].label").value("Rec 8"))
        .andExpect(jsonPath("$[0].recommendations[2].status").value("OVERDUE"));
  }

  @Test
  void anAreaOwnerSeesThePlanButNotTheAreasTheEngineDoesNotLetThemRead() throws Exception {
    mvc.perform(get("/api/plans/" + PLAN_ID).with(httpBasic("area1.owner", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("NOT_VISIBLE"))
        .andExpect(jsonPath("$.areas[0].name").value("Leadership, governance and prioritisation"))
        .andExpect(jsonPath("$.areas[0].status").value("NOT_VISIBLE"))
        .andExpect(jsonPath("$.areas[0].rag").doesNotExist())
        .andExpect(jsonPath("$.recommendations[0].status").value("NOT_VISIBLE"));
  }

  @Test
  void thePlanSaysWhoSetWhatAndThatItsAreasAreADraft() throws Exception {
    mvc.perform(get("/api/plans/" + PLAN_ID).with(httpBasic("strategic.lead", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.provenance.areasDraft").value(true))
        .andExpect(jsonPath("$.provenance.areasNote").value(Matchers.containsString(
            "illustrative draft derived from the inspection's themes, for the force to replace with its own")))
        .andExpect(jsonPath("$.provenance.recommendations").value("inspection"))
        .andExpect(jsonPath("$.provenance.areas").value("force"))
        .andExpect(jsonPath("$.recommendations[*].source").value(Matchers.everyItem(Matchers.is("inspection"))))
        .andExpect(jsonPath("$.areas[*].setBy").value(Matchers.everyItem(Matchers.is("force"))))
        // area 1 has the force's own target date; area 2 the deadline of Rec 2
        .andExpect(jsonPath("$.areas[0].deadlineSetBy").value("force"))
        .andExpect(jsonPath("$.areas[1].deadlineSetBy").value("inspection"))
        .andExpect(jsonPath("$.areas[0].target.setBy").value("force"))
        .andExpect(jsonPath("$.areas[0].target.measure").value("findings-completed"))
        .andExpect(jsonPath("$.areas[0].target.percent").value(100))
        .andExpect(jsonPath("$.areas[0].target.description").value("2024 peer-review findings completed"))
        .andExpect(jsonPath("$.areas[2].target.measure").value("debrief-rate"))
        .andExpect(jsonPath("$.areas[2].target.percent").value(80))
        // a trend: an increase period on period, no percent
        .andExpect(jsonPath("$.areas[5].target.measure").value("disruptions-trend"))
        .andExpect(jsonPath("$.areas[5].target.percent").doesNotExist())
        .andExpect(jsonPath("$.areas[7].target.modules.length()").value(4))
        .andExpect(jsonPath("$.areas[7].target.modulesNote").value(Matchers.containsString(
            "the inspection does not name the four modules")));
  }

  @Test
  void whoSetWhatIsShownEvenToThoseWhoMayNotSeeTheAreasProgress() throws Exception {
    mvc.perform(get("/api/plans").with(httpBasic("area1.owner", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].provenance.areasDraft").value(true))
        .andExpect(jsonPath("$[0].areas[0].status").value("NOT_VISIBLE"))
        .andExpect(jsonPath("$[0].areas[0].setBy").value("force"))
        .andExpect(jsonPath("$[0].areas[0].target.percent").value(100));
  }

  @Test
  void anUnknownPlanIsNotFoundWithAProblemBody() throws Exception {
    mvc.perform(get("/api/plans/no-such-plan").with(httpBasic("strategic.lead", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.title").value("Plan not found"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("There is no plan with the id 'no-such-plan'"));
  }

  private void completeByKey(String businessKey, String taskKey, java.util.Map<String, Object> variables) {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    taskService.complete(task.getId(), variables);
  }
}
