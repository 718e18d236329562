package uk.oic.actionplan.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static uk.oic.actionplan.forms.FieldChecksTest.problems;
import static uk.oic.actionplan.forms.FieldChecksTest.values;

import org.junit.jupiter.api.Test;

/**
 * The areas' figures forms and the shared recovery form, as the server checks each completion:
 * every figure alone (required, whole, not negative, real days, lengths). Figures taken together are
 * the assessing services' to judge, so a form accepts more debriefs than arrivals.
 */
class AreaFiguresFormChecksTest {

  @Test
  void areaThreeFiguresAreCheckedFieldByField() throws Exception {
    var figures = values("figuresPeriodStart", "2026-01-01", "figuresPeriodEnd", "2026-03-31",
        "migrantsArrived", 60L, "debriefsCompleted", 61L, "intelligenceReports", 0L);
    assertThat(problems("oic-area-3-figures", figures)).isEmpty();

    figures.put("figuresPeriodEnd", "2026-02-30");
    figures.put("migrantsArrived", -1L);
    figures.put("debriefsCompleted", 4.5);
    figures.remove("intelligenceReports");
    assertThat(problems("oic-area-3-figures", figures)).containsOnly(
        entry("figuresPeriodEnd", "must be a date written yyyy-mm-dd"),
        entry("migrantsArrived", "must be at least 0"),
        entry("debriefsCompleted", "must be a whole number"),
        entry("intelligenceReports", "is required"));
  }

  @Test
  void eachNewFiguresFormAcceptsACompleteEntry() throws Exception {
    assertThat(problems("oic-area-1-figures", values("figuresAsAt", "2026-03-31", "peerReviewFindings", 20L,
        "findingsCompleted", 12L, "governanceOversight", "Regional 9-point plan board, 12 March 2026"))).isEmpty();
    assertThat(problems("oic-area-4-figures", values("figuresAsAt", "2026-03-31", "apmisStaffToTrain", 40L,
        "apmisStaffTrained", 30L, "improvementPlanReference", "CIP-12"))).isEmpty();
    assertThat(problems("oic-area-5-figures", values("figuresAsAt", "2026-03-31", "accessHolder",
        "Border Force officers at Southampton", "pndAccessNeeded", 10L, "pndAccessGranted", 8L, "frAccessNeeded", 10L,
        "frAccessGranted", 5L))).isEmpty();
    assertThat(problems("oic-area-6-figures", values("figuresPeriodStart", "2026-01-01", "figuresPeriodEnd",
        "2026-03-31", "ocgsMapped", 12L, "investigationsOpened", 4L, "disruptions", 9L))).isEmpty();
    assertThat(problems("oic-area-9-figures", values("figuresPeriodStart", "2026-01-01", "figuresPeriodEnd",
        "2026-03-31", "victimsIdentified", 20L, "victimsSafeguarded", 18L, "agenciesInvolved", 6L,
        "agenciesRolesAgreed", 4L))).isEmpty();
    assertThat(problems("oic-area-4-figures", values("figuresAsAt", "2026-03-31", "apmisStaffToTrain", 40L,
        "apmisStaffTrained", 30L, "improvementPlanReference", "x".repeat(201))))
        .containsExactly(entry("improvementPlanReference", "at most 200 characters"));
  }

  @Test
  void theHydraQuarterIsWrittenAsYearAndQuarter() throws Exception {
    var figures = values("figuresAsAt", "2026-01-31", "figuresQuarter", "2026-Q1", "relevantPersonnel", 200L,
        "completedPersonnel", 185L, "sessionsHeld", 4L, "placesOffered", 60L, "partnerPlaces", 12L,
        "boardOversight", "Training Prioritisation Board, January 2026");
    assertThat(problems("oic-area-7-hydra-figures", figures)).isEmpty();

    figures.put("figuresQuarter", "2026 Q1");
    figures.remove("sessionsHeld");
    assertThat(problems("oic-area-7-hydra-figures", figures)).containsOnly(
        entry("figuresQuarter", "does not have the expected form (^[0-9]{4}-Q[1-4]$)"),
        entry("sessionsHeld", "is required"));
  }

  @Test
  void theRecoveryActionNeedsSubstanceAndSomeoneOverseeingIt() throws Exception {
    assertThat(problems("oic-area-recovery-action", values("recoveryAction",
        "Two extra sessions in February for response officers", "recoveryOversight", "Training Prioritisation Board")))
        .isEmpty();
    assertThat(problems("oic-area-recovery-action", values("recoveryAction", "More training")))
        .containsOnly(entry("recoveryAction", "at least 20 characters"), entry("recoveryOversight", "is required"));
  }
}
