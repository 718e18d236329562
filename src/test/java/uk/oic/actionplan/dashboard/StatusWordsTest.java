package uk.oic.actionplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words the dashboard, its pages and exports show for the plans API's status names. */
class StatusWordsTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "null, Not started", "NOT_STARTED, Not started", "PLANNING, Planning", "IN_PROGRESS, In progress",
      "ALREADY_ACHIEVED, Reported already achieved (awaiting sign-off)", "SIGNED_OFF, Signed off",
      "NOT_VISIBLE, Not visible to you", "SOMETHING_NEW, SOMETHING_NEW"})
  void anAreasStatus(String status, String shown) {
    assertThat(EngineDashboardData.areaStatus(status)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "null, Not started", "NOT_STARTED, Not started", "IN_PROGRESS, In progress", "OVERDUE, Overdue",
      "SIGNED_OFF, Delivered", "NOT_VISIBLE, Not visible to you", "PLANNING, PLANNING"})
  void aRecommendationsStatus(String status, String shown) {
    assertThat(EngineDashboardData.recommendationStatus(status)).isEqualTo(shown);
  }
}
