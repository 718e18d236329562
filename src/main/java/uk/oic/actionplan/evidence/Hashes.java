package uk.oic.actionplan.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of an entry's canonical content and of attachments.
 *
 * <p>The canonical content is one line per field in a fixed order, {@code name=length:value}, or
 * {@code name=~} for no value, encoded as UTF-8. The length prefix means no value can imitate a field
 * boundary, and the previous entry's hash is one of the fields, which makes the entries a chain.
 * Changing the format would change every hash, so it carries a version on its first line.
 */
final class Hashes {

  static final String GENESIS = "0".repeat(64);
  private static final String FORMAT = "oic-evidence-v1";

  private Hashes() {}

  static String contentHash(EvidenceEntry e) {
    return sha256(canonical(e));
  }

  /** The canonical content described above, as UTF-8. */
  static byte[] canonical(EvidenceEntry e) {
    var text = new StringBuilder(FORMAT).append('\n');
    field(text, "id", e.id());
    field(text, "sequence", Long.toString(e.sequence()));
    field(text, "planId", e.planId());
    field(text, "recommendationId", e.recommendationId());
    field(text, "areaNumber", e.areaNumber() == null ? null : e.areaNumber().toString());
    field(text, "kind", e.kind() == null ? null : e.kind().name());
    field(text, "title", e.title());
    field(text, "description", e.description());
    field(text, "reference", e.reference());
    field(text, "effectiveDate", e.effectiveDate() == null ? null : e.effectiveDate().toString());
    field(text, "recordedBy", e.recordedBy());
    field(text, "recordedAt", e.recordedAt() == null ? null : e.recordedAt().toString());
    field(text, "processInstanceId", e.processInstanceId());
    field(text, "activityId", e.activityId());
    field(text, "taskId", e.taskId());
    field(text, "sourceKey", e.sourceKey());
    field(text, "supersedes", e.supersedes());
    var a = e.attachment();
    field(text, "attachmentName", a == null ? null : a.fileName());
    field(text, "attachmentType", a == null ? null : a.contentType());
    field(text, "attachmentSize", a == null ? null : Long.toString(a.size()));
    field(text, "attachmentSha256", a == null ? null : a.sha256());
    field(text, "previousSha256", e.previousHash());
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append('=');
    if (value == null) {
      text.append('~');
    } else {
      text.append(value.length()).append(':').append(value);
    }
    text.append('\n');
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static String sha256(InputStream in) {
    var digest = digest();
    var buffer = new byte[64 * 1024];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
