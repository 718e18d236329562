package uk.oic.actionplan.evidence;

/**
 * The description of a file attached to an entry; its bytes are read with
 * {@link EvidenceRegister#attachmentContent(String)}.
 *
 * @param fileName the name the file was uploaded with
 * @param contentType the media type allowed for its extension
 * @param size bytes
 * @param sha256 the SHA-256 of the bytes, hex
 */
public record EvidenceAttachment(String fileName, String contentType, long size, String sha256) {}
