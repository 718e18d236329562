package uk.oic.actionplan.assurance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Only OPCC staff start cycles or reopen recommendations; everyone logged in reads the status. */
class AssuranceApiTest extends AssuranceProcessTestSupport {

  static final String CYCLES = "/api/plans/hiow-oic-2025/assurance-cycles";

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void opccStaffStartACycleOnDemand_othersAreRefused() throws Exception {
    mvc.perform(post(CYCLES).with(csrf())).andExpect(status().isUnauthorized());
    mvc.perform(post(CYCLES).with(csrf()).with(httpBasic(OPCC, "demo")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Assurance loop not running"));

    startLoop();
    mvc.perform(post(CYCLES).with(csrf()).with(httpBasic(LEAD, "demo")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.title").value("OPCC staff only"))
        .andExpect(jsonPath("$.detail").value("Only members of 'opcc-staff' may start assurance cycles or reopen recommendations."));
    mvc.perform(post("/api/plans/no-such-plan/assurance-cycles").with(csrf()).with(httpBasic(OPCC, "demo")))
        .andExpect(status().isNotFound());

    mvc.perform(post(CYCLES).with(csrf()).with(httpBasic(OPCC, "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Before the March accountability meeting\"}"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.cycleNumber").value(1))
        .andExpect(jsonPath("$.recommendationIds.length()").value(4));
    org.assertj.core.api.Assertions.assertThat(evidence.get(0).description())
        .isEqualTo("Assurance cycle 1 started on demand by opcc.officer (Before the March accountability meeting) "
            + "for Rec 2, Rec 4, Rec 8, Rec 9.");
    mvc.perform(post(CYCLES).with(csrf()).with(httpBasic(PCC, "demo")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Assurance cycle already running"));

    mvc.perform(get("/api/plans/hiow-oic-2025/assurance").with(httpBasic(LEAD, "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("RUNNING"))
        .andExpect(jsonPath("$.cycleRunning").value(true))
        .andExpect(jsonPath("$.recommendations[2].label").value("Rec 8"))
        .andExpect(jsonPath("$.recommendations[2].discharged").value(false))
        .andExpect(jsonPath("$.recommendations[2].openTasks[0]").value("Request assurance: Rec 8 (cycle 1)"));
  }

  @Test
  void reopeningNeedsOpccStaffAndAReason() throws Exception {
    startLoop();
    var reopen = "/api/plans/hiow-oic-2025/recommendations/rec-2/reopenings";
    mvc.perform(post(reopen).with(csrf()).with(httpBasic(PCC, "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("reason: give the reason for reopening Rec 2, for example new evidence of a lapse."));
    mvc.perform(post(reopen).with(csrf()).with(httpBasic(OPCC, "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"New audit shows a lapse\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("Rec 2 is not discharged, so there is nothing to reopen."));
    mvc.perform(post(reopen).with(csrf()).with(httpBasic(LEAD, "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"New audit shows a lapse\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/plans/nope/assurance").with(httpBasic(LEAD, "demo"))).andExpect(status().isNotFound());
  }

  @Test
  void theStatusGivesEachRecommendationsGradesOverTime() throws Exception {
    startLoop();
    assuranceLoop.requestCycle(PLAN, OPCC, null);
    request("rec-8");
    report("rec-8");
    mvc.perform(get("/api/plans/hiow-oic-2025/assurance").with(httpBasic(LEAD, "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recommendations[2].grades.length()").value(0));
    assure("rec-8", false);

    mvc.perform(get("/api/plans/hiow-oic-2025/assurance").with(httpBasic(LEAD, "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recommendations[2].label").value("Rec 8"))
        .andExpect(jsonPath("$.recommendations[2].grades.length()").value(1))
        .andExpect(jsonPath("$.recommendations[2].grades[0].cycleNumber").value(1))
        .andExpect(jsonPath("$.recommendations[2].grades[0].grade").value("SUBSTANTIAL"))
        .andExpect(jsonPath("$.recommendations[2].grades[0].label").value("Substantial assurance"))
        .andExpect(jsonPath("$.recommendations[2].grades[0].rationale")
            .value("Graded SUBSTANTIAL: the audits cover every team sampled."))
        .andExpect(jsonPath("$.recommendations[2].grades[0].gradedBy").value(OPCC))
        .andExpect(jsonPath("$.recommendations[2].grades[0].gradedAt").exists())
        .andExpect(jsonPath("$.recommendations[0].grades.length()").value(0));
  }
}
