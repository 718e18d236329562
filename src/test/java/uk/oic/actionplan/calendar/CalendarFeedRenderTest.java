package uk.oic.actionplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import uk.oic.actionplan.kernel.CalendarProperties;

/** The feed's text: valid iCalendar that reads back as written, whatever the text of an item holds. */
class CalendarFeedRenderTest {

  static final Instant NOW = Instant.parse("2026-03-02T10:15:30.250Z");
  final CalendarFeed feed = new CalendarFeed(new CalendarProperties(ZoneId.of("Europe/London"), List.of()),
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void textWithCommasSemicolonsAndLinesReadsBackAsWritten() throws Exception {
    var description = "Rec 2: By 30 April 2026, chief constables; should make sure\nPlan: OIC (Hampshire)\n"
        + "https://oic.example/plans/p?x=1&y=2" + " long text".repeat(20);
    var body = feed.render(List.of(new DueDate("deadline-p-rec-2@oic-action-plan", "Rec 2 deadline: A, B; C",
        description, LocalDate.of(2026, 4, 30), null, "https://oic.example/plans/p")));

    assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTAMP:20260302T101530Z\r\n")
        .contains("DTSTART;VALUE=DATE:20260430\r\n").contains("DTEND;VALUE=DATE:20260501\r\n")
        .contains("TRANSP:TRANSPARENT").doesNotContain("VTIMEZONE")
        .contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n").contains("X-PUBLISHED-TTL:PT1H\r\n");
    assertThat(body.lines()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
    var calendar = new CalendarBuilder().build(new StringReader(body));
    var validation = calendar.validate(true);
    assertThat(validation.hasErrors()).as("the feed is valid iCalendar: %s", validation).isFalse();
    VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
    assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Rec 2 deadline: A, B; C");
    assertThat(event.getProperty(Property.DESCRIPTION).map(Property::getValue)).contains(description);
  }

  @Test
  void linesOfAccentedTextAreFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
    var summary = "Cynllun gweithredu Gwasanaeth Heddlu: adolygiad ôl-weithredu – ŵyr, ŷd, ë, ï, ö ".repeat(3) + "😀 end";
    var body = feed.render(List.of(new DueDate("deadline-p-rec-4@oic-action-plan", summary, null,
        LocalDate.of(2026, 4, 30), null, null)));
    assertThat(body.split("\r\n")).allSatisfy(line ->
        assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
    assertThat(body.split("\r\n")).filteredOn(line -> line.startsWith(" ")).hasSizeGreaterThan(2);
    var event = new CalendarBuilder().build(new StringReader(body)).<VEvent>getComponents(Component.VEVENT).get(0);
    assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue)).contains(summary);
  }

  @Test
  void aTimedItemCarriesTheZone() throws Exception {
    var body = feed.render(List.of(new DueDate("task-1@oic-action-plan", "Briefing", null, null,
        Instant.parse("2026-07-15T08:30:00Z"), null)));
    assertThat(body).contains("DTSTART;TZID=Europe/London:20260715T093000\r\n").contains("BEGIN:VTIMEZONE");
    assertThat(new CalendarBuilder().build(new StringReader(body)).validate(true).hasErrors())
        .as("the feed is valid iCalendar").isFalse();
  }

  @Test
  void zoneDefinitionsAreNeverFetchedFromTheNetwork() {
    assertThat(net.fortuna.ical4j.util.Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"))
        .contains("false");
  }

  @Test
  void theConfiguredAddressStartsTheUrls_elseTheRequests() {
    var configured = new CalendarFeedProperties(java.net.URI.create("https://oic.example.police.uk/"));
    assertThat(configured.baseUrlOr(() -> "http://10.0.0.1:8080")).isEqualTo("https://oic.example.police.uk");
    assertThat(new CalendarFeedProperties(null).baseUrlOr(() -> "http://localhost:8080")).isEqualTo("http://localhost:8080");
    assertThat(new CalendarFeedProperties(java.net.URI.create("")).baseUrlOr(() -> "http://localhost:8080"))
        .isEqualTo("http://localhost:8080");
  }
}
