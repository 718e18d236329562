package uk.oic.actionplan.calendar;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * The page where a user gets their calendar feed's URL ({@code /me/calendar}): it shows their URL and since
 * when it works, and makes a new one on request (the first, or one that replaces the old).
 */
@Controller
@RequestMapping("/me/calendar")
class CalendarPageController {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final FeedTokens tokens;
  private final CalendarFeedProperties properties;
  private final ZoneId zone;

  CalendarPageController(FeedTokens tokens, CalendarFeedProperties properties, CalendarProperties calendar) {
    this.tokens = tokens;
    this.properties = properties;
    this.zone = calendar.zone();
  }

  @GetMapping
  String show(Principal user, Model model, HttpServletResponse response) {
    tokens.current(user.getName()).ifPresent(current -> show(current, model));
    noStore(response);
    return "calendar";
  }

  @PostMapping
  String makeNew(Principal user, Model model, HttpServletResponse response) {
    show(tokens.reset(user.getName()), model);
    model.addAttribute("renewed", true);
    noStore(response);
    return "calendar";
  }

  private void show(FeedTokens.Current current, Model model) {
    var base = properties.baseUrlOr(() -> ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    model.addAttribute("url", CalendarController.feedUrl(base, current));
    model.addAttribute("createdAt", WHEN.format(current.createdAt().atZone(zone)));
  }

  /** The URL is a secret: not kept by the browser's cache. */
  private static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
