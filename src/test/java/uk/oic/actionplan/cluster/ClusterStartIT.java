package uk.oic.actionplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.oic.actionplan.support.Cluster;
import uk.oic.actionplan.support.Node;

/**
 * Two nodes of the packaged jar, production profile, started at the same moment on an empty
 * PostgreSQL schema: both come up (the start-up lock lets one create the tables and provision while
 * the other waits), and everything provisioned exists once.
 */
class ClusterStartIT {

  private static final String PLAN = "hiow-oic-2025";

  @TempDir
  Path workDir;

  @Test
  void twoNodesStartedTogetherOnAnEmptyDatabaseBothComeUpAndProvisionOnce() {
    try (var cluster = Cluster.start(2, workDir)) {
      for (var node : cluster.nodes()) {
        assertThat(node.isAlive()).isTrue();
        assertThat(node.admin().get("/engine-rest/engine").statusCode()).as(node.name()).isEqualTo(200);
      }
      var waited = cluster.nodes().stream().filter(n -> n.log().contains("Waiting for another node to finish starting")).toList();
      assertThat(waited).as("one node waited for the other's start-up").hasSize(1);

      long actionPlans = cluster.count("select count(*) from act_hi_procinst where proc_def_key_ = 'oic-action-plan'");
      long planInstances = cluster.count("select count(*) from act_hi_procinst where proc_def_key_ = 'oic-action-plan'"
          + " and business_key_ = ?", PLAN);
      long assuranceLoops = cluster.count("select count(*) from act_hi_procinst where proc_def_key_ = 'oic-pcc-assurance'");
      long areas = cluster.count("select count(*) from act_hi_procinst where proc_def_key_ = 'oic-area'");
      long filters = cluster.count("select count(*) from act_ru_filter");
      long filterNames = cluster.count("select count(distinct name_) from act_ru_filter");
      long groups = cluster.count("select count(*) from act_id_group");
      long grants = cluster.count("select count(*) from act_ru_authorization where group_id_ is not null");
      long duplicateGrants = cluster.count("select count(*) from (select type_, group_id_, resource_type_, resource_id_"
          + " from act_ru_authorization where group_id_ is not null"
          + " group by type_, group_id_, resource_type_, resource_id_ having count(*) > 1) d");
      long administrators = cluster.count("select count(*) from act_id_user where id_ = ?", Node.ADMIN);
      long deployments = cluster.count("select count(*) from act_re_deployment");
      long definitions = cluster.count("select count(*) from act_re_procdef");
      long definitionKeys = cluster.count("select count(distinct key_) from act_re_procdef");
      long appMigrations = cluster.count("select count(*) from oic_schema_history where success");

      System.out.printf("""
          ClusterStartIT: 2 nodes started together on the empty schema %s
            ready after: %s %s, %s %s (%s waited for the start-up lock)
            action plans %d (business key %s: %d), area processes %d, assurance loops %d
            Tasklist filters %d (%d names), groups %d, group grants %d (%d duplicated), administrators %d
            deployments %d, process definitions %d (%d keys), application migrations applied %d
          """, cluster.schema(),
          cluster.node(0).name(), cluster.node(0).startTime(), cluster.node(1).name(), cluster.node(1).startTime(),
          waited.get(0).name(), actionPlans, PLAN, planInstances, areas, assuranceLoops,
          filters, filterNames, groups, grants, duplicateGrants, administrators,
          deployments, definitions, definitionKeys, appMigrations);

      assertThat(actionPlans).isEqualTo(1);
      assertThat(planInstances).isEqualTo(1);
      assertThat(assuranceLoops).isEqualTo(1);
      assertThat(areas).isEqualTo(9);
      // the six of Tasklist and "Covering for others"
      assertThat(filters).isEqualTo(7).isEqualTo(filterNames);
      // nine area owner groups, the strategic lead, chief officers, OPCC staff, the PCC, administrators
      assertThat(groups).isEqualTo(14);
      assertThat(grants).isPositive();
      assertThat(duplicateGrants).isZero();
      assertThat(administrators).isEqualTo(1);
      assertThat(deployments).isEqualTo(1);
      assertThat(definitions).isEqualTo(definitionKeys);
    }
  }
}
