package uk.oic.actionplan.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that authenticates entries: each entry's MAC is HMAC-SHA256 over its canonical content
 * and the MAC of the entry before it. The key never goes into the database, so someone who can write
 * to the database but does not hold the key cannot make an entry, or a chain, that verifies.
 *
 * <p>It comes from {@code oic.evidence.key} ({@code OIC_EVIDENCE_KEY}) or from the file
 * {@code oic.evidence.key-file} ({@code OIC_EVIDENCE_KEY_FILE}); the embedded demo generates the file
 * once ({@code oic.evidence.generate-key}). Without one the application does not start.
 */
final class EvidenceKey {

  static final int MIN_LENGTH = 32;
  static final String GENESIS = Hashes.GENESIS;
  private static final Logger LOG = LoggerFactory.getLogger(EvidenceKey.class);
  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] MAC_FORMAT = "oic-evidence-mac-v1\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DERIVED_FORMAT = "oic-derived-secret-v1\n".getBytes(StandardCharsets.UTF_8);

  private final SecretKeySpec key;

  private EvidenceKey(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  static EvidenceKey of(String secret) {
    if (secret == null || secret.strip().length() < MIN_LENGTH) {
      throw new IllegalStateException("The evidence register's key must be at least " + MIN_LENGTH + " characters");
    }
    return new EvidenceKey(secret.strip());
  }

  /** HMAC-SHA256 (hex) of the entry's canonical content followed by the previous entry's MAC. */
  String mac(EvidenceEntry entry, String previousMac) {
    var mac = hmac();
    mac.update(MAC_FORMAT);
    mac.update(Hashes.canonical(entry));
    mac.update(("previousMac=" + previousMac + "\n").getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac.doFinal());
  }

  /**
   * A secret for another purpose, derived from this key so that the application holds one secret only:
   * HMAC-SHA256 over a format line, the purpose and the message. No entry's MAC can collide with it, as
   * those begin with another format line.
   */
  byte[] derive(String purpose, String message) {
    var mac = hmac();
    mac.update(DERIVED_FORMAT);
    mac.update((purpose + "\n" + message).getBytes(StandardCharsets.UTF_8));
    return mac.doFinal();
  }

  /** A short fingerprint that tells keys apart without giving the key away. */
  String fingerprint() {
    var mac = hmac();
    return HexFormat.of().formatHex(mac.doFinal("oic-evidence-key-fingerprint".getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  private Mac hmac() {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
    }
  }

  /** The key as configured; refuses, saying what to set, when there is none. */
  static EvidenceKey load(String key, String keyFile, boolean generate) {
    if (key != null && !key.isBlank()) {
      if (key.strip().length() < MIN_LENGTH) {
        throw new IllegalStateException("OIC_EVIDENCE_KEY (oic.evidence.key) must be at least " + MIN_LENGTH + " characters");
      }
      return of(key);
    }
    if (keyFile != null && !keyFile.isBlank()) {
      var file = Path.of(keyFile);
      if (Files.notExists(file) && generate) {
        generate(file);
      }
      if (Files.notExists(file)) {
        throw new IllegalStateException("The evidence register's key file " + file.toAbsolutePath()
            + " (OIC_EVIDENCE_KEY_FILE, oic.evidence.key-file) does not exist");
      }
      try {
        var text = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (text.length() < MIN_LENGTH) {
          throw new IllegalStateException("The evidence register's key file " + file.toAbsolutePath()
              + " must hold at least " + MIN_LENGTH + " characters");
        }
        return of(text);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the evidence register's key file " + file.toAbsolutePath(), e);
      }
    }
    throw new IllegalStateException("The evidence register has no key, so its entries cannot be authenticated: set "
        + "OIC_EVIDENCE_KEY (at least " + MIN_LENGTH + " characters) or OIC_EVIDENCE_KEY_FILE (a file holding it), "
        + "kept outside the database; see docs/evidence-register.md");
  }

  /** A new random key in a file only its owner may read (mode 600 where the file system has modes). */
  private static void generate(Path file) {
    var bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    var text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n";
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      boolean posix = file.toAbsolutePath().getParent().getFileSystem().supportedFileAttributeViews().contains("posix");
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      LOG.warn("Generated a new key for the evidence register in {}: keep a copy of it apart from the database; "
          + "without it the register cannot be verified", file.toAbsolutePath());
    } catch (FileAlreadyExistsException raced) {
      // another node or start created it first: use theirs
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the evidence register's key file " + file.toAbsolutePath(), e);
    }
  }
}
