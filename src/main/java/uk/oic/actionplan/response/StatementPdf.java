package uk.oic.actionplan.response;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/** A published statement as a PDF (OpenPDF, as the dashboard's progress report): the same text as the page. */
final class StatementPdf {

  static final String MEDIA_TYPE = "application/pdf";

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
  private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, new Color(0x50, 0x5a, 0x5f));

  private StatementPdf() {}

  static byte[] write(PublishedPage page) {
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      var writer = PdfWriter.getInstance(document, out);
      var content = page.content();
      document.addTitle(page.title());
      document.addAuthor(content.oversight());
      document.addSubject(content.inspection());
      document.addCreator("OIC Action Plan Manager");
      document.open();
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
      document.add(new Paragraph(page.title(), TITLE));
      document.add(spaced(new Paragraph(page.versionLine(), SMALL), 4, 8));
      document.add(spaced(new Paragraph("Inspection: " + content.inspection() + page.reportLine(), BODY), 0, 4));
      document.add(spaced(new Paragraph("From: " + content.oversight(), BODY), 0, 10));
      if (content.pccComments() != null) {
        document.add(spaced(new Paragraph("The PCC's comments", HEADING), 6, 4));
        document.add(spaced(new Paragraph(content.pccComments(), BODY), 0, 8));
      }
      for (var rec : content.recommendations()) {
        document.add(spaced(new Paragraph(rec.label() + ": " + rec.title(), HEADING), 10, 4));
        document.add(spaced(new Paragraph(rec.text(), BODY), 0, 6));
        document.add(new Paragraph("The PCC's response", SUBHEADING));
        document.add(spaced(new Paragraph(rec.pccResponse() == null ? "" : rec.pccResponse(), BODY), 0, 6));
        if (rec.forceSteps() != null) {
          document.add(new Paragraph("The force's steps", SUBHEADING));
          document.add(spaced(new Paragraph(rec.forceSteps(), BODY), 0, 6));
        }
      }
      document.add(spaced(new Paragraph("Content SHA-256: " + page.statement().contentHash(), SMALL), 12, 0));
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the published statement", e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
    return out.toByteArray();
  }

  private static Paragraph spaced(Paragraph paragraph, float before, float after) {
    paragraph.setSpacingBefore(before);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }
}
