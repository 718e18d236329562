package uk.oic.actionplan.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.kernel.DeadlineSchedule;
import uk.oic.actionplan.support.WebSession;

/** With {@code oic.absence.enabled=false} nothing of cover while away is there, and a stored absence has no effect. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "oic.absence.enabled=false")
@ActiveProfiles("test")
class AbsenceDisabledTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DeadlineSchedule schedule;
  @Autowired JdbcTemplate jdbc;
  @Autowired CoverHooks cover;

  @Test
  void theApiAndPageAreNotThereAndAStoredAbsenceDoesNothing() {
    var session = WebSession.basic(port, "area1.owner", "demo");
    assertThat(session.get("/api/me/absence").statusCode()).isEqualTo(404);
    assertThat(session.putJson("/api/me/absence", "{\"delegate\": \"area2.owner\", \"from\": \"2026-04-01\", \"to\": \"2026-04-10\"}")
        .statusCode()).isEqualTo(404);
    assertThat(session.delete("/api/me/absence").statusCode()).isEqualTo(404);
    assertThat(WebSession.basic(port, "demo", "demo").get("/api/users/area1.owner/absence").statusCode()).isEqualTo(404);
    assertThat(WebSession.login(port, "area1.owner", "demo").get("/me/absence", "text/html").statusCode()).isEqualTo(404);
    // the page's forms, posted with a valid CSRF token (taken from another page), store nothing either
    var browser = WebSession.login(port, "area1.owner", "demo");
    assertThat(browser.submitForm("/me/calendar", "/me/absence", Map.of("delegate", "area2.owner", "from", "2026-04-01",
        "to", "2026-04-10")).statusCode()).isEqualTo(404);
    assertThat(browser.submitForm("/me/calendar", "/me/absence/end", Map.of()).statusCode()).isEqualTo(404);
    var admin = WebSession.basic(port, "demo", "demo");
    assertThat(admin.putJson("/api/users/area1.owner/absence",
        "{\"delegate\": \"area2.owner\", \"from\": \"2026-04-01\", \"to\": \"2026-04-10\"}").statusCode()).isEqualTo(404);
    assertThat(admin.delete("/api/users/area1.owner/absence").statusCode()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oic_absence", Integer.class)).isZero();

    // an absence stored while the feature was on
    jdbc.update("""
        INSERT INTO oic_absence (user_id, delegate_id, from_date, to_date, status, set_by, set_at, open_for)
        VALUES ('area1.owner', 'area2.owner', ?, ?, 'COVERING', 'area1.owner', ?, 'area1.owner')""",
        LocalDate.now(ZoneId.of("Europe/London")).minusDays(1), LocalDate.now(ZoneId.of("Europe/London")).plusDays(9),
        OffsetDateTime.now());
    repositoryService.createDeployment().name("absence disabled").enableDuplicateFiltering(true)
        .addClasspathResource("escalation/oic-test-dated-item.bpmn").deploy();
    var item = runtimeService.startProcessInstanceByKey("oic-test-dated-item", Map.of("planId", "hiow-oic-2025",
        "areaNumber", 1, "itemTitle", "Rota audit", "ownerGroup", "area-1-owners",
        "itemDue", schedule.endOf(LocalDate.now(ZoneId.of("Europe/London")).plusMonths(3))));
    var task = taskService.createTaskQuery().processInstanceId(item.getId()).singleResult();
    List<String> candidateUsers = taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getUserId).filter(u -> u != null).toList();
    assertThat(candidateUsers).doesNotContain("area2.owner");
    assertThat(cover.delegatesCoveringFor(List.of("area1.owner"))).isEmpty();
  }
}
