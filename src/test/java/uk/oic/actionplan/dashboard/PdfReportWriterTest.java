package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

  @Test
  void eachRecommendationWithItsStatusTheForcesActionsAndThePccsAssessmentDated() throws IOException {
    var text = text(PdfReportWriter.write(SampleReports.sample()));
    assertThat(text)
        .contains("Organised immigration crime action plan: progress report")
        .contains("Position as at 2 March 2026")
        .contains("Published by the Office of the Police and Crime Commissioner for Hampshire and Isle of Wight")
        .contains("Rec 4: Plans to collect, analyse and share OIC information")
        .contains("31 December 2025, revised to 27 February 2026")
        .contains("In progress, 3 days overdue")
        .contains("The force's actions")
        .contains("Intelligence collection plan, 20 February 2026: Draft plan shared")
        .contains("The PCC's assessment")
        .contains("25 February 2026: Challenged: the plan does not yet cover APMIS recording.")
        .contains("Rec 8: Hydra training for relevant personnel")
        .contains("No progress update has been accepted yet.")
        .contains("No assessment has been recorded yet.")
        .contains("Other action areas")
        // which parts are the inspection's and which the force's draft
        .contains("The recommendations, their text and deadlines are from the inspection.")
        .contains("The action areas, their target dates and targets are set by the force (draft).")
        .contains("The action areas are an illustrative draft derived from the inspection's themes")
        .contains("Target date, set by the force (draft)")
        .contains("Leadership, governance and prioritisation");
    // a published report names no individual
    assertThat(text).doesNotContain("area4.owner", "area1.owner");
  }

  @Test
  void saysSoWhenTheAssuranceRecordIsNotAvailable() throws IOException {
    var report = SampleReports.sample(Section.of(java.util.List.of()), Section.of(java.util.List.of()), null,
        "the assurance loop is not installed");
    var rec8 = report.recommendations().get(1);
    assertThat(rec8.pccAssessment()).isNull();
    assertThat(text(PdfReportWriter.write(report))).contains("The assurance record is not part of this report.");
  }

  @Test
  void carriesTitleAndAuthorForReadersAndSearch() throws IOException {
    var reader = new PdfReader(PdfReportWriter.write(SampleReports.sample()));
    try {
      assertThat(reader.getInfo().get("Title")).isEqualTo("Organised immigration crime action plan: progress report, 2 March 2026");
      assertThat(reader.getInfo().get("Author")).startsWith("Office of the Police and Crime Commissioner");
    } finally {
      reader.close();
    }
  }

  static String text(byte[] pdf) throws IOException {
    var reader = new PdfReader(pdf);
    try {
      var extractor = new PdfTextExtractor(reader);
      var text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      // lines wrap where the page ends them; join them so sentences can be found whole
      return text.toString().replaceAll("\\s*\\n\\s*", " ");
    } finally {
      reader.close();
    }
  }
}
