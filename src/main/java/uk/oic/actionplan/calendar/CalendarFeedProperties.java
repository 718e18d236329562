package uk.oic.actionplan.calendar;

import java.net.URI;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The calendar feeds.
 *
 * @param baseUrl the application's address as users reach it (e.g. {@code https://oic.example.police.uk}),
 *     the start of the feed URLs and of the links in the events; when not set, the address of the request
 *     that asks for the URL (as the proxy in front forwards it, see {@code server.forward-headers-strategy})
 */
@ConfigurationProperties("oic.calendar-feed")
record CalendarFeedProperties(URI baseUrl) {

  /** The configured address without a trailing slash, or else {@code request}'s. */
  String baseUrlOr(Supplier<String> request) {
    var configured = baseUrl == null ? "" : baseUrl.toString().strip();
    if (configured.isEmpty()) {
      return request.get();
    }
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }
}
