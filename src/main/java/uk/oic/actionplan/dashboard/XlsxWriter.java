package uk.oic.actionplan.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables as an Excel workbook, one sheet per table: a bold header row that stays in view,
 * numbers as numbers and dates as dates, so people can sort and filter. Text is always a text cell,
 * so nothing typed into a form can become a formula.
 */
final class XlsxWriter {

  static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final int MAX_TEXT = 32_767;

  private XlsxWriter() {}

  static byte[] write(List<Table> tables) {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var font = workbook.createFont();
      font.setBold(true);
      var header = workbook.createCellStyle();
      header.setFont(font);
      var helper = workbook.getCreationHelper();
      var date = workbook.createCellStyle();
      date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
      var dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      for (var table : tables) {
        var sheet = workbook.createSheet(table.title().length() > 31 ? table.name() : table.title());
        var head = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
          var cell = head.createCell(c);
          cell.setCellValue(table.headers().get(c));
          cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        if (table.unavailable() != null) {
          sheet.createRow(1).createCell(0).setCellValue("Not available: " + table.unavailable());
        }
        int r = 1;
        for (var values : table.rows()) {
          fill(sheet.createRow(r++), values, date, dateTime);
        }
        for (int c = 0; c < table.headers().size(); c++) {
          sheet.setColumnWidth(c, 20 * 256);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the workbook", e);
    }
  }

  private static void fill(Row row, List<Object> values, CellStyle date, CellStyle dateTime) {
    for (int c = 0; c < values.size(); c++) {
      var value = values.get(c);
      if (value == null) {
        continue;
      }
      var cell = row.createCell(c);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof LocalDate day) {
        cell.setCellValue(day);
        cell.setCellStyle(date);
      } else if (value instanceof LocalDateTime time) {
        cell.setCellValue(time);
        cell.setCellStyle(dateTime);
      } else if (value instanceof Boolean flag) {
        cell.setCellValue(flag);
      } else {
        var text = value.toString();
        cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
      }
    }
  }
}
