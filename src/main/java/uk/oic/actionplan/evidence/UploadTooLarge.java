package uk.oic.actionplan.evidence;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the server takes at all ({@code spring.servlet.multipart.*}) is refused
 * before any page sees its fields: it gets a page saying so, with the way back, and nothing is
 * stored. Smaller files over {@code oic.evidence.max-attachment-size} are refused on the form itself.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

  private final AttachmentPolicy policy;

  UploadTooLarge(AttachmentPolicy policy) {
    this.policy = policy;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    model.addAttribute("maxSize", policy.maxSizeText());
    model.addAttribute("back", backTo(request.getHeader("Referer")));
    return "evidence-too-large";
  }

  /** The evidence page the upload came from, when the browser says so; never another site. */
  private static String backTo(String referer) {
    if (referer != null) {
      int at = referer.indexOf(EvidenceUploadPage.PATH);
      if (at >= 0 && referer.substring(at).matches("/evidence/new(\\?taskId=[A-Za-z0-9-]+)?")) {
        return referer.substring(at);
      }
    }
    return EvidenceUploadPage.PATH;
  }
}
