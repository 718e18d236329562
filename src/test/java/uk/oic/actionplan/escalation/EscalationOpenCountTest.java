package uk.oic.actionplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.oic.actionplan.dashboard.EscalationRow;
import uk.oic.actionplan.kernel.CalendarProperties;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/** The front page's open escalations: one query, no steps, the same rows as the full list's open ones. */
class EscalationOpenCountTest {

  private static final String PLAN = "hiow-oic-2025";
  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private final JdbcTemplate jdbc = database();
  private final EscalationLog log = new EscalationLog(jdbc);
  private final DashboardEscalations dashboard = new DashboardEscalations(log, mock(DeadlineSchedule.class),
      new CalendarProperties(ZoneId.of("Europe/London"), List.of()));

  @AfterEach
  void close() {
    jdbc.execute("SHUTDOWN");
  }

  @Test
  void onlyTheOpenEscalationsOfThePlanHighestLevelFirstWithoutTheirSteps() {
    long levelOne = escalation(PLAN, "Training plan", "area-2-owners", 0);
    log.setLevel(levelOne, 1, 3, "area-2-owners");
    log.addStep(levelOne, "ESCALATED", 1, "area-2-owners", "missed", null, "system", AT);
    long levelThree = escalation(PLAN, "Audit", "area-4-owners", 1);
    log.setLevel(levelThree, 3, 3, "chief-officers");
    log.flagForPcc(levelThree);
    long resolved = escalation(PLAN, "Hydra", "area-7-owners", 2);
    log.close(resolved, "RESOLVED", AT.plusDays(3));
    log.insert(new EscalationLog.NewEntry("reminder/1", EscalationLog.REMINDER, "SENT", item(PLAN, "Reminder", "area-1-owners"),
        3, AT));
    escalation("another-force-oic", "Elsewhere", "area-1-owners", 3);

    var open = dashboard.openEscalations(PLAN);

    assertThat(open).extracting(EscalationRow::id).containsExactly(levelThree, levelOne);
    assertThat(open).extracting(EscalationRow::levelGroup).containsExactly("chief-officers", "area-2-owners");
    assertThat(open).extracting(EscalationRow::flaggedForPcc).containsExactly(true, false);
    assertThat(open).allSatisfy(e -> assertThat(e.steps()).isEmpty());
    assertThat(open).allMatch(EscalationRow::open);
    var fromTheFullList = dashboard.escalations(PLAN).stream().filter(EscalationRow::open).map(EscalationRow::id).toList();
    assertThat(open).extracting(EscalationRow::id).containsExactlyInAnyOrderElementsOf(fromTheFullList);
    assertThat(dashboard.openEscalations("no-such-plan")).isEmpty();
  }

  private long escalation(String plan, String name, String owner, int n) {
    return log.insert(new EscalationLog.NewEntry("escalation/" + n, EscalationLog.ESCALATION, EscalationLog.OPEN,
        item(plan, name, owner), 3, AT.plusMinutes(n)));
  }

  private static ItemRef item(String plan, String name, String owner) {
    return new ItemRef(plan, name, "AREA_DELIVERY", owner, Date.from(AT.plusDays(30).toInstant()), "pi-" + name, "Task_Deliver",
        null);
  }

  private static JdbcTemplate database() {
    var dataSource = new DriverManagerDataSource("jdbc:h2:mem:escalations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).table("oic_schema_history").locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(dataSource);
  }
}
