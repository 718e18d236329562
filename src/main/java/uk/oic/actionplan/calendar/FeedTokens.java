package uk.oic.actionplan.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret tokens of the users' calendar feeds: 32 bytes from {@link SecureRandom}, URL-safe Base64
 * without padding (43 characters). Only the SHA-256 of a token is kept ({@code oic_calendar_feed_token}),
 * one per user: a token is shown once, when it is made, and a reset replaces it, so the old one is
 * refused at once. A presented token is found by its hash, never by comparing tokens.
 */
@Component
class FeedTokens {

  static final int TOKEN_BYTES = 32;
  /** What a token looks like; anything else is refused before it reaches the database. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  FeedTokens(JdbcTemplate jdbc, Clock engineClock) {
    this.jdbc = jdbc;
    this.clock = engineClock;
  }

  /** A user's token as it was just made: the token itself exists only here and in the URL given out. */
  record Issued(String token, Instant createdAt) {}

  /** When the user's current token was made, if they have one. */
  Optional<Instant> createdAt(String userId) {
    return jdbc.query("SELECT created_at FROM oic_calendar_feed_token WHERE user_id = ?",
        (rs, n) -> rs.getObject("created_at", OffsetDateTime.class).toInstant(), userId).stream().findFirst();
  }

  /** Makes the user's first token; empty when they already have one (made earlier, or just now by another request). */
  Optional<Issued> createIfMissing(String userId) {
    if (createdAt(userId).isPresent()) {
      return Optional.empty();
    }
    var issued = newToken();
    try {
      jdbc.update("INSERT INTO oic_calendar_feed_token (user_id, token_hash, created_at) VALUES (?, ?, ?)",
          userId, hash(issued.token()), OffsetDateTime.ofInstant(issued.createdAt(), ZoneOffset.UTC));
    } catch (DuplicateKeyException alreadyMade) {
      return Optional.empty();
    }
    return Optional.of(issued);
  }

  /** Replaces the user's token (or makes their first): the old one is refused from the commit on. */
  @Transactional
  Issued reset(String userId) {
    var issued = newToken();
    var at = OffsetDateTime.ofInstant(issued.createdAt(), ZoneOffset.UTC);
    int updated = jdbc.update("UPDATE oic_calendar_feed_token SET token_hash = ?, created_at = ? WHERE user_id = ?",
        hash(issued.token()), at, userId);
    if (updated == 0) {
      try {
        jdbc.update("INSERT INTO oic_calendar_feed_token (user_id, token_hash, created_at) VALUES (?, ?, ?)",
            userId, hash(issued.token()), at);
      } catch (DuplicateKeyException madeMeanwhile) {
        // a simultaneous first reset inserted the row: this one replaces it, as a later reset would
        jdbc.update("UPDATE oic_calendar_feed_token SET token_hash = ?, created_at = ? WHERE user_id = ?",
            hash(issued.token()), at, userId);
      }
    }
    return issued;
  }

  /** The user whose current token this is; empty for a token that is malformed, unknown or reset. */
  Optional<String> userOf(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.queryForList("SELECT user_id FROM oic_calendar_feed_token WHERE token_hash = ?", String.class,
        hash(token)).stream().findFirst();
  }

  private Issued newToken() {
    var bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return new Issued(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clock.instant());
  }

  /** Lower-case hex of the token's SHA-256. */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
