package uk.oic.actionplan.dashboard;

import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Downloads of a plan: a table as CSV, all tables as a workbook, and the published progress report. */
@Controller
class ExportController {

  private final PlanAccess access;

  ExportController(PlanAccess access) {
    this.access = access;
  }

  @GetMapping("/plans/{planId}/export.csv")
  ResponseEntity<byte[]> csv(@PathVariable String planId, @RequestParam String table, Principal user) {
    var report = access.readable(planId, user);
    var chosen = ReportTables.named(report, table).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "table: must be one of " + String.join(", ", ReportTables.NAMES)));
    if (chosen.unavailable() != null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, chosen.title() + " not available: " + chosen.unavailable());
    }
    return download(withRegisterLine(CsvWriter.write(chosen), report), CsvWriter.MEDIA_TYPE, report, table, "csv");
  }

  @GetMapping("/plans/{planId}/export.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable String planId, Principal user) {
    var report = access.readable(planId, user);
    var tables = new java.util.ArrayList<>(ReportTables.all(report));
    if (report.verification() != null) {
      tables.add(new Table("register", "Register digest", java.util.List.of("Evidence register"),
          java.util.List.of(java.util.List.of(report.verification().exportLine())), null));
    }
    return download(XlsxWriter.write(tables), XlsxWriter.MEDIA_TYPE, report, "tables", "xlsx");
  }

  @GetMapping("/plans/{planId}/report.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String planId, Principal user) {
    var report = access.readable(planId, user);
    return download(PdfReportWriter.write(report), PdfReportWriter.MEDIA_TYPE, report, "progress-report", "pdf");
  }

  /** The register's state and digest as the CSV's last line, after an empty one, so every export carries it. */
  private static byte[] withRegisterLine(byte[] csv, PlanReport report) {
    if (report.verification() == null) {
      return csv;
    }
    var out = new java.io.ByteArrayOutputStream();
    out.writeBytes(csv);
    out.writeBytes(("\r\n" + CsvWriter.field(report.verification().exportLine()) + "\r\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** "hiow-oic-2025-areas-2026-03-02.csv": the plan, what, and the day of the position. */
  static String fileName(PlanReport report, String what, String extension) {
    return report.planId() + "-" + what + "-" + report.asOf() + "." + extension;
  }

  private static ResponseEntity<byte[]> download(byte[] body, String mediaType, PlanReport report, String what,
      String extension) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName(report, what, extension)).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
