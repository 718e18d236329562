package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uk.oic.actionplan.support.WebSession;

/** Attaching a file to a task from the browser: who may, what is refused, and what is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvidenceUploadTest {

  private static final String PROCESS = "evidence-test-on-completion";
  private static final byte[] MINUTES = "%PDF-1.7 Training Prioritisation Board minutes".getBytes(StandardCharsets.UTF_8);

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  EvidenceRegister register;

  @Autowired
  JdbcTemplate jdbc;

  MockMvc mvc;
  String processInstanceId;
  String taskId;

  @BeforeEach
  void anOpenTaskForArea7() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repositoryService.createDeployment().addClasspathResource("evidence/" + PROCESS + ".bpmn").deploy();
    }
    processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS, "hiow-oic-2025/area-7", Map.of(
        "planId", "hiow-oic-2025", "recommendationId", "rec-8", "recommendationLabel", "Rec 8", "areaNumber", 7,
        "areaName", "Hydra training", "ownerGroup", "area-7-owners")).getId();
    taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  @AfterEach
  void removeInstance() {
    runtimeService.deleteProcessInstance(processInstanceId, "test finished");
  }

  @Test
  void theOwnerSeesTheirTaskInTheListAndOthersDoNot() throws Exception {
    mvc.perform(get("/evidence/new").with(user("area7.owner")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("taskId=" + taskId)))
        .andExpect(content().string(containsString("Submit training figures: Hydra training")));
    mvc.perform(get("/evidence/new").with(user("area1.owner")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(taskId))));
    // the strategic lead may read every task, but the list holds only their own work
    mvc.perform(get("/evidence/new").with(user("strategic.lead")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(taskId))));
    mvc.perform(get("/evidence/new").param("taskId", taskId).with(user("strategic.lead")))
        .andExpect(status().isOk());
  }

  @Test
  void thePageShowsTheTasksContext() throws Exception {
    mvc.perform(get("/evidence/new").param("taskId", taskId).with(user("area7.owner")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Submit training figures: Hydra training")))
        .andExpect(content().string(containsString("7: Hydra training")))
        .andExpect(content().string(containsString("Rec 8")))
        .andExpect(content().string(containsString("Organised immigration crime action plan")))
        .andExpect(content().string(containsString("smaller than 10 MB")));
  }

  @Test
  void aTaskTheUserCannotSeeIsNotFoundAndTakesNothing() throws Exception {
    mvc.perform(get("/evidence/new").param("taskId", taskId).with(user("area1.owner")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Task not found")));
    int before = count();
    mvc.perform(upload("minutes.pdf", MINUTES).with(user("area1.owner")))
        .andExpect(status().isNotFound());
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anAllowedFileIsStoredWithItsHashAndTheTasksContext() throws Exception {
    var result = mvc.perform(upload("TPB minutes.pdf", MINUTES).with(user("area7.owner")))
        .andExpect(status().isFound())
        .andReturn();
    var location = result.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/evidence/new?taskId=" + taskId + "&recorded=");
    var entry = register.find(location.substring(location.indexOf("recorded=") + 9)).orElseThrow();

    assertThat(entry.planId()).isEqualTo("hiow-oic-2025");
    assertThat(entry.recommendationId()).isEqualTo("rec-8");
    assertThat(entry.areaNumber()).isEqualTo(7);
    assertThat(entry.kind()).isEqualTo(EvidenceKind.MEETING_RECORD);
    assertThat(entry.title()).isEqualTo("Training Prioritisation Board, March");
    assertThat(entry.effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(entry.recordedBy()).isEqualTo("area7.owner");
    assertThat(entry.taskId()).isEqualTo(taskId);
    assertThat(entry.processInstanceId()).isEqualTo(processInstanceId);
    assertThat(entry.activityId()).isEqualTo("Task_SubmitFigures");
    assertThat(entry.attachment()).isEqualTo(
        new EvidenceAttachment("TPB minutes.pdf", "application/pdf", MINUTES.length, Hashes.sha256(MINUTES)));
    assertThat(register.attachmentContent(entry.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(MINUTES));

    mvc.perform(get(location).with(user("area7.owner")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Evidence recorded")))
        .andExpect(content().string(containsString(Hashes.sha256(MINUTES))))
        .andExpect(content().string(containsString("Evidence already recorded in this process")))
        .andExpect(content().string(containsString("/api/evidence/" + entry.id() + "/attachment")));
    mvc.perform(get("/api/evidence/" + entry.id() + "/attachment").with(user("area7.owner")))
        .andExpect(header().string("X-Content-SHA256", Hashes.sha256(MINUTES)));
  }

  @Test
  void theSameFormSentTwiceRecordsOneEntry() throws Exception {
    var uploadId = UUID.randomUUID().toString();
    int before = count();
    mvc.perform(upload("minutes.pdf", MINUTES).param("uploadId", uploadId).with(user("area7.owner"))).andExpect(status().isFound());
    mvc.perform(upload("minutes.pdf", MINUTES).param("uploadId", uploadId).with(user("area7.owner"))).andExpect(status().isFound());
    assertThat(count()).isEqualTo(before + 1);
  }

  @Test
  void aFileOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
    int before = count();
    mvc.perform(upload("big.pdf", new byte[10 * 1024 * 1024 + 1]).with(user("area7.owner")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("The selected file must be smaller than 10 MB")));
    assertThat(count()).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_attachment", Integer.class))
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry WHERE attachment_sha256 IS NOT NULL", Integer.class));
  }

  @Test
  void aDisallowedTypeIsRefusedAndNothingIsStored() throws Exception {
    int before = count();
    mvc.perform(upload("figures.exe", MINUTES).with(user("area7.owner")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The selected file must be a CSV, DOCX, JPEG, JPG, ODS, ODT, PDF, PNG, PPTX, TXT or XLSX")));
    mvc.perform(upload("no-extension", MINUTES).with(user("area7.owner"))).andExpect(status().isBadRequest());
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void missingTitleFileAndABadDateAreEachReported() throws Exception {
    int before = count();
    mvc.perform(multipart("/evidence/new").param("taskId", taskId).param("kind", "DOCUMENT").param("title", " ")
            .param("day", "31").param("month", "2").param("year", "2026").with(csrf()).with(user("area7.owner")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Enter a title")))
        .andExpect(content().string(containsString("Select a file to attach")))
        .andExpect(content().string(containsString("must be a real date")));
    mvc.perform(upload("minutes.pdf", MINUTES, "2099").with(user("area7.owner")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("must be today or in the past")));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anonymousVisitorsAreSentToLogin() throws Exception {
    mvc.perform(get("/evidence/new").accept(org.springframework.http.MediaType.TEXT_HTML))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", containsString("/login")));
  }

  @Test
  void aBrowserSessionUploadsWithTheFormsCsrfToken() {
    var browser = WebSession.login(port, "area7.owner", "demo");
    var page = browser.get("/evidence/new?taskId=" + taskId, "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    int before = count();

    var response = browser.postMultipart("/evidence/new", page.body(), Map.of(
        "taskId", taskId, "kind", "TRAINING_FIGURES", "title", "Hydra figures, March"),
        "file", "hydra.csv", "station,trained\nA,1\n".getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(count()).isEqualTo(before + 1);
    var withoutToken = browser.postMultipart("/evidence/new", "", Map.of("taskId", taskId, "title", "x"),
        "file", "hydra.csv", new byte[] {1});
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(count()).isEqualTo(before + 1);
  }

  @Test
  void aFileLargerThanTheServerTakesGetsAPageSayingSoAndNothingIsStored() {
    var browser = WebSession.login(port, "area7.owner", "demo");
    var page = browser.get("/evidence/new?taskId=" + taskId, "text/html");
    int before = count();

    // above spring.servlet.multipart.max-file-size (25MB): refused before the form's own checks
    var response = browser.postMultipart("/evidence/new", page.body(), Map.of(
        "taskId", taskId, "kind", "DOCUMENT", "title", "Scanned minutes"),
        "file", "minutes.pdf", new byte[27 * 1024 * 1024]);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("The file is too large",
        "Nothing was recorded. The selected file must be smaller than <span>10 MB</span>.", "href=\"/evidence/new\"");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void afterARowIsForgedAfterTheHeadAnUploadIsRefusedWith409AndNothingIsWritten() throws Exception {
    long head = jdbc.queryForObject("SELECT last_sequence FROM oic_evidence_head", Long.class);
    jdbc.update("""
        INSERT INTO oic_evidence_entry (id, sequence_no, plan_id, kind, title, effective_date, recorded_by, recorded_at,
          content_sha256, previous_sha256)
        VALUES ('forged-upload-test', ?, 'hiow-oic-2025', 'SIGN_OFF', 'Discharged: Rec 8 (forged)', DATE '2026-01-15',
          'pcc', TIMESTAMP WITH TIME ZONE '2026-01-15 10:30:00+00', ?, ?)""", head + 1, "f".repeat(64), "0".repeat(64));
    try {
      int before = count();
      long attachments = jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_attachment", Long.class);

      mvc.perform(upload("minutes.pdf", MINUTES).with(user("area7.owner")))
          .andExpect(status().isConflict())
          .andExpect(content().string(containsString("The evidence register has been tampered with")))
          .andExpect(content().string(containsString("comes after the register&#39;s head")));

      assertThat(count()).isEqualTo(before);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_attachment", Long.class)).isEqualTo(attachments);
      assertThat(jdbc.queryForObject("SELECT last_sequence FROM oic_evidence_head", Long.class)).isEqualTo(head);
      assertThat(register.verify().valid()).isFalse();
    } finally {
      // the register is shared by every test in this context
      jdbc.update("DELETE FROM oic_evidence_entry WHERE id = 'forged-upload-test'");
    }
    assertThat(register.verify().valid()).isTrue();
  }

  private MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
    return upload(fileName, content, "2026");
  }

  private MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content, String year) {
    return (MockMultipartHttpServletRequestBuilder) multipart("/evidence/new")
        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
        .param("taskId", taskId)
        .param("kind", "MEETING_RECORD")
        .param("title", "Training Prioritisation Board, March")
        .param("description", "Minutes: Hydra completion reviewed")
        .param("day", "12").param("month", "3").param("year", year)
        .with(csrf());
  }

  private int count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Integer.class);
  }
}
