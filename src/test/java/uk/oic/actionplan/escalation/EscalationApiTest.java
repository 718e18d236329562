package uk.oic.actionplan.escalation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EscalationApiTest extends EscalationTestSupport {

  @Autowired MockMvc mvc;

  private ProcessInstance item;
  private long escalationId;

  @BeforeEach
  void escalateAnItem() {
    clockAt(startOf(LocalDate.of(2026, 4, 1)));
    item = startItem("API check " + System.nanoTime(), "area-2-owners", LocalDate.of(2026, 4, 30));
    escalate(item);
    escalationId = escalationOf(item).id();
  }

  @Test
  void everyEndpointNeedsLogin() throws Exception {
    mvc.perform(get("/api/escalations")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/outbox")).andExpect(status().isUnauthorized());
  }

  @Test
  void theEscalationLogIsFilteredByPlanLevelAndOpenOrClosed() throws Exception {
    var match = "$.content[?(@.id == " + escalationId + ")]";
    mvc.perform(get("/api/escalations").param("planId", PLAN).param("level", "1").param("open", "true").param("size", "200")
            .with(httpBasic("chief.officer", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath(match + ".status").value("OPEN"))
        .andExpect(jsonPath(match + ".levelGroup").value("area-2-owners"))
        .andExpect(jsonPath(match + ".slips").value(0))
        .andExpect(jsonPath(match + ".originalDueDate").value("2026-04-30T23:00:00Z"))
        .andExpect(jsonPath(match + ".steps[0].step").value("ESCALATED"))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(200));
    mvc.perform(get("/api/escalations").param("open", "false").param("size", "200").with(httpBasic("chief.officer", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath(match).isEmpty());
    mvc.perform(get("/api/escalations").param("level", "2").param("size", "200").with(httpBasic("chief.officer", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath(match).isEmpty());
    mvc.perform(get("/api/escalations").param("planId", "another-plan").with(httpBasic("chief.officer", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
  }

  @Test
  void badPagingIsRefusedWithAProblem() throws Exception {
    mvc.perform(get("/api/escalations").param("size", "1000").with(httpBasic("chief.officer", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("size: must be between 1 and 200"));
    mvc.perform(get("/api/escalations").param("kind", "OTHER").with(httpBasic("chief.officer", "demo")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void notificationsAreShownToTheGroupConcernedOnly() throws Exception {
    var match = "$.content[?(@.escalationId == " + escalationId + ")]";
    mvc.perform(get("/api/notifications").param("size", "200").with(httpBasic("area2.owner", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath(match + ".groupId").value("area-2-owners"))
        .andExpect(jsonPath(match + ".kind").value("ESCALATION"));
    mvc.perform(get("/api/notifications").param("size", "200").with(httpBasic("area3.owner", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath(match).isEmpty());
  }

  @Test
  void theOutboxIsForAdministratorsOnly() throws Exception {
    mvc.perform(get("/api/outbox").with(httpBasic("area2.owner", "demo")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("Only administrators may read the e-mail outbox"));
    // no SMTP server configured: the e-mail waits in the outbox
    mvc.perform(get("/api/outbox").param("status", "PENDING").param("size", "200").with(httpBasic("demo", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[?(@.recipient == 'area2.owner@demo.oic.invalid' && @.attempts == 0)]").isNotEmpty());
  }
}
