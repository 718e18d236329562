package uk.oic.actionplan.evidence;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * Reading the register: lists, single entries, attachments and the verification of the chain. There
 * is deliberately no way to change or remove an entry.
 */
@RestController
@RequestMapping("/api/evidence")
class EvidenceApi {

  static final String CONTENT_SHA256 = "X-Content-SHA256";
  static final int MAX_PAGE_SIZE = 200;

  private final EvidenceRegister register;
  private final EvidenceAccess access;
  private final PlanCatalog plans;

  EvidenceApi(EvidenceRegister register, EvidenceAccess access, PlanCatalog plans) {
    this.register = register;
    this.access = access;
    this.plans = plans;
  }

  /**
   * A page of entries of the plans the user may read, in the order they were recorded.
   *
   * @param registerWarning null, or why the register's head or last entries show it was tampered with (a quick
   *     check; {@code /api/evidence/verification} checks every row)
   */
  record EntryList(List<EvidenceEntry> entries, int page, int size, long totalEntries, long totalPages,
      String registerWarning) {}

  @GetMapping
  EntryList list(Principal user,
      @RequestParam(required = false) String planId,
      @RequestParam(required = false) String recommendationId,
      @RequestParam(required = false) Integer areaNumber,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
      @RequestParam(required = false) String processInstanceId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page: must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size: must be from 1 to " + MAX_PAGE_SIZE);
    }
    if (effectiveFrom != null && effectiveTo != null && effectiveFrom.isAfter(effectiveTo)) {
      throw new IllegalArgumentException("effectiveFrom: must not be after effectiveTo");
    }
    if (planId != null) {
      if (plans.find(planId).isEmpty()) {
        throw new IllegalArgumentException("planId: there is no plan '" + planId + "'");
      }
      access.checkCanRead(user.getName(), planId);
    }
    var filter = new EvidenceFilter(planId, recommendationId, areaNumber,
        kind == null || kind.isBlank() ? null : EvidenceKind.parse("kind", kind), effectiveFrom, effectiveTo,
        processInstanceId);
    var found = register.search(filter, access.readablePlans(user.getName()), page, size);
    return new EntryList(found.entries(), found.page(), found.size(), found.totalEntries(), found.totalPages(),
        register.tailProblem().orElse(null));
  }

  @GetMapping("/{id}")
  EvidenceEntry entry(@PathVariable String id, Principal user) {
    return readable(id, user);
  }

  /** The attached file as stored, with the SHA-256 recorded for it in {@value #CONTENT_SHA256}. */
  @GetMapping("/{id}/attachment")
  ResponseEntity<byte[]> attachment(@PathVariable String id, Principal user) {
    var entry = readable(id, user);
    var attachment = entry.attachment();
    var content = attachment == null ? null : register.attachmentContent(id).orElse(null);
    if (content == null) {
      throw new EvidenceNotFoundException("Entry " + id + " has no attachment");
    }
    return ResponseEntity.ok()
        .contentType(mediaType(attachment.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(attachment.fileName()))
        .header(CONTENT_SHA256, attachment.sha256())
        .eTag("\"" + attachment.sha256() + "\"")
        .body(content);
  }

  /** Recomputes the whole chain; anyone who may read some plan's evidence may check the register. */
  @GetMapping("/verification")
  VerificationReport verification(Principal user) {
    var readable = access.readablePlans(user.getName());
    if (readable != null && readable.isEmpty()) {
      throw new EvidenceAccessDeniedException("You are not in any plan's groups, so you cannot check the evidence register");
    }
    return register.verify();
  }

  private EvidenceEntry readable(String id, Principal user) {
    var entry = register.find(id).orElseThrow(() -> new EvidenceNotFoundException("There is no evidence entry " + id));
    access.checkCanRead(user.getName(), entry.planId());
    return entry;
  }

  /** A plain file name where it is ASCII; otherwise also the RFC 5987 form that browsers decode. */
  private static String disposition(String fileName) {
    var builder = ContentDisposition.attachment();
    boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
    return (ascii ? builder.filename(fileName) : builder.filename(fileName, StandardCharsets.UTF_8)).build().toString();
  }

  private static MediaType mediaType(String type) {
    try {
      return type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type);
    } catch (org.springframework.http.InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
