package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void startsWithAByteOrderMarkAndEndsEveryLineWithCrLf() {
    var bytes = CsvWriter.write(ReportTables.areas(SampleReports.sample()));
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("Area,Name,Recommendation,Owner group,").endsWith("\r\n");
  }

  @Test
  void readsBackToTheSameCellsWithQuotesCommasLineBreaksAndAccents() {
    var table = ReportTables.areas(SampleReports.sample());
    var rows = parse(CsvWriter.write(table));
    assertThat(rows).hasSize(1 + table.rows().size());
    assertThat(rows.get(0)).isEqualTo(table.headers());
    var area4 = rows.get(2);
    assertThat(area4).hasSize(table.headers().size());
    assertThat(area4.get(0)).isEqualTo("4");
    assertThat(area4.get(1)).isEqualTo("Intelligence collection, analysis and sharing plan");
    assertThat(area4.get(5)).isEqualTo("Amber");
    assertThat(area4.get(7)).isEqualTo("60");
    assertThat(area4.get(9)).isEqualTo("2026-03-20");
    assertThat(area4.get(13)).isEqualTo("2026-02-20 14:05");
    assertThat(area4.get(16)).isEqualTo("Accepted; café line one,\nline two");
  }

  @Test
  void eachAreaSaysWhoSetItItsDeadlineAndItsTarget() {
    var rows = parse(CsvWriter.write(ReportTables.areas(SampleReports.sample())));
    assertThat(rows.get(0).subList(17, 21)).containsExactly("Area", "Deadline from", "Target", "Target from");
    // area 1: the force's own target date and target
    assertThat(rows.get(1).subList(17, 21)).containsExactly("set by the force (draft)", "set by the force (draft)",
        "100% findings-completed", "set by the force (draft)");
    // area 4: the deadline of Rec 4, no target in the sample
    assertThat(rows.get(2).subList(17, 21)).containsExactly("set by the force (draft)", "from the inspection (Rec 4)", "", "");
    var recs = parse(CsvWriter.write(ReportTables.recommendations(SampleReports.sample())));
    assertThat(recs.get(0).get(12)).isEqualTo("Text and deadline");
    assertThat(recs.get(1).get(12)).isEqualTo("from the inspection");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
    var rows = parse(CsvWriter.write(ReportTables.areas(SampleReports.sample())));
    assertThat(rows.get(2).get(15)).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
    assertThat(rows.get(1).get(15)).isEqualTo("'-5 % budget risk noted");
    assertThat(rows.get(1).get(16)).isEqualTo("'@lead please check");
    var updates = parse(CsvWriter.write(ReportTables.updates(SampleReports.sample())));
    assertThat(updates.get(1).get(7)).isEqualTo("'+ started late");
    assertThat(updates.get(3).get(10)).isEqualTo("'=FEB minutes");
    assertThat(CsvWriter.field("\tcmd")).isEqualTo("'\tcmd");
  }

  @Test
  void eachUpdateHasItsBlockersAndTheEvidenceItWasRecordedAs() {
    var updates = parse(CsvWriter.write(ReportTables.updates(SampleReports.sample())));
    assertThat(updates.get(0).subList(9, 12)).containsExactly("Blockers", "Evidence reference", "Evidence entry");
    assertThat(updates.get(2).subList(9, 12)).containsExactly("FIB analyst capacity, \"two posts\"", "DOC-17", "1");
    assertThat(updates.get(1).subList(9, 12)).containsExactly("", "", "");
  }

  @Test
  void numbersAreNotTouchedEvenWhenNegative() {
    assertThat(CsvWriter.field(-3)).isEqualTo("-3");
    assertThat(CsvWriter.field(null)).isEmpty();
  }

  @Test
  void aTableWithoutRowsHasItsHeaderLineOnly() {
    var report = SampleReports.sample(Section.of(List.of()), Section.of(List.of()), null, null);
    var rows = parse(CsvWriter.write(ReportTables.escalations(report)));
    assertThat(rows).singleElement().asList().contains("Original due date", "Current due date", "Slips");
  }

  /** A strict RFC 4180 reader: what a spreadsheet program does with the file. */
  static List<List<String>> parse(byte[] bytes) {
    var text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    var rows = new ArrayList<List<String>>();
    var row = new ArrayList<String>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        assertThat(field).as("a quote may only open a field").isEmpty();
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        assertThat(text.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("a bare line feed outside quotes").isNotEqualTo('\n');
        field.append(c);
      }
    }
    assertThat(quoted).as("unterminated quote").isFalse();
    assertThat(row).as("the last line ends with CRLF").isEmpty();
    return rows;
  }
}
