package uk.oic.actionplan.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Files attached as evidence from the browser.
 *
 * @param maxAttachmentSize the largest file accepted; keep it below {@code spring.servlet.multipart.max-file-size},
 *     which refuses larger requests before the application sees them
 * @param allowedTypes the file extensions accepted (lower case, no dot), each with the media type it is stored
 *     and served as; the browser's own claim about the type is not trusted
 * @param key the secret that authenticates entries (at least 32 characters), never kept in the database
 * @param keyFile a file holding the key, read when {@code key} is empty
 * @param generateKey create {@code keyFile} with a random key when it does not exist (the embedded demo only)
 * @param witnessFile the append-only file outside the database where the register's head is witnessed
 * @param witnessEvery how often the head is witnessed when it changed (appends witness it too)
 * @param digestMailEvery how often, at most, the latest digest is e-mailed to each plan's OPCC staff when it changed
 * @param verifyInterval how often the whole register is verified in the background, entries added or not: the
 *     longest a change made in SQL goes unseen by the pages that show the kept result
 * @param verifyOnAppendEvery how often, at most, the kept result is verified again because entries were added
 */
@ConfigurationProperties("oic.evidence")
public record EvidenceProperties(
    @DefaultValue("10MB") DataSize maxAttachmentSize,
    Map<String, String> allowedTypes,
    String key,
    String keyFile,
    @DefaultValue("false") boolean generateKey,
    @DefaultValue("./data/evidence-witness.log") String witnessFile,
    @DefaultValue("PT5M") java.time.Duration witnessEvery,
    @DefaultValue("P1D") java.time.Duration digestMailEvery,
    @DefaultValue("PT5M") java.time.Duration verifyInterval,
    @DefaultValue("PT1M") java.time.Duration verifyOnAppendEvery) {

  static final Map<String, String> DEFAULT_TYPES = defaults();

  public EvidenceProperties {
    allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES : Map.copyOf(allowedTypes);
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "EvidenceProperties[maxAttachmentSize=" + maxAttachmentSize + ", allowedTypes=" + allowedTypes
        + ", key=" + (key == null || key.isBlank() ? "(none)" : "(set)") + ", keyFile=" + keyFile
        + ", generateKey=" + generateKey + ", witnessFile=" + witnessFile + ", witnessEvery=" + witnessEvery
        + ", digestMailEvery=" + digestMailEvery + ", verifyInterval=" + verifyInterval
        + ", verifyOnAppendEvery=" + verifyOnAppendEvery + "]";
  }

  private static Map<String, String> defaults() {
    var types = new LinkedHashMap<String, String>();
    types.put("pdf", "application/pdf");
    types.put("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    types.put("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    types.put("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    types.put("odt", "application/vnd.oasis.opendocument.text");
    types.put("ods", "application/vnd.oasis.opendocument.spreadsheet");
    types.put("csv", "text/csv");
    types.put("txt", "text/plain");
    types.put("png", "image/png");
    types.put("jpg", "image/jpeg");
    types.put("jpeg", "image/jpeg");
    return java.util.Collections.unmodifiableMap(types);
  }
}
