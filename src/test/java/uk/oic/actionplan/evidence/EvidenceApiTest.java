package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The read API: who may read what, filters, downloads, errors as problem details, and verification. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvidenceApiTest {

  private static final String PLAN = "hiow-oic-2025";
  private static final byte[] FIGURES = "station,trained\nBasingstoke,41\n".getBytes(StandardCharsets.UTF_8);

  @Autowired
  WebApplicationContext context;

  @Autowired
  EvidenceRegister register;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DigestMail digestMail;

  MockMvc mvc;
  EvidenceEntry figures;
  EvidenceEntry otherPlan;

  @BeforeEach
  void entries() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    figures = register.append(NewEvidence.builder(PLAN, EvidenceKind.TRAINING_FIGURES, "Hydra figures, March")
        .recommendation("rec-8").area(7).effectiveDate(LocalDate.of(2026, 3, 31)).recordedBy("area7.owner")
        .attachment("hydra-march.csv", "text/csv", FIGURES).build());
    otherPlan = register.append(NewEvidence.builder("another-force-oic", EvidenceKind.DOCUMENT, "Another force's plan").build());
  }

  @Test
  void anonymousCallsAreRefusedWith401() throws Exception {
    mvc.perform(get("/api/evidence")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/evidence/" + figures.id())).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/evidence/" + figures.id() + "/attachment")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/evidence/verification")).andExpect(status().isUnauthorized());
  }

  @Test
  void anyoneInThePlansGroupsReadsItsEvidence() throws Exception {
    // area 1's owner is in the plan, so reads area 7's evidence too; the OPCC reads it for assurance
    for (var reader : new String[] {"area1.owner", "opcc.officer", "demo"}) {
      mvc.perform(get("/api/evidence/" + figures.id()).with(user(reader)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.title").value("Hydra figures, March"))
          .andExpect(jsonPath("$.effectiveDate").value("2026-03-31"))
          .andExpect(jsonPath("$.contentHash").value(figures.contentHash()))
          .andExpect(jsonPath("$.attachment.sha256").value(Hashes.sha256(FIGURES)));
    }
  }

  @Test
  void someoneOutsideThePlanGets403() throws Exception {
    var outsider = user("outsider");
    mvc.perform(get("/api/evidence/" + figures.id()).with(outsider))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403))
        .andExpect(jsonPath("$.detail").value(containsString("plan " + PLAN)));
    mvc.perform(get("/api/evidence/" + figures.id() + "/attachment").with(outsider)).andExpect(status().isForbidden());
    mvc.perform(get("/api/evidence").param("planId", PLAN).with(outsider)).andExpect(status().isForbidden());
    mvc.perform(get("/api/evidence/verification").with(outsider)).andExpect(status().isForbidden());
    // unfiltered, the list holds only what the reader may see: nothing
    mvc.perform(get("/api/evidence").with(outsider))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalEntries").value(0));
  }

  @Test
  void anotherPlansEvidenceIsForbiddenToThisPlansPeopleButNotToAdministrators() throws Exception {
    mvc.perform(get("/api/evidence/" + otherPlan.id()).with(user("opcc.officer"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/evidence").with(user("opcc.officer")).param("size", "200"))
        .andExpect(jsonPath("$.entries[*].id", not(hasItem(otherPlan.id()))));
    mvc.perform(get("/api/evidence/" + otherPlan.id()).with(user("demo"))).andExpect(status().isOk());
  }

  @Test
  void theListFiltersAndPages() throws Exception {
    mvc.perform(get("/api/evidence").with(user("strategic.lead"))
            .param("planId", PLAN).param("recommendationId", "rec-8").param("areaNumber", "7")
            .param("kind", "training_figures").param("effectiveFrom", "2026-03-31").param("effectiveTo", "2026-03-31")
            .param("size", "200"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entries[*].id", hasItem(figures.id())))
        .andExpect(jsonPath("$.entries[*].kind", not(hasItem("DOCUMENT"))))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(200));
    mvc.perform(get("/api/evidence").with(user("strategic.lead")).param("processInstanceId", "no-such-instance"))
        .andExpect(jsonPath("$.totalEntries").value(0));
    mvc.perform(get("/api/evidence").with(user("strategic.lead")).param("planId", PLAN).param("effectiveTo", "2026-03-30"))
        .andExpect(jsonPath("$.entries[*].id", not(hasItem(figures.id()))));
    mvc.perform(get("/api/evidence").with(user("strategic.lead")).param("size", "1").param("page", "0"))
        .andExpect(jsonPath("$.entries.length()").value(1))
        .andExpect(jsonPath("$.totalPages").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
  }

  @Test
  void badInputIsA400ProblemThatSaysWhatIsWrong() throws Exception {
    expectBadRequest("kind", "RUMOUR", "kind: 'RUMOUR' is not one of DOCUMENT");
    expectBadRequest("areaNumber", "seven", "areaNumber: 'seven' is not a whole number");
    expectBadRequest("effectiveFrom", "31/03/2026", "effectiveFrom: '31/03/2026' is not a date like 2026-01-31");
    expectBadRequest("size", "0", "size: must be from 1 to 200");
    expectBadRequest("page", "-1", "page: must be 0 or more");
    expectBadRequest("planId", "no-such-plan", "planId: there is no plan 'no-such-plan'");
    mvc.perform(get("/api/evidence").with(user("area7.owner")).param("effectiveFrom", "2026-04-01").param("effectiveTo", "2026-03-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("effectiveFrom: must not be after effectiveTo"));
  }

  private void expectBadRequest(String parameter, String value, String detail) throws Exception {
    mvc.perform(get("/api/evidence").with(user("area7.owner")).param(parameter, value))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value(containsString(detail)));
  }

  @Test
  void anUnknownEntryOrAMissingAttachmentIsA404Problem() throws Exception {
    mvc.perform(get("/api/evidence/no-such-entry").with(user("area7.owner")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("There is no evidence entry no-such-entry"));
    var noFile = register.append(NewEvidence.builder(PLAN, EvidenceKind.DECISION, "No file").build());
    mvc.perform(get("/api/evidence/" + noFile.id() + "/attachment").with(user("area7.owner")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Entry " + noFile.id() + " has no attachment"));
  }

  @Test
  void theAttachmentDownloadsWithItsStoredHash() throws Exception {
    var response = mvc.perform(get("/api/evidence/" + figures.id() + "/attachment").with(user("area7.owner")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/csv"))
        .andExpect(header().string("X-Content-SHA256", Hashes.sha256(FIGURES)))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"hydra-march.csv\""))
        .andReturn().getResponse();
    assertThat(response.getContentAsByteArray()).isEqualTo(FIGURES);
  }

  @Test
  void verificationReportsTheFirstChangedEntryThroughTheApi() throws Exception {
    mvc.perform(get("/api/evidence/verification").with(user("opcc.officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.entriesChecked").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
        .andExpect(jsonPath("$.headHash").isString())
        // the latest digest written outside the database, after the last append
        .andExpect(jsonPath("$.witnessed.sequence").value(register.verify().headSequence()))
        .andExpect(jsonPath("$.witnessed.mac").value(register.verify().headMac()));

    jdbc.update("UPDATE oic_evidence_entry SET title = 'Hydra figures, March (revised)' WHERE id = ?", figures.id());
    try {
      mvc.perform(get("/api/evidence/verification").with(user("opcc.officer")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.firstFailure.entryId").value(figures.id()))
          .andExpect(jsonPath("$.firstFailure.sequence").value(figures.sequence()))
          .andExpect(jsonPath("$.firstFailure.reason").value(containsString("changed after it was recorded")))
          .andExpect(jsonPath("$.checkedAt").isNotEmpty());
      // the API's full verification is the one pages show from now on
      assertThat(register.lastVerification().firstFailure().entryId()).isEqualTo(figures.id());
    } finally {
      // the register is shared by every test in this context: put the row back as it was
      jdbc.update("UPDATE oic_evidence_entry SET title = ? WHERE id = ?", figures.title(), figures.id());
    }
    mvc.perform(get("/api/evidence/verification").with(user("opcc.officer"))).andExpect(jsonPath("$.valid").value(true));
    assertThat(register.lastVerification().valid()).isTrue();
  }

  @Test
  void aRowForgedAfterTheHeadShowsInTheVerificationAndTheList() throws Exception {
    long head = jdbc.queryForObject("SELECT last_sequence FROM oic_evidence_head", Long.class);
    jdbc.update("""
        INSERT INTO oic_evidence_entry (id, sequence_no, plan_id, kind, title, effective_date, recorded_by, recorded_at,
          content_sha256, previous_sha256)
        VALUES ('forged-api-test', ?, 'hiow-oic-2025', 'SIGN_OFF', 'Discharged: Rec 8 (forged)', DATE '2026-01-15',
          'pcc', TIMESTAMP WITH TIME ZONE '2026-01-15 10:30:00+00', ?, ?)""", head + 1, "f".repeat(64), "0".repeat(64));
    try {
      mvc.perform(get("/api/evidence/verification").with(user("opcc.officer")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.problemCount").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
          .andExpect(jsonPath("$.summary").value(containsString("tampered with")))
          .andExpect(jsonPath("$.problems[*].entryId", hasItem("forged-api-test")));
      mvc.perform(get("/api/evidence").with(user("opcc.officer")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.registerWarning").value(containsString("comes after the register's head")));
    } finally {
      jdbc.update("DELETE FROM oic_evidence_entry WHERE id = 'forged-api-test'");
    }
    mvc.perform(get("/api/evidence").with(user("opcc.officer")))
        .andExpect(jsonPath("$.registerWarning").doesNotExist());
  }

  @Test
  void theLatestDigestIsSentToOpccStaffOnceUntilItChanges() {
    jdbc.update("DELETE FROM oic_mail_outbox WHERE notification_id IN (SELECT id FROM oic_notification WHERE kind = ?)", DigestMail.KIND);
    jdbc.update("DELETE FROM oic_notification WHERE kind = ?", DigestMail.KIND);
    var mac = register.verify().headMac();

    assertThat(digestMail.sendIfDue()).isGreaterThanOrEqualTo(1);
    assertThat(digestMail.sendIfDue()).isZero();

    var sent = jdbc.queryForList("SELECT group_id, plan_id, body FROM oic_notification WHERE kind = ?", DigestMail.KIND);
    assertThat(sent).anySatisfy(n -> {
      assertThat(n.get("group_id")).isEqualTo("opcc-staff");
      assertThat(n.get("plan_id")).isEqualTo(PLAN);
      assertThat((String) n.get("body")).contains(mac);
    });
  }
}
