package uk.oic.actionplan.response;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the public page shows of one published version: its approved text, when and which version,
 * and the links to the other versions.
 */
public record PublishedPage(PublishedStatement statement, StatementContent content, boolean latest,
    List<PccResponses.Version> versions, ZoneId zone) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  public String title() {
    return content.kind().title() + ": " + content.planTitle();
  }

  public String publishedOn() {
    return MOMENT.format(statement.publishedAt().atZone(zone));
  }

  public String versionLine() {
    return "Version " + statement.version() + ", published " + publishedOn() + " (UK time)"
        + (latest ? "" : ". A later version has been published.");
  }

  /** ", published 22 May 2025" for the report, when known. */
  public String reportLine() {
    return content.reportPublishedOn() == null ? "" : ", report published " + DAY.format(content.reportPublishedOn());
  }

  public String day(java.time.LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public String publishedOn(PccResponses.Version version) {
    return MOMENT.format(version.publishedAt().atZone(zone));
  }

  public String pdfLink() {
    return latest ? "/published/" + statement.planId() + ".pdf"
        : "/published/" + statement.planId() + "/v/" + statement.version() + ".pdf";
  }
}
