package uk.oic.actionplan.response;

import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.plan.PlanCatalog;

/**
 * The public pages of the PCC's published statements, for anyone without logging in: the latest
 * published version of a plan with links to the earlier ones, each also as a PDF. Only published
 * versions are ever read here (never a running instance's draft); before the first publication, and
 * for a plan that does not exist, there is nothing to see (404). A version whose record does not
 * match the evidence register ({@link StatementIntegrity}) is not shown: the page, or the PDF's
 * address, answers 500 with a page that says so.
 */
@Controller
class PublishedPageController {

  private final PlanCatalog plans;
  private final PublishedStatements published;
  private final DeadlineSchedule deadlines;
  private final StatementIntegrity integrity;

  PublishedPageController(PlanCatalog plans, PublishedStatements published, DeadlineSchedule deadlines,
      StatementIntegrity integrity) {
    this.plans = plans;
    this.published = published;
    this.deadlines = deadlines;
    this.integrity = integrity;
  }

  @GetMapping("/published/{planId}")
  String latest(@PathVariable String planId, Model model) {
    return show(page(planId, Optional.empty()), model);
  }

  @GetMapping("/published/{planId}/v/{version}")
  String version(@PathVariable String planId, @PathVariable int version, Model model) {
    return show(page(planId, Optional.of(version)), model);
  }

  @GetMapping("/published/{planId}.pdf")
  ResponseEntity<byte[]> latestPdf(@PathVariable String planId) {
    return pdf(page(planId, Optional.empty()));
  }

  @GetMapping("/published/{planId}/v/{version}.pdf")
  ResponseEntity<byte[]> versionPdf(@PathVariable String planId, @PathVariable int version) {
    return pdf(page(planId, Optional.of(version)));
  }

  private String show(PublishedPage page, Model model) {
    model.addAttribute("page", page);
    return "published/statement";
  }

  private ResponseEntity<byte[]> pdf(PublishedPage page) {
    var name = page.statement().planId() + "-pcc-statement-v" + page.statement().version() + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(StatementPdf.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
        .body(StatementPdf.write(page));
  }

  private PublishedPage page(String planId, Optional<Integer> version) {
    if (plans.find(planId).isEmpty()) {
      throw notFound();
    }
    var versions = published.versions(planId);
    if (versions.isEmpty()) {
      throw notFound();
    }
    var latest = versions.get(versions.size() - 1);
    var shown = version.map(n -> versions.stream().filter(v -> v.version() == n).findFirst().orElseThrow(
        PublishedPageController::notFound)).orElse(latest);
    integrity.checked(shown);
    return new PublishedPage(shown, shown.parsed(), shown.version() == latest.version(),
        versions.stream().map(PccResponses::version).toList(), deadlines.zone());
  }

  @ExceptionHandler(StatementIntegrity.StatementNotIntactException.class)
  ModelAndView notIntact(StatementIntegrity.StatementNotIntactException e) {
    var view = new ModelAndView("published/not-intact", HttpStatus.INTERNAL_SERVER_ERROR);
    view.addObject("planId", e.planId());
    view.addObject("version", e.version());
    return view;
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing has been published here");
  }
}
