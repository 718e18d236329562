package uk.oic.actionplan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A change to a task that fails because the task went away meanwhile is a lost race, whatever the
 * engine threw on the way: two people completing one task at once may make the second fail on a
 * missing variable, a missing parent execution or a foreign key, each a different error. After such
 * a failure this looks at the task itself: gone, and completed within the last minute, the caller
 * hears 409 ("completed by someone else a moment ago"); gone for longer, or never there, 404 (an
 * answer that already was 404 is kept as it was). A
 * failure while the task is still open is answered as it was (a refused form stays 400). Refusals
 * (401, 403) are never rewritten, so they reveal nothing about the task.
 *
 * <p>Applies to the engine's REST API and the webapps' API (Tasklist), for every request that
 * changes a task: complete, submit the form, claim, unclaim, set the assignee, change variables.
 */
@Configuration(proxyBeanMethods = false)
class TaskRaces {

  static final Duration MOMENT = Duration.ofMinutes(1);
  private static final Pattern TASK_CHANGE = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/"
          + "(?:complete|submit-form|resolve|claim|unclaim|assignee|delegate|variables|localVariables)(?:/.*)?$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> taskRaceFilter(JdbcTemplate jdbc, ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        var change = request.getMethod().equals("GET") ? null : TASK_CHANGE.matcher(request.getRequestURI());
        if (change == null || !change.matches()) {
          chain.doFilter(request, response);
          return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        var status = buffered.getStatus();
        if (status >= 400 && status != 401 && status != 403) {
          var problem = lostRace(jdbc, change.group(1));
          if (problem != null && !(problem.status() == 404 && status == 404)) {
            buffered.resetBuffer();
            buffered.setStatus(problem.status());
            buffered.setContentType("application/json");
            json.writeValue(buffered.getOutputStream(), problem.body());
          }
        }
        buffered.copyBodyToResponse();
      }
    });
    registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
    registration.setName("taskRaces");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** The answer when the task is no longer open, or null when it is (the failure was about something else). */
  static Problem lostRace(JdbcTemplate jdbc, String taskId) {
    if (jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE ID_ = ?", Long.class, taskId) > 0) {
      return null;
    }
    var ended = jdbc.queryForList("SELECT END_TIME_ FROM ACT_HI_TASKINST WHERE ID_ = ?", Timestamp.class, taskId);
    var now = ClockUtil.now().toInstant(); // the engine's clock, which wrote the end time
    if (!ended.isEmpty() && ended.get(0) != null && ended.get(0).toInstant().isAfter(now.minus(MOMENT))) {
      return Problem.of(409, "Conflict", EngineFailures.LOST_RACE);
    }
    return EngineFailures.taskGone(taskId);
  }
}
