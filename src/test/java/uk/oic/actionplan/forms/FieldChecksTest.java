package uk.oic.actionplan.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks each form declares, applied on the server to what a completion leaves behind. */
class FieldChecksTest {

  static final LocalDate TODAY = LocalDate.of(2026, 1, 12);

  static FormSpec form(String id) throws Exception {
    return FormSpec.parse(Files.readAllBytes(Path.of("processes", id + ".form")));
  }

  static Map<String, Object> values(Object... keysAndValues) {
    var map = new HashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, String> problems(String formId, Map<String, Object> values) throws Exception {
    return CompletionChecks.check(form(formId), null, values, Submission.NONE, TODAY).byField();
  }

  static Map<String, String> problems(String formId, Map<String, Object> before, Map<String, Object> submitted)
      throws Exception {
    var values = new HashMap<>(before);
    values.putAll(submitted);
    var previous = new HashMap<String, Object>();
    submitted.keySet().forEach(key -> previous.put(key, before.get(key)));
    return CompletionChecks.check(form(formId), null, values, new Submission("task", submitted, previous), TODAY)
        .byField();
  }

  @Test
  void requiredFieldsAndNumberLimits() throws Exception {
    assertThat(problems("oic-area-9-community-engagement", values("engagementEvents", 6L, "publicReports", 0L,
        "engagementSummary", "Events", "engagementReference", "log"))).isEmpty();
    assertThat(problems("oic-area-9-community-engagement", values("engagementEvents", -1L, "publicReports", "many",
        "engagementSummary", " ", "planTitle", null))).containsExactly(
        entry("engagementEvents", "must be at least 0"),
        entry("publicReports", "must be a number"),
        entry("engagementSummary", "is required"),
        entry("engagementReference", "is required"));
  }

  @Test
  void numbersAreWholeAndWithinTheirLimits() throws Exception {
    var update = values("rag", "GREEN", "narrative", "n");
    update.put("progressPercent", 101L);
    assertThat(problems("oic-progress-update-submit", update)).containsExactly(entry("progressPercent", "must be at most 100"));
    update.put("progressPercent", 50.5);
    assertThat(problems("oic-progress-update-submit", update)).containsExactly(entry("progressPercent", "must be a whole number"));
    update.put("progressPercent", "40");
    assertThat(problems("oic-progress-update-submit", update)).containsExactly(entry("progressPercent", "must be a number"));
    update.put("progressPercent", 100.0);
    assertThat(problems("oic-progress-update-submit", update)).isEmpty();
  }

  @Test
  void choicesCheckboxesTextAndLengths() throws Exception {
    assertThat(problems("oic-progress-update-submit", values("rag", "PURPLE", "progressPercent", 40,
        "narrative", 42, "readyForSignOff", "yes", "evidenceReference", "x".repeat(201))))
        .containsOnly(
            entry("rag", "must be one of GREEN, AMBER, RED"),
            entry("narrative", "must be text"),
            entry("readyForSignOff", "must be true or false"),
            entry("evidenceReference", "at most 200 characters"));
    // the report answers each ask the PCC made; an ask that is not there hides its answer, which is then not required
    assertThat(problems("oic-assurance-report", values("reportNarrative", "Short", "reportEvidenceReferences", "EV-1",
        "pccAsk1", "Officers know their duty.", "askAnswer1", " ", "pccAsk2", "", "askAnswer2", null, "pccAsk3", "")))
        .containsOnly(entry("reportNarrative", "at least 20 characters"), entry("askAnswer1", "is required"));
    // the OPCC grades the assurance, from the declared grades, with a rationale
    assertThat(problems("oic-assurance-review", values("reviewDecision", "ASSURED", "reviewRationale", "Convincing audits.",
        "assuranceGrade", "NONE", "gradeRationale", "Fine.")))
        .containsOnly(entry("assuranceGrade", "must be one of SUBSTANTIAL, REASONABLE, LIMITED, NO_ASSURANCE"),
            entry("gradeRationale", "at least 20 characters"));
  }

  @Test
  void datesAreRealDaysAndNotInThePastWhereTheFormSaysSo() throws Exception {
    var review = values("reviewDecision", "REFER", "reviewRationale", "For the meeting to decide", "assuranceGrade", "LIMITED", "gradeRationale", "The audits are a year out of date.");
    review.put("meetingDate", "2026-02-30");
    assertThat(problems("oic-assurance-review", review)).containsExactly(entry("meetingDate", "must be a date written yyyy-mm-dd"));
    review.put("meetingDate", "2026-01-11");
    assertThat(problems("oic-assurance-review", review)).containsExactly(entry("meetingDate", "must not be in the past (today is 2026-01-12)"));
    review.put("meetingDate", "2026-01-12");
    assertThat(problems("oic-assurance-review", review)).isEmpty();
    assertThat(problems("oic-area-4-share-plan", values("sharedWithPartners", "SE ROCU", "sharedOn", "2026-13-01",
        "sharedBy", "DI Jones"))).containsExactly(entry("sharedOn", "must be a date written yyyy-mm-dd"));
  }

  @Test
  void aFieldTheFormHidesIsNotRequired() throws Exception {
    assertThat(problems("oic-assurance-review", values("reviewDecision", "ASSURED", "reviewRationale", "Target met and evidenced",
        "assuranceGrade", "LIMITED", "gradeRationale", "The audits are a year out of date.")))
        .isEmpty();
    assertThat(problems("oic-assurance-review", values("reviewDecision", "CHALLENGE", "reviewRationale", "Figures unclear",
        "assuranceGrade", "LIMITED", "gradeRationale", "The audits are a year out of date.")))
        .containsOnlyKeys("challengeQuestions", "challengeResponseDate");
  }

  @Test
  void onlyTheFormsFieldsCanBeSubmittedAndDisabledOnesKeepTheirValues() throws Exception {
    var before = values("planTitle", "OIC action plan", "lastProgressPercent", 40, "ownerGroup", "area-1-owners");
    var update = values("rag", "GREEN", "progressPercent", 50L, "narrative", "Moving");

    assertThat(problems("oic-progress-update-submit", before, update)).isEmpty();
    var unchanged = new HashMap<>(update);
    unchanged.put("planTitle", "OIC action plan");
    unchanged.put("lastProgressPercent", 40.0);
    assertThat(problems("oic-progress-update-submit", before, unchanged)).isEmpty();

    var hostile = new HashMap<>(update);
    hostile.put("planTitle", "Another plan");
    hostile.put("ownerGroup", "area-2-owners");
    hostile.put("submittedBy", "someone.else");
    assertThat(problems("oic-progress-update-submit", before, hostile)).containsOnly(
        entry("planTitle", "is shown for information and cannot be changed"),
        entry("ownerGroup", "is not a field of this form"),
        entry("submittedBy", "is not a field of this form"));
  }

  @Test
  void everyFormCanBeRead() throws Exception {
    try (var files = Files.list(Path.of("processes"))) {
      var forms = files.filter(f -> f.toString().endsWith(".form")).toList();
      assertThat(forms).isNotEmpty();
      for (var file : forms) {
        var form = FormSpec.parse(Files.readAllBytes(file));
        assertThat(file.getFileName().toString()).isEqualTo(form.id() + ".form");
        assertThat(form.editableKeys()).as(form.id()).isNotEmpty();
        form.fields().values().stream().filter(f -> f.isText() && !f.disabled())
            .forEach(f -> assertThat(f.maxLength()).as(form.id() + " " + f.key() + " maxLength").isNotNull());
      }
    }
  }
}
