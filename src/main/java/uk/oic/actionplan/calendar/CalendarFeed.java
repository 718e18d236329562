package uk.oic.actionplan.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * A user's due dates as an iCalendar feed (RFC 5545): one event per {@link DueDate}, on its day (an
 * all-day event: the product's due dates are days, due by the end of the day in the calendar's zone)
 * or at its time in that zone (with the zone's VTIMEZONE). Events are free time ({@code TRANSP:TRANSPARENT}):
 * a due date marks a day, it does not fill it.
 */
@Component
class CalendarFeed {

  static final String PRODUCT = "-//OIC action plan manager//Calendar of due dates//EN";
  static final String NAME = "OIC action plan: due dates";
  static final Duration REFRESH = Duration.ofHours(1);

  private final ZoneId zone;
  private final Clock clock;
  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

  CalendarFeed(CalendarProperties calendar, Clock engineClock) {
    this.zone = calendar.zone();
    this.clock = engineClock;
  }

  String render(List<DueDate> dates) {
    var stamp = new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    var calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    // no METHOD: the feed is a calendar to subscribe to, not an iTIP message (whose PUBLISH would
    // require an organizer on every event)
    calendar.add(new XProperty("X-WR-CALNAME", NAME));
    calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    calendar.add(new Name(NAME));
    // how often calendar programs should read it again (RFC 7986, and Outlook's own property)
    calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
    calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
    if (dates.stream().anyMatch(date -> date.at() != null)) {
      calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
    }
    for (var date : dates) {
      VEvent event;
      if (date.day() != null) {
        event = new VEvent(date.day(), date.day().plusDays(1), date.summary());
      } else {
        event = new VEvent(date.at().atZone(zone), date.summary());
      }
      event.replace(stamp);
      event.add(new Uid(date.uid()));
      event.add(ImmutableTransp.TRANSPARENT);
      if (date.description() != null) {
        event.add(new Description(date.description()));
      }
      if (date.link() != null) {
        event.add(new Url(URI.create(date.link())));
      }
      calendar.add(event);
    }
    var out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return foldByOctets(out.toString());
  }

  /** At most this many octets on a line, without its line break (RFC 5545, 3.1). */
  static final int MAX_LINE_OCTETS = 75;

  /**
   * The content lines folded at 75 octets of UTF-8, as RFC 5545 asks: the library folds at a number of
   * characters, and a line of accented or Welsh text would then run past 75 octets. Never splits a
   * character (nor a surrogate pair); a continuation line starts with one space, which counts.
   */
  static String foldByOctets(String folded) {
    var unfolded = folded.replace("\r\n ", "").replace("\r\n\t", "");
    var out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
    for (var line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      int i = 0;
      while (i < line.length()) {
        int codePoint = line.codePointAt(i);
        int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > MAX_LINE_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}
