package uk.oic.actionplan.dashboard;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The progress report the PCC can publish: for each recommendation, what the inspection asked, its
 * deadline and status, the force's actions and the PCC's assessment, each dated. It names roles and
 * areas, not the people who typed the updates.
 */
final class PdfReportWriter {

  static final String MEDIA_TYPE = "application/pdf";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  // Helvetica is metric-compatible with Arial, the service's typeface, and needs no embedded font
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
  private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, new Color(0x50, 0x5a, 0x5f));
  private static final Font CELL_HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 9);

  private PdfReportWriter() {}

  static byte[] write(PlanReport report) {
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 56, 56, 56, 64);
    try {
      var writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(report));
      document.addTitle(report.title() + ": progress report, " + DAY.format(report.asOf()));
      document.addAuthor(report.oversight());
      document.addSubject(report.inspection());
      document.addCreator("OIC Action Plan Manager");
      document.open();
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));

      document.add(new Paragraph(report.title() + ": progress report", TITLE));
      document.add(spaced(new Paragraph("Position as at " + DAY.format(report.asOf()), HEADING), 6));
      document.add(spaced(new Paragraph(report.force() + ". Published by the " + report.oversight() + ".", BODY), 4));
      document.add(spaced(new Paragraph("Inspection: " + report.inspection() + ".", BODY), 4));
      document.add(spaced(new Paragraph(provenance(report), BODY), 4));
      document.add(spaced(new Paragraph("This report gives, for each recommendation, its deadline and status, what the "
          + "force reports it has done and the assessment of the Police and Crime Commissioner's office.", BODY), 12));

      document.add(summary(report));

      for (var rec : report.recommendations()) {
        recommendation(document, report, rec);
      }
      otherAreas(document, report);
      if (report.verification() != null) {
        // the digest lets a reader of this report check later that the register was not rewritten since
        document.add(spaced(new Paragraph(report.verification().exportLine(), SMALL), 12, 0));
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the progress report", e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
    return out.toByteArray();
  }

  /** Which parts are the inspection's and which the force's, and whether the areas are a draft. */
  static String provenance(PlanReport report) {
    return "The recommendations, their text and deadlines are " + report.inspectionLabel() + ". The action areas, "
        + "their target dates and targets are " + report.forceSetLabel() + "."
        + (report.areasDraft() ? " The action areas are an illustrative draft derived from the inspection's themes, "
            + "for the force to replace with its own." : "");
  }

  private static PdfPTable summary(PlanReport report) throws DocumentException {
    var table = new PdfPTable(new float[] {1.1f, 3.2f, 1.6f, 1.8f, 1.0f, 1.2f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (var head : List.of("Rec", "Title", "Deadline (" + report.inspectionLabel() + ")", "Status", "RAG", "Discharged")) {
      table.addCell(cell(head, CELL_HEAD));
    }
    for (var rec : report.recommendations()) {
      table.addCell(cell(rec.label(), CELL));
      table.addCell(cell(rec.title(), CELL));
      table.addCell(cell(deadline(rec), CELL));
      table.addCell(cell(status(rec), CELL));
      table.addCell(cell(rec.rag() == null ? "None yet" : rec.rag().label(), CELL));
      table.addCell(cell(rec.dischargedText(), CELL));
    }
    table.setSpacingAfter(12);
    return table;
  }

  private static void recommendation(Document document, PlanReport report, RecommendationRow rec) throws DocumentException {
    var heading = new Paragraph(rec.label() + ": " + rec.title(), HEADING);
    heading.setSpacingBefore(14);
    heading.setKeepTogether(true);
    document.add(heading);
    document.add(spaced(new Paragraph(rec.text(), BODY), 6));
    document.add(labelled("Deadline: ", deadline(rec)));
    document.add(labelled("Status: ", status(rec) + (rec.rag() == null ? "" : "; RAG " + rec.rag().label()
        + " (" + rec.rag().meaning().toLowerCase(Locale.UK) + ")")));
    if (rec.discharged() != null && rec.discharged()) {
      document.add(labelled("Discharged: ", rec.dischargedOn() == null ? "yes" : DAY.format(rec.dischargedOn())));
    }

    document.add(spaced(new Paragraph("The force's actions", SUBHEADING), 8, 2));
    if (rec.forceActions().isEmpty()) {
      document.add(new Paragraph("No progress update has been accepted yet.", BODY));
    }
    for (var action : rec.forceActions()) {
      var item = new Paragraph(action, BODY);
      item.setIndentationLeft(12);
      item.setSpacingAfter(3);
      document.add(item);
    }

    document.add(spaced(new Paragraph("The PCC's assessment", SUBHEADING), 8, 2));
    String assessment;
    if (rec.pccAssessment() != null) {
      assessment = (rec.assessedOn() == null ? "" : DAY.format(rec.assessedOn()) + ": ") + rec.pccAssessment();
    } else if (report.assuranceUnavailable() != null) {
      assessment = "The assurance record is not part of this report.";
    } else {
      assessment = "No assessment has been recorded yet.";
    }
    document.add(new Paragraph(assessment, BODY));
  }

  private static void otherAreas(Document document, PlanReport report) throws DocumentException {
    var others = report.areas().stream().filter(a -> a.recommendationId() == null).toList();
    if (others.isEmpty()) {
      return;
    }
    var heading = new Paragraph("Other action areas", HEADING);
    heading.setSpacingBefore(14);
    document.add(heading);
    document.add(spaced(new Paragraph("Areas of the plan that answer the inspection's wider findings rather than a "
        + "recommendation.", BODY), 6));
    var table = new PdfPTable(new float[] {0.6f, 3.0f, 1.6f, 1.6f, 1.0f, 1.0f, 1.7f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (var head : List.of("Area", "Name", "Target date, " + report.forceSetLabel(), "Status", "RAG", "Progress",
        "Last update")) {
      table.addCell(cell(head, CELL_HEAD));
    }
    for (var area : others) {
      table.addCell(cell(String.valueOf(area.number()), CELL));
      table.addCell(cell(area.name(), CELL));
      table.addCell(cell(area.deadline() == null ? "-" : DAY.format(area.deadline()), CELL));
      table.addCell(cell(area.status(), CELL));
      table.addCell(cell(area.rag() == null ? "None yet" : area.rag().label(), CELL));
      table.addCell(cell(area.progressPercent() == null ? "-" : area.progressPercent() + "%", CELL));
      table.addCell(cell(area.lastUpdateAt() == null ? "None yet" : DAY.format(area.lastUpdateAt()), CELL));
    }
    document.add(table);
  }

  static String deadline(RecommendationRow rec) {
    var text = DAY.format(rec.deadline());
    if (rec.revisedDeadline() != null) {
      text += ", revised to " + DAY.format(rec.revisedDeadline());
    }
    return text;
  }

  static String status(RecommendationRow rec) {
    if (rec.overdue()) {
      var days = rec.daysOverdue() + (rec.daysOverdue() == 1 ? " day" : " days") + " overdue";
      return EngineDashboardData.OVERDUE.equals(rec.status())
          ? days.substring(0, 1).toUpperCase(Locale.UK) + days.substring(1)
          : rec.status() + ", " + days;
    }
    return rec.status();
  }

  private static Paragraph labelled(String label, String value) {
    var paragraph = new Paragraph();
    paragraph.add(new Chunk(label, SUBHEADING));
    paragraph.add(new Chunk(value, BODY));
    paragraph.setSpacingAfter(2);
    return paragraph;
  }

  private static PdfPCell cell(String text, Font font) {
    var cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(4);
    if (font == CELL_HEAD) {
      cell.setBackgroundColor(new Color(0xf3, 0xf2, 0xf1));
    }
    return cell;
  }

  private static Paragraph spaced(Paragraph paragraph, float after) {
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private static Paragraph spaced(Paragraph paragraph, float before, float after) {
    paragraph.setSpacingBefore(before);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  /** The date of the position and the page number on every page. */
  private static final class Footer extends PdfPageEventHelper {
    private final String text;

    Footer(PlanReport report) {
      this.text = report.title() + ", position as at " + DAY.format(report.asOf());
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      var line = new Phrase(text + "  |  page " + writer.getPageNumber(), SMALL);
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, line,
          document.left(), document.bottom() - 24, 0);
    }
  }

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
