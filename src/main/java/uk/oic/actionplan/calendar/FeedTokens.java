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
import uk.oic.actionplan.evidence.ApplicationSecrets;

/**
 * The secret tokens of the users' calendar feeds, one per user ({@code oic_calendar_feed_token}).
 *
 * <p>A token is HMAC-SHA256 over the user's id and a random nonce, keyed by a secret the application
 * holds outside the database ({@link ApplicationSecrets}), in URL-safe Base64 without padding (43
 * characters). The database keeps the nonce and the token's SHA-256, never the token: the application
 * can show a user their URL again, someone who can read the database cannot compute it. A reset draws a
 * new nonce, so the old token is refused from the commit on. A presented token is found by its hash.
 */
@Component
class FeedTokens {

  static final String PURPOSE = "calendar-feed-token";
  static final int NONCE_BYTES = 16;
  /** What a token looks like; anything else is refused before it reaches the database. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ApplicationSecrets secrets;
  private final SecureRandom random = new SecureRandom();

  FeedTokens(JdbcTemplate jdbc, Clock engineClock, ApplicationSecrets secrets) {
    this.jdbc = jdbc;
    this.clock = engineClock;
    this.secrets = secrets;
  }

  /** A user's current token and when it was made. */
  record Current(String token, Instant createdAt) {}

  private record Row(String nonce, String tokenHash, Instant createdAt) {}

  /** The user's token, if they have one. */
  Optional<Current> current(String userId) {
    return row(userId).map(row -> current(userId, row));
  }

  /** The user's token, made now if they have none (two simultaneous first calls get the same one). */
  Current currentOrNew(String userId) {
    var existing = current(userId);
    if (existing.isPresent()) {
      return existing.get();
    }
    var nonce = newNonce();
    var at = clock.instant();
    try {
      jdbc.update("INSERT INTO oic_calendar_feed_token (user_id, nonce, token_hash, created_at) VALUES (?, ?, ?, ?)",
          userId, nonce, hash(token(userId, nonce)), OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      return new Current(token(userId, nonce), at);
    } catch (DuplicateKeyException madeMeanwhile) {
      return current(userId).orElseThrow();
    }
  }

  /** Replaces the user's token (or makes their first): the old one is refused from the commit on. */
  @Transactional
  Current reset(String userId) {
    var nonce = newNonce();
    var at = clock.instant();
    var hash = hash(token(userId, nonce));
    var when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    int updated = jdbc.update("UPDATE oic_calendar_feed_token SET nonce = ?, token_hash = ?, created_at = ? WHERE user_id = ?",
        nonce, hash, when, userId);
    if (updated == 0) {
      try {
        jdbc.update("INSERT INTO oic_calendar_feed_token (user_id, nonce, token_hash, created_at) VALUES (?, ?, ?, ?)",
            userId, nonce, hash, when);
      } catch (DuplicateKeyException madeMeanwhile) {
        // a simultaneous first call inserted the row: this one replaces it, as a later reset would
        jdbc.update("UPDATE oic_calendar_feed_token SET nonce = ?, token_hash = ?, created_at = ? WHERE user_id = ?",
            nonce, hash, when, userId);
      }
    }
    return new Current(token(userId, nonce), at);
  }

  /** Removes the user's token, so their URL is refused (a user who no longer exists). */
  void remove(String userId) {
    jdbc.update("DELETE FROM oic_calendar_feed_token WHERE user_id = ?", userId);
  }

  /**
   * The user whose current token this is; empty for a token that is malformed, unknown, reset, or made
   * with another key than the application's.
   */
  Optional<String> userOf(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.query("SELECT user_id, nonce FROM oic_calendar_feed_token WHERE token_hash = ?",
            (rs, n) -> new String[] {rs.getString("user_id"), rs.getString("nonce")}, hash(token)).stream()
        .filter(found -> MessageDigest.isEqual(token(found[0], found[1]).getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII)))
        .map(found -> found[0])
        .findFirst();
  }

  private Optional<Row> row(String userId) {
    return jdbc.query("SELECT nonce, token_hash, created_at FROM oic_calendar_feed_token WHERE user_id = ?",
        (rs, n) -> new Row(rs.getString("nonce"), rs.getString("token_hash"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant()), userId).stream().findFirst();
  }

  /** The token of a stored row; when the application's key was replaced, the new token's hash is stored. */
  private Current current(String userId, Row row) {
    var token = token(userId, row.nonce());
    if (!hash(token).equals(row.tokenHash())) {
      jdbc.update("UPDATE oic_calendar_feed_token SET token_hash = ? WHERE user_id = ? AND nonce = ?",
          hash(token), userId, row.nonce());
    }
    return new Current(token, row.createdAt());
  }

  private String token(String userId, String nonce) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.derive(PURPOSE, userId + "\n" + nonce));
  }

  private String newNonce() {
    var bytes = new byte[NONCE_BYTES];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
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
