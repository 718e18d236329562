package uk.oic.actionplan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.oic.actionplan.identity.EngineApiAllowList.Audience;
import uk.oic.actionplan.plan.PlanCatalog;
import uk.oic.actionplan.web.EngineFailures;
import uk.oic.actionplan.web.Problem;

/**
 * Decides, after login and before the engine runs anything, whether the caller may make an engine
 * call at all, at both doors: {@code /engine-rest} and the webapps' {@code /camunda/api/engine}.
 * Administrators pass; everyone else may make only the calls in {@link EngineApiAllowList}, and calls
 * that act on a task only as its assignee or candidate. A refused call gets a problem body that names
 * nothing, and so does a call the engine itself refuses: the engine's own message names the resource.
 *
 * <p>Refusing here matters because some engine commands fail only after they have started: a refused
 * {@code POST /job/{id}/execute} used to count as a failed run of the job, taking its retries down.
 */
class EngineApiGuard extends OncePerRequestFilter {

  static final String ENGINE_REST = "/engine-rest";
  static final String WEBAPP_ENGINE_API = "/camunda/api/engine";

  static final String FORBIDDEN = Problem.of(403, "Forbidden", EngineFailures.REFUSED).json();
  static final String NOT_FOUND = Problem.of(404, "Not found", "There is no such task.").json();
  static final String BAD_REQUEST = Problem.of(400, "Bad request", "This request is not accepted.").json();
  static final String UNAUTHORIZED = Problem.of(401, "Unauthorized", "Log in first.").json();

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A path of plain segments: no parameters (;), no encoded characters (%), no empty, dot or dot-dot segments. */
  private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_:-][A-Za-z0-9._:-]*)*/?");
  /** Headers some REST stacks read to run a request as another method than the one checked here. */
  private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
  private static final Pattern NAMED_ENGINE = Pattern.compile("/engine/[A-Za-z0-9_-]+(/.*)?");

  private final ProcessEngine processEngine;
  private final PlanCatalog plans;

  EngineApiGuard(ProcessEngine processEngine, PlanCatalog plans) {
    this.processEngine = processEngine;
    this.plans = plans;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
      answer(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED);
      return;
    }
    var groups = Set.copyOf(GroupAuthorities.groups(user));
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    var uri = request.getRequestURI().substring(request.getContextPath().length());
    if (!PLAIN_PATH.matcher(uri).matches()) {
      refuse(request, user, uri, "not a plain path");
      answer(response, HttpServletResponse.SC_BAD_REQUEST, BAD_REQUEST);
      return;
    }
    if (METHOD_OVERRIDES.stream().anyMatch(header -> request.getHeader(header) != null)) {
      refuse(request, user, uri, "method override header");
      answer(response, HttpServletResponse.SC_BAD_REQUEST, BAD_REQUEST);
      return;
    }
    var enginePath = enginePath(uri);
    HttpServletRequest passed = request;
    if (enginePath.isPresent() && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
        && !"OPTIONS".equals(request.getMethod())) {
      var local = EngineApiAllowList.TASK_LOCAL_VARIABLE.matcher(enginePath.get());
      if (local.matches() && EngineApiAllowList.RESERVED_TASK_VARIABLES.contains(local.group("name"))) {
        refuse(request, user, uri, "reserved task variable");
        answer(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
        return;
      }
      if (EngineApiAllowList.TASK_LOCAL_VARIABLES.matcher(enginePath.get()).matches()) {
        var read = new BodyRead(request);
        if (namesReservedVariable(read.body)) {
          refuse(request, user, uri, "reserved task variable");
          answer(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
          return;
        }
        passed = read;
      }
    }
    var verdict = enginePath.map(path -> decide(request.getMethod(), path, user.getName(), groups)).orElse(Verdict.FORBIDDEN);
    switch (verdict) {
      case ALLOWED -> passWithNeutralRefusals(passed, response, chain);
      case NO_SUCH_TASK -> answer(response, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND);
      case FORBIDDEN -> {
        refuse(request, user, uri, "not allowed for the caller's groups");
        answer(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
      }
    }
  }

  enum Verdict { ALLOWED, FORBIDDEN, NO_SUCH_TASK }

  /** The engine call a request makes, relative to the engine ({@code /task/1/complete}); empty if it is none. */
  static Optional<String> enginePath(String uri) {
    String rest;
    if (uri.equals(ENGINE_REST) || uri.startsWith(ENGINE_REST + "/")) {
      rest = uri.substring(ENGINE_REST.length());
      if (!NAMED_ENGINE.matcher(rest).matches()) {
        return Optional.of(rest.isEmpty() ? "/" : stripTrailingSlash(rest));
      }
    } else if (uri.startsWith(WEBAPP_ENGINE_API + "/")) {
      rest = uri.substring(WEBAPP_ENGINE_API.length());
    } else {
      return Optional.empty();
    }
    if (rest.equals("/engine") || rest.equals("/engine/")) {
      return Optional.of("/engine");
    }
    var named = NAMED_ENGINE.matcher(rest);
    if (!named.matches()) {
      return Optional.empty();
    }
    return Optional.of(named.group(1) == null ? "/" : stripTrailingSlash(named.group(1)));
  }

  private static String stripTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  Verdict decide(String method, String enginePath, String userId, Set<String> groups) {
    var audiences = audiencesOf(groups);
    if (audiences.isEmpty()) {
      return Verdict.FORBIDDEN;
    }
    for (var rule : EngineApiAllowList.rulesFor(method, enginePath)) {
      if (rule.audience() == Audience.SELF) {
        if (rule.userId(enginePath).orElseThrow().equals(userId)) {
          return Verdict.ALLOWED;
        }
      } else if (rule.audience() == Audience.TASK_PARTY) {
        var parties = taskParties(rule.taskId(enginePath).orElseThrow());
        if (parties.isEmpty()) {
          return Verdict.NO_SUCH_TASK;
        }
        if (parties.get().includes(userId, groups)) {
          return Verdict.ALLOWED;
        }
      } else if (audiences.contains(rule.audience())) {
        return Verdict.ALLOWED;
      }
    }
    return Verdict.FORBIDDEN;
  }

  /** Tasklist for every member of a plan's groups; Cockpit reading for the plans' reviewing roles. */
  Set<Audience> audiencesOf(Set<String> groups) {
    var audiences = new HashSet<Audience>();
    for (var plan : plans.all()) {
      if (plan.groups().stream().anyMatch(groups::contains)) {
        audiences.add(Audience.TASKLIST);
      }
      var roles = plan.roles();
      if (List.of(roles.strategicLead(), roles.chiefOfficers(), roles.opccStaff(), roles.pcc()).stream()
          .anyMatch(groups::contains)) {
        audiences.add(Audience.COCKPIT);
      }
    }
    return audiences;
  }

  /** Who may act on a task: looked up as the system, since the caller may not read the task. */
  Optional<TaskParties> taskParties(String taskId) {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return Optional.ofNullable(configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
          return null;
        }
        var candidateUsers = new HashSet<String>();
        var candidateGroups = new HashSet<String>();
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
            if (link.getUserId() != null) {
              candidateUsers.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
              candidateGroups.add(link.getGroupId());
            }
          }
        }
        return new TaskParties(task.getAssignee(), Set.copyOf(candidateUsers), Set.copyOf(candidateGroups));
      } finally {
        context.enableAuthorizationCheck();
      }
    }));
  }

  record TaskParties(String assignee, Set<String> candidateUsers, Set<String> candidateGroups) {
    boolean includes(String userId, Set<String> groups) {
      return userId.equals(assignee) || candidateUsers.contains(userId) || candidateGroups.stream().anyMatch(groups::contains);
    }
  }

  /** Whether a body of {@code POST /task/{id}/localVariables} sets or deletes a reserved variable. */
  static boolean namesReservedVariable(byte[] body) {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException notJson) {
      return false;
    }
    if (json == null) {
      return false;
    }
    var modifications = json.path("modifications");
    for (var name : EngineApiAllowList.RESERVED_TASK_VARIABLES) {
      if (modifications.has(name)) {
        return true;
      }
    }
    for (var deletion : json.path("deletions")) {
      if (EngineApiAllowList.RESERVED_TASK_VARIABLES.contains(deletion.asText())) {
        return true;
      }
    }
    return false;
  }

  /** A request whose body has been read here, and is read again from memory by the engine. */
  private static final class BodyRead extends HttpServletRequestWrapper {

    private final byte[] body;

    BodyRead(HttpServletRequest request) throws IOException {
      super(request);
      this.body = request.getInputStream().readAllBytes();
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      var encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
          encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }
  }

  /** Lets the call through; if the engine refuses it, the caller gets the neutral refusal, not the engine's message. */
  private void passWithNeutralRefusals(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (buffered.getStatus() == HttpServletResponse.SC_FORBIDDEN && !response.isCommitted()) {
      response.resetBuffer();
      answer(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
    } else {
      buffered.copyBodyToResponse();
    }
  }

  private static void refuse(HttpServletRequest request, Authentication user, String uri, String reason) {
    LOG.info("Refused {} {} for {}: {}", request.getMethod(), uri, user.getName(), reason);
  }

  private static void answer(HttpServletResponse response, int status, String body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    var bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
