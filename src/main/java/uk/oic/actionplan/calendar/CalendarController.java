package uk.oic.actionplan.calendar;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Each user's calendar of due dates: {@code GET /api/me/calendar} gives the private feed URL (made on the
 * first call, the same on later ones), {@code POST /api/me/calendar/reset} replaces it, and {@code GET /calendar/{token}.ics} is
 * the feed itself, read without a login by whoever holds the URL (a calendar program), and refused
 * (404, the same for every bad token) once the URL is reset.
 */
@RestController
class CalendarController {

  /** Where the feeds are; the security configuration lets {@code GET} and {@code HEAD} of it through without login. */
  static final String FEED_PATH = "/calendar/";
  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final FeedTokens tokens;
  private final DueDates dueDates;
  private final CalendarFeed feed;
  private final CalendarFeedProperties properties;

  CalendarController(FeedTokens tokens, DueDates dueDates, CalendarFeed feed, CalendarFeedProperties properties) {
    this.tokens = tokens;
    this.dueDates = dueDates;
    this.feed = feed;
    this.properties = properties;
  }

  /**
   * The user's feed.
   *
   * @param url the feed's URL; the same on every call until the user resets it
   * @param createdAt when the current URL was made
   */
  record Feed(String url, Instant createdAt, String detail) {}

  /** The user's feed URL, made on the first call; repeated calls give the same URL. */
  @GetMapping("/api/me/calendar")
  Feed mine(Principal user) {
    return answer(tokens.currentOrNew(user.getName()));
  }

  @PostMapping("/api/me/calendar/reset")
  Feed reset(Principal user) {
    return answer(tokens.reset(user.getName()));
  }

  private Feed answer(FeedTokens.Current current) {
    return new Feed(feedUrl(baseUrl(), current), current.createdAt(),
        "Add this URL to your calendar program as a subscription (\"From the internet\", \"Add by URL\"). "
            + "Keep it to yourself: anyone with it can read your due dates. If someone else may have it, reset it "
            + "(POST /api/me/calendar/reset): the old URL then stops working.");
  }

  static String feedUrl(String baseUrl, FeedTokens.Current current) {
    return baseUrl + FEED_PATH + current.token() + ".ics";
  }

  @GetMapping(FEED_PATH + "{token}.ics")
  ResponseEntity<String> feed(@PathVariable String token) {
    var user = tokens.userOf(token);
    if (user.isPresent() && !dueDates.userExists(user.get())) {
      // the user was deleted: their token goes too, so a new user given the same id does not inherit it
      tokens.remove(user.get());
      user = java.util.Optional.empty();
    }
    if (user.isEmpty()) {
      return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
    }
    var body = feed.render(dueDates.of(user.get(), baseUrl()));
    return ResponseEntity.ok()
        .contentType(TEXT_CALENDAR)
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("oic-due-dates.ics").build().toString())
        .header("Referrer-Policy", "no-referrer")
        .body(body);
  }

  /** The configured address, or that of the current request. */
  private String baseUrl() {
    return properties.baseUrlOr(() -> ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
  }
}
