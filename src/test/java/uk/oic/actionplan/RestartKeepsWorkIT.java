package uk.oic.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in files: stopping and starting loses nothing. */
class RestartKeepsWorkIT {

  @TempDir
  Path dataDir;

  @Test
  void processInstancesTasksAndAccountChangesSurviveARestart() {
    String instanceId;
    String taskId;
    try (var first = start()) {
      var engine = first.getBean(RuntimeService.class);
      first.getBean(RepositoryService.class).createDeployment()
          .addModelInstance("restart-check.bpmn", Bpmn.createExecutableProcess("restart-check")
              .camundaHistoryTimeToLive(1)
              .startEvent().userTask("Task_Check").name("Check").camundaCandidateGroups("area-1-owners")
              .endEvent().done())
          .deploy();
      instanceId = engine.startProcessInstanceByKey("restart-check", "restart/1").getId();
      var tasks = first.getBean(TaskService.class);
      taskId = tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
      tasks.setVariable(taskId, "note", "written before the restart");
      // an administrator removes a demo user: the demo setup must not bring them back
      first.getBean(IdentityService.class).deleteUser("area9.owner");
    }

    try (var second = start()) {
      var tasks = second.getBean(TaskService.class);
      var task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
      assertThat(task).isNotNull();
      assertThat(task.getId()).isEqualTo(taskId);
      assertThat(tasks.getVariable(taskId, "note")).isEqualTo("written before the restart");
      assertThat(second.getBean(RuntimeService.class).createProcessInstanceQuery()
          .processInstanceBusinessKey("restart/1").count()).isEqualTo(1);
      var identity = second.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().userId("area9.owner").count()).isZero();
      assertThat(identity.createUserQuery().userId("area1.owner").count()).isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ActionPlanApplication.class)
        .profiles("demo")
        .run("--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("oic") + ";DB_CLOSE_ON_EXIT=FALSE",
            "--camunda.bpm.job-execution.enabled=false");
  }
}
