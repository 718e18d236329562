package uk.oic.actionplan.dashboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), in UTF-8 with a byte-order mark so that Excel reads
 * the accents right.
 *
 * <p>Text that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
 * return) is prefixed with an apostrophe, so a narrative such as "=HYPERLINK(...)" typed into a form
 * stays text when OPCC staff open the export. Numbers are written as they are.
 */
final class CsvWriter {

  static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CsvWriter() {}

  static byte[] write(Table table) {
    var text = new StringBuilder();
    line(text, List.copyOf(table.headers()));
    for (var row : table.rows()) {
      line(text, row);
    }
    var out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void line(StringBuilder text, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(field(cells.get(i)));
    }
    text.append("\r\n");
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text;
    if (value instanceof Number || value instanceof Boolean) {
      text = value.toString();
    } else if (value instanceof LocalDate date) {
      text = date.toString();
    } else if (value instanceof LocalDateTime time) {
      text = DATE_TIME.format(time);
    } else {
      text = neutralise(value.toString());
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** Keeps text from being read as a formula (OWASP "CSV injection"). */
  static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
