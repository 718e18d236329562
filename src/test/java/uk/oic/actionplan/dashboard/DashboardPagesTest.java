package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The pages and downloads, over HTTP, for a report with every kind of content in it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardPagesTest {

  static final String PLAN = "/plans/hiow-oic-2025";

  @Autowired
  MockMvc mvc;

  @Autowired
  IdentityService identityService;

  @MockitoBean
  DashboardData data;

  @BeforeEach
  void aReport() {
    given(data.planIds()).willReturn(List.of("hiow-oic-2025"));
    given(data.report(eq("hiow-oic-2025"), anyString())).willReturn(Optional.of(SampleReports.sample()));
    given(data.summary(eq("hiow-oic-2025"), anyString())).willReturn(Optional.of(SampleReports.sample()));
    given(data.report(eq("no-such-plan"), anyString())).willReturn(Optional.empty());
    given(data.history(anyString(), any(), anyString())).willReturn(List.of(
        new HistoryEvent(LocalDateTime.of(2026, 2, 20, 14, 6), "oic.lead", "Completed: Review progress update",
            "reviewDecision: ACCEPTED", "Task", 4, "rec-4")));
  }

  @Test
  void theDashboardShowsEachRecommendationAreaEscalationLevelAndTheEvidenceCheck() throws Exception {
    var html = page("/");
    assertThat(html)
        .contains("OIC action plan dashboard")
        .contains("/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/")
        .contains("Rec 4: Plans to collect, analyse and share OIC information")
        .contains("3 days", "Challenged")
        .contains("Intelligence collection, analysis and sharing plan")
        .contains("area-4-owners", "by area4.owner")
        .contains("Open escalations by level of the escalation chain", "oic-strategic-lead")
        .contains("1 entries recorded.", "Chain intact");
    // RAG as a word inside a tag, never colour alone
    assertThat(html).containsPattern("govuk-tag govuk-tag--yellow\">Amber<");
    assertHeadingsInOrder(html);
    assertTablesHaveCaptionsAndScopes(html);
  }

  @Test
  void thePlanPageHasTheChartsWithTextAlternativesAndTheDownloads() throws Exception {
    var html = page(PLAN);
    assertThat(html)
        .contains("<svg", "role=\"img\"", "<title id=\"chart-timeline-title\">", "<desc id=\"chart-timeline-desc\">")
        .contains("id=\"chart-rag-grid\"", "id=\"chart-training\"")
        .contains("Deadlines and revised dates", "RAG of each area at the end of each month",
            "Training completion against target")
        .contains(PLAN + "/report.pdf", PLAN + "/export.xlsx", PLAN + "/export.csv?table=areas",
            PLAN + "/export.csv?table=escalations")
        .contains("Who did what and when", "Completed: Review progress update", "oic.lead");
    // the OPCC's grades of each recommendation's assurance, cycle by cycle
    assertThat(html).contains("id=\"grades-rec-4\"", "Cycle 1: Reasonable assurance (10 Jan 2026)",
        "Cycle 2: Limited assurance (25 Feb 2026)").doesNotContain("id=\"grades-rec-8\"");
    assertHeadingsInOrder(html);
    assertTablesHaveCaptionsAndScopes(html);
  }

  @Test
  void thePlanPageSaysTheAreasAreADraftAndWhichFiguresAreTheInspectionsAndWhichTheForces() throws Exception {
    var html = page(PLAN);
    var text = HtmlUtils.htmlUnescape(html);
    assertThat(html).contains("id=\"areas-draft-notice\"", "govuk-warning-text");
    assertThat(text)
        .contains("Draft action areas.")
        // the plan's note, which says the areas are an illustrative draft for the force to replace
        .contains(SampleReports.AREAS_NOTE)
        .contains("Recommendations, their text and deadlines: from the inspection.")
        .contains("Area names, outcomes, owner groups, target dates and targets: set by the force (draft).")
        // the recommendations' deadlines are the inspection's
        .contains("Deadline<br><span class=\"govuk-body-s\">from the inspection</span>")
        // the areas' deadlines: the inspection's through a recommendation, else the force's own date
        .containsPattern("(?s)id=\"area-4\".*?31 Dec 2025.*?from the inspection \\(Rec 4\\)")
        .containsPattern("(?s)id=\"area-1\".*<span>set by the force \\(draft\\)</span>.*id=\"area-4\"")
        // every target is the force's
        .contains("Target<br><span class=\"govuk-body-s\">set by the force (draft)</span>")
        .contains("100% findings-completed", "2024 peer-review findings completed")
        .contains("The targets are set by the force (draft); the inspection sets no percentage.");
    // the deadlines table: a recommendation's date is the inspection's, an area's own date the force's
    var deadlines = text.substring(text.indexOf("id=\"deadlines-table\""), text.indexOf("</table>", text.indexOf("id=\"deadlines-table\"")));
    assertThat(deadlines).containsPattern("(?s)Rec 4: Plans.*?<td class=\"govuk-table__cell\">from the inspection</td>")
        .containsPattern("(?s)Area 1: Leadership.*?<td class=\"govuk-table__cell\">set by the force \\(draft\\)</td>");
    assertHeadingsInOrder(html);
    assertTablesHaveCaptionsAndScopes(html);
  }

  @Test
  void aPlanWhoseAreasAreTheForcesOwnHasNoDraftNotice() throws Exception {
    given(data.report(eq("hiow-oic-2025"), anyString())).willReturn(Optional.of(SampleReports.withTheForcesOwnAreas()));
    given(data.summary(eq("hiow-oic-2025"), anyString())).willReturn(Optional.of(SampleReports.withTheForcesOwnAreas()));
    var text = HtmlUtils.htmlUnescape(page(PLAN));
    assertThat(text).doesNotContain("areas-draft-notice", "illustrative draft", "(draft)")
        .contains("Recommendations, their text and deadlines: from the inspection.")
        .contains("Area names, outcomes, owner groups, target dates and targets: set by the force.");
  }

  @Test
  void theDashboardSaysTheAreasAreADraftToo() throws Exception {
    var text = HtmlUtils.htmlUnescape(page("/"));
    assertThat(text).contains("id=\"areas-draft-notice\"", SampleReports.AREAS_NOTE,
        "Deadline<br><span class=\"govuk-body-s\">from the inspection</span>");
  }

  @Test
  void theAreaPageSaysWhoSetTheAreaItsDeadlineAndItsTarget() throws Exception {
    var area1 = HtmlUtils.htmlUnescape(page(PLAN + "/areas/1"));
    assertThat(area1)
        .contains("This area, its name, outcome, owner group and target are set by the force (draft).")
        .contains("The areas are an illustrative draft derived from the inspection's themes, for\n      the force to replace"
            + " with its own.")
        .contains("<span class=\"govuk-body-s\" id=\"deadline-source\">, set by the force (draft)</span>")
        .contains("Target: 100% findings-completed. Measured: None yet (no findings-completed figures recorded yet).")
        .contains("What is counted: 2024 peer-review findings completed. The target is set by the force (draft).");
    var area7 = HtmlUtils.htmlUnescape(page(PLAN + "/areas/7"));
    assertThat(area7).contains("<span class=\"govuk-body-s\" id=\"deadline-source\">, from the inspection (Rec 8)</span>")
        .contains("The target is set by the force (draft).");
  }

  @Test
  void theRecommendationPageShowsItsAreasAssessmentAndHistory() throws Exception {
    var html = page(PLAN + "/recommendations/rec-4");
    assertThat(html)
        .contains("Plans to collect, analyse and share OIC information")
        .contains("27 Feb 2026", "Challenged: the plan does not yet cover APMIS recording.")
        .contains("OPCC grades of assurance", "Cycle 1: Reasonable assurance (10 Jan 2026)",
            "Cycle 2: Limited assurance (25 Feb 2026)")
        .contains("Action areas that deliver Rec 4", "Evidence recorded for Rec 4", "Progress update: Rec 4")
        .contains("Who did what and when for Rec 4");
    assertHeadingsInOrder(html);
    assertTablesHaveCaptionsAndScopes(html);
  }

  @Test
  void theAreaPageShowsItsUpdatesEscalationsAndHistory() throws Exception {
    var html = page(PLAN + "/areas/4");
    assertThat(html)
        .contains("Intelligence collection, analysis and sharing plan")
        .contains("Accepted progress updates of this area", "+ started late")
        // an update with what stands in its way and a link to the register entry it was recorded as
        .contains("<strong>Blockers:</strong>", "FIB analyst capacity, &quot;two posts&quot;")
        .contains("href=\"#evidence-entry-1\"><span>Entry 1</span><span class=\"govuk-visually-hidden\"> in the evidence register</span></a>",
            "Reference: <span>DOC-17</span>", "id=\"evidence-entry-1\"")
        .contains("Area deadline: Intelligence collection plan (Rec 4)")
        .contains("Who did what and when in this area", "reviewDecision: ACCEPTED")
        // Rec 2's kind of wait: said as such, not as the owner's lateness
        .contains("Waiting on an outside body", "National MSOIC teams: the intelligence document form, since 2025-12-01, "
            + "last chased 2026-01-09 (not the owner&#39;s delay)");
    assertThat(page(PLAN + "/areas/7")).contains("Target: 90% completion. Measured: 45% (completion figures).",
        "id=\"chart-training\"").doesNotContain("Waiting on an outside body");
    assertHeadingsInOrder(html);
    assertTablesHaveCaptionsAndScopes(html);
  }

  @Test
  void sourcesThatAreNotInstalledSaySoOnThePage() throws Exception {
    given(data.report(eq("hiow-oic-2025"), anyString())).willReturn(Optional.of(SampleReports.sample(
        Section.notAvailable("the escalation log is not part of this installation yet"),
        Section.notAvailable("the evidence register is not part of this installation yet"), null,
        "the PCC assurance loop is not part of this installation yet")));
    given(data.summary(eq("hiow-oic-2025"), anyString())).willReturn(Optional.of(SampleReports.sample(
        Section.notAvailable("the escalation log is not part of this installation yet"),
        Section.notAvailable("the evidence register is not part of this installation yet"), null,
        "the PCC assurance loop is not part of this installation yet")));
    assertThat(page("/"))
        .contains("The escalation log is not available: the escalation log is not part of this installation yet")
        .contains("The evidence register is not available")
        .contains("Assurance state and discharge are not available");
    mvc.perform(get(PLAN + "/export.csv").param("table", "escalations").with(user("opcc.officer")))
        .andExpect(status().isNotFound());
  }

  @Test
  void unknownPlansRecommendationsAndAreasAreNotFound() throws Exception {
    mvc.perform(get("/plans/no-such-plan").with(user("opcc.officer"))).andExpect(status().isNotFound());
    mvc.perform(get(PLAN + "/recommendations/rec-99").with(user("opcc.officer"))).andExpect(status().isNotFound());
    mvc.perform(get(PLAN + "/areas/42").with(user("opcc.officer"))).andExpect(status().isNotFound());
  }

  @Test
  void csvDownloadsOneTableAsAnAttachmentThatReadsBack() throws Exception {
    var response = mvc.perform(get(PLAN + "/export.csv").param("table", "recommendations").with(user("opcc.officer")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"hiow-oic-2025-recommendations-2026-03-02.csv\""))
        .andReturn().getResponse();
    var rows = CsvWriterTest.parse(response.getContentAsByteArray());
    assertThat(rows.get(0)).startsWith("Recommendation", "Title", "Deadline");
    assertThat(rows.get(1)).startsWith("Rec 4", "Plans to collect, analyse and share OIC information", "2025-12-31",
        "2026-02-27", "3");
    // the register's digest is the last line of every CSV
    assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("Evidence register: intact (1 entries checked); " + SampleReports.DIGEST);
    for (var table : ReportTables.NAMES) {
      mvc.perform(get(PLAN + "/export.csv").param("table", table).with(user("opcc.officer")))
          .andExpect(status().isOk());
    }
    mvc.perform(get(PLAN + "/export.csv").param("table", "passwords").with(user("opcc.officer")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void xlsxDownloadsEveryTableAsASheet() throws Exception {
    var response = mvc.perform(get(PLAN + "/export.xlsx").with(user("opcc.officer")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(XlsxWriter.MEDIA_TYPE))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"hiow-oic-2025-tables-2026-03-02.xlsx\""))
        .andReturn().getResponse();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
      assertThat(workbook.getSheet("Register digest").getRow(1).getCell(0).getStringCellValue())
          .contains(SampleReports.DIGEST);
      assertThat(workbook.getSheet("Action areas").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("Leadership, governance and prioritisation");
    }
  }

  @Test
  void thePdfReportDownloadsAndReadsBack() throws Exception {
    var response = mvc.perform(get(PLAN + "/report.pdf").with(user("pcc")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"hiow-oic-2025-progress-report-2026-03-02.pdf\""))
        .andReturn().getResponse();
    assertThat(PdfReportWriterTest.text(response.getContentAsByteArray()))
        .contains("Rec 4: Plans to collect, analyse and share OIC information", "The PCC's assessment")
        .contains("Evidence register: intact", "ab".repeat(32));
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    for (var path : List.of("/", PLAN, PLAN + "/areas/4", PLAN + "/export.csv?table=areas", PLAN + "/report.pdf")) {
      mvc.perform(get(path).accept("text/html")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }
  }

  @Test
  void someoneInNoGroupOfThePlanSeesNoPlan() throws Exception {
    if (identityService.createUserQuery().userId("outsider").count() == 0) {
      var outsider = identityService.newUser("outsider");
      outsider.setPassword("outsider-password");
      identityService.saveUser(outsider);
    }
    assertThat(page("/", "outsider")).contains("You are not a member of any plan's groups");
    mvc.perform(get(PLAN).with(user("outsider"))).andExpect(status().isNotFound());
    mvc.perform(get(PLAN + "/report.pdf").with(user("outsider"))).andExpect(status().isNotFound());
  }

  private String page(String path) throws Exception {
    return page(path, "opcc.officer");
  }

  private String page(String path, String userId) throws Exception {
    return mvc.perform(get(path).with(user(userId)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/html"))
        .andReturn().getResponse().getContentAsString();
  }

  /** One h1, and no heading more than one level below the one before it. */
  static void assertHeadingsInOrder(String html) {
    var levels = Pattern.compile("<h([1-6])[ >]").matcher(html).results().map(m -> Integer.parseInt(m.group(1))).toList();
    assertThat(levels).first().isEqualTo(1);
    assertThat(levels.stream().filter(l -> l == 1).count()).isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %d after h%d", levels.get(i), levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
  }

  /** Every table has a caption; every header cell says whether it heads a row or a column. */
  static void assertTablesHaveCaptionsAndScopes(String html) {
    var tables = html.split("<table", -1);
    for (int i = 1; i < tables.length; i++) {
      var table = tables[i].substring(0, tables[i].indexOf("</table>"));
      assertThat(table).as("table %d", i).contains("<caption");
      // as many cells in each body row as there are column headers
      int columns = table.split("scope=\"col\"", -1).length - 1;
      var body = table.substring(table.indexOf("<tbody"));
      for (var row : body.split("<tr", -1)) {
        if (!row.contains("</tr>")) {
          continue;
        }
        int cells = (row.split("<t[dh][ >]", -1).length - 1);
        var spans = Pattern.compile("colspan=\"(\\d+)\"").matcher(row);
        while (spans.find()) {
          cells += Integer.parseInt(spans.group(1)) - 1;
        }
        assertThat(cells).as("cells in a row of table %d: %s", i, table.substring(0, Math.min(200, table.length())))
            .isEqualTo(columns);
      }
    }
    var headers = Pattern.compile("<th( [^>]*)?>").matcher(html).results().map(m -> m.group()).toList();
    assertThat(headers).isNotEmpty().allSatisfy(th -> assertThat(th).containsPattern("scope=\"(col|row)\""));
  }
}
