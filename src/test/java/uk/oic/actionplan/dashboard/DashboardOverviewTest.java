package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.oic.actionplan.kernel.Rag;

/**
 * A reader of more plans than the overview shows in full (a region's or the country's) gets one line per
 * plan with its link, from one overview of all of them; a reader of a few gets each plan in full.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardOverviewTest {

  static final List<String> PLANS = List.of("hiow-oic-2025", "kent-oic-2025", "surrey-oic-2025", "sussex-oic-2025");

  @Autowired MockMvc mvc;
  @MockitoBean DashboardData data;
  @MockitoBean PlanAccess access;

  @Test
  void manyPlansAreOneLineEachWithTheirLinkAndTheRegistersLastCheck() throws Exception {
    given(access.readablePlans("pcc")).willReturn(PLANS);
    given(data.overview(PLANS, "pcc")).willReturn(List.of(
        new PlanOverview("hiow-oic-2025", "Hampshire OIC action plan", "Hampshire and Isle of Wight Constabulary",
            "RUNNING", 4, 1, 2, 9, 3, true, Map.of(Rag.GREEN, 3, Rag.AMBER, 2, Rag.RED, 1), 3, 5, 2, 1234L),
        new PlanOverview("kent-oic-2025", "Kent OIC action plan", "Kent Police", "NOT_STARTED", 4, 0, 0, 9, 0, false,
            Map.of(), 0, 0, 0, 0L)));
    given(data.lastVerification()).willReturn(new EvidenceSource.CheckedVerification(
        new Verification(true, 1234, null, null), LocalDateTime.of(2026, 1, 12, 9, 30)));

    var html = mvc.perform(get("/").with(user("pcc"))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();

    assertThat(html).contains("id=\"plans-overview\"", "href=\"/plans/hiow-oic-2025\"", "Hampshire OIC action plan",
        "1 of 4", "3 of 9", "3 green, 2 amber, 1 red, 3 no update yet", "5 (2)", "1234",
        "href=\"/plans/kent-oic-2025\"", "(not started)", "not visible to you", "Chain intact", "(checked 12 Jan 2026");
    verify(data, never()).summary(anyString(), anyString());
    verify(data, never()).report(anyString(), anyString());
  }

  @Test
  void aFewPlansAreShownInFull() throws Exception {
    given(access.readablePlans("pcc")).willReturn(List.of("hiow-oic-2025"));
    given(data.summary(eq("hiow-oic-2025"), eq("pcc"))).willReturn(Optional.of(SampleReports.sample()));

    var html = mvc.perform(get("/").with(user("pcc"))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();

    assertThat(html).doesNotContain("plans-overview").contains("Intelligence collection, analysis and sharing plan");
    verify(data, never()).overview(org.mockito.ArgumentMatchers.anyList(), anyString());
  }
}
