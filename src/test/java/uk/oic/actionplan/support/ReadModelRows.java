package uk.oic.actionplan.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Forgets a plan's rows in the read model, for tests that delete the engine's history of a plan (a
 * deployment deleted with its instances, historic instances deleted) and share the database with
 * the next test: the read model keeps what happened, as it does when history is cleaned up.
 */
public final class ReadModelRows {

  private static final List<String> PLAN_TABLES = List.of("oic_open_task", "oic_area_sign_off", "oic_area_figures",
      "oic_area_update", "oic_area_state", "oic_plan_state", "oic_rm_instance");

  private ReadModelRows() {}

  public static void forget(JdbcTemplate jdbc, String planId) {
    jdbc.update("DELETE FROM oic_area_submission WHERE area_instance_id IN "
        + "(SELECT process_instance_id FROM oic_rm_instance WHERE plan_id = ?)", planId);
    for (var table : PLAN_TABLES) {
      jdbc.update("DELETE FROM " + table + " WHERE plan_id = ?", planId);
    }
  }
}
