package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.oic.actionplan.kernel.Rag;

class ChartsTest {

  @Test
  void theTimelineIsWellFormedSvgWithATitleADescriptionAndEveryDate() throws Exception {
    var svg = Charts.timeline(SampleReports.sample(), "timeline");
    var doc = parse(svg);
    var root = doc.getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("timeline-title timeline-desc");
    assertThat(text(doc, "title")).isEqualTo("Timeline of deadlines, revised dates and today");
    assertThat(text(doc, "desc"))
        .contains("today's date, 2 Mar 2026")
        .contains("Rec 4: deadline 31 Dec 2025, revised to 27 Feb 2026, passed.")
        .contains("Rec 8: deadline 30 Apr 2026.")
        .contains("Area 1: deadline 30 Apr 2026.");
    // one circle per deadline, a diamond per revised date, a dashed line for today
    assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(1);
    assertThat(svg).contains("Today, 2 Mar 2026", "revised 27 Feb 2026", "stroke-dasharray=\"6 3\"");
  }

  @Test
  void theRagGridCarriesTheLetterInEverySquareNotOnlyItsColour() throws Exception {
    var grid = RagGrid.of(SampleReports.sample());
    var doc = parse(Charts.ragGrid(grid, "grid"));
    assertThat(text(doc, "desc")).contains("Area 4: Jan 2026 Red, Feb 2026 Amber, Mar 2026 Amber.")
        .contains("Area 7: no accepted update.");
    var letters = doc.getElementsByTagName("text");
    var shown = new java.util.ArrayList<String>();
    for (int i = 0; i < letters.getLength(); i++) {
      shown.add(letters.item(i).getTextContent());
    }
    assertThat(shown).contains("R", "A", "G", "-");
    assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(grid.rows().size() * grid.months().size());
  }

  @Test
  void theRagGridTakesEachMonthsLatestAcceptedUpdate() {
    var grid = RagGrid.of(SampleReports.sample());
    assertThat(grid.months()).first().isEqualTo(YearMonth.of(2025, 9));
    assertThat(grid.months()).last().isEqualTo(YearMonth.of(2026, 3));
    var area4 = grid.rows().stream().filter(r -> r.areaNumber() == 4).findFirst().orElseThrow();
    // Sep..Dec 2025 nothing, Jan red, Feb amber, Mar still amber
    assertThat(area4.cells()).containsExactly(null, null, null, null, Rag.RED, Rag.AMBER, Rag.AMBER);
  }

  @Test
  void trainingProgressShowsTheRateAgainstTheTargetInWordsToo() throws Exception {
    var area7 = SampleReports.sample().area(7).orElseThrow();
    var noFigures = new AreaRow(8, "OIC e-learning <four modules>", "area-8-owners", "rec-9", "Rec 9", null,
        "Planning", null, null, null, null, null, null, null, null, null,
        new TargetProgress("completion", 90, null, "no completion figures recorded yet",
            List.of(new TargetProgress.ModuleProgress("Module 1", 95), new TargetProgress.ModuleProgress("Module 2", null))),
        null);
    var svg = Charts.trainingProgress(List.of(area7, noFigures), "training");
    var doc = parse(svg);
    assertThat(text(doc, "desc"))
        .contains("Area 7: Hydra training: 45% against a target of 90%.")
        .contains("Area 8: OIC e-learning <four modules>: no figures yet against a target of 90%.")
        .contains("Module 1: 95% against a target of 90%.");
    assertThat(svg).contains("45% of 90%", "&lt;four modules&gt;");
  }

  private static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document doc, String tag) {
    return ((Element) doc.getElementsByTagName(tag).item(0)).getTextContent();
  }
}
