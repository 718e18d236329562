package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

  @Test
  void oneSheetPerTableWithHeadersNumbersDatesAndText() throws IOException {
    var bytes = XlsxWriter.write(ReportTables.all(SampleReports.sample()));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
      assertThat(List.of(0, 1, 2, 3, 4)).map(i -> workbook.getSheetName(i)).containsExactly(
          "Recommendations", "Action areas", "Accepted progress updates", "Reminders and escalations",
          "Evidence register");

      var areas = workbook.getSheet("Action areas");
      assertThat(areas.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Area");
      assertThat(areas.getRow(0).getCell(0).getCellStyle().getFontIndex()).isPositive();
      assertThat(areas.getLastRowNum()).isEqualTo(3);
      var area4 = areas.getRow(2);
      assertThat(area4.getCell(0).getNumericCellValue()).isEqualTo(4.0);
      assertThat(area4.getCell(7).getNumericCellValue()).isEqualTo(60.0);
      assertThat(DateUtil.isCellDateFormatted(area4.getCell(9))).isTrue();
      assertThat(area4.getCell(13).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 2, 20, 14, 5));
      // typed text stays text: never a formula
      assertThat(area4.getCell(15).getCellType()).isEqualTo(CellType.STRING);
      assertThat(area4.getCell(15).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"click\")");
      assertThat(area4.getCell(16).getStringCellValue()).isEqualTo("Accepted; café line one,\nline two");

      var recs = workbook.getSheet("Recommendations");
      assertThat(recs.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Rec 4");
      assertThat(recs.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(3.0);
      assertThat(recs.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Not available");

      var escalations = workbook.getSheet("Reminders and escalations");
      assertThat(escalations.getRow(1).getCell(2).getStringCellValue()).startsWith("Area deadline");
      assertThat(escalations.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  @Test
  void aSourceThatIsNotAvailableSaysSoInItsSheet() throws IOException {
    var report = SampleReports.sample(Section.notAvailable("the escalation log is not installed"),
        Section.notAvailable("the evidence register is not installed"), null, "no assurance loop");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(ReportTables.all(report))))) {
      assertThat(workbook.getSheet("Evidence register").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Not available: the evidence register is not installed");
    }
  }
}
