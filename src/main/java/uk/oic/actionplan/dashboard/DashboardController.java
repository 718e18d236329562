package uk.oic.actionplan.dashboard;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The PCC dashboard: every plan at a glance, then a page per plan, recommendation and area with its
 * pictures and its history ("who did what and when").
 */
@Controller
class DashboardController {

  /** How many history events the plan page lists; the recommendation and area pages list all. */
  static final int PLAN_HISTORY_SHOWN = 50;

  private final DashboardData data;
  private final PlanAccess access;

  DashboardController(DashboardData data, PlanAccess access) {
    this.data = data;
    this.access = access;
  }

  /**
   * How many plans the overview shows in full (recommendations, areas, escalation levels, evidence); a
   * reader of more (a region's or the country's plans) gets one line per plan, each linking to its page.
   */
  static final int EXPANDED_PLANS = 3;

  @GetMapping("/")
  String dashboard(Model model, Principal user) {
    var readable = access.readablePlans(user.getName());
    var reports = new ArrayList<PlanReport>();
    if (readable.size() > EXPANDED_PLANS) {
      model.addAttribute("overview", data.overview(readable, user.getName()));
      model.addAttribute("verification", data.lastVerification());
    } else {
      for (var planId : readable) {
        data.summary(planId, user.getName()).ifPresent(reports::add);
      }
    }
    model.addAttribute("user", user.getName());
    model.addAttribute("reports", reports);
    model.addAttribute("escalationLevels", reports.stream()
        .collect(LinkedHashMap::new, (m, r) -> m.put(r.planId(), byLevel(r)), Map::putAll));
    return "dashboard/dashboard";
  }

  @GetMapping("/plans/{planId}")
  String plan(@PathVariable String planId, Model model, Principal user) {
    var report = readable(planId, user);
    var history = data.history(planId, HistoryScope.plan(), user.getName());
    model.addAttribute("report", report);
    model.addAttribute("levels", byLevel(report));
    model.addAttribute("history", history.subList(0, Math.min(PLAN_HISTORY_SHOWN, history.size())));
    model.addAttribute("historyTotal", history.size());
    model.addAttribute("milestones", Charts.milestones(report));
    model.addAttribute("timeline", Charts.timeline(report, "chart-timeline"));
    var grid = RagGrid.of(report);
    model.addAttribute("grid", grid);
    model.addAttribute("ragGrid", Charts.ragGrid(grid, "chart-rag-grid"));
    var training = trainingAreas(report);
    model.addAttribute("training", training);
    model.addAttribute("trainingChart", training.isEmpty() ? null : Charts.trainingProgress(training, "chart-training"));
    model.addAttribute("tables", ReportTables.NAMES);
    return "dashboard/plan";
  }

  @GetMapping("/plans/{planId}/recommendations/{recommendationId}")
  String recommendation(@PathVariable String planId, @PathVariable String recommendationId, Model model,
      Principal user) {
    var report = readable(planId, user);
    var rec = report.recommendation(recommendationId)
        .orElseThrow(() -> notFound("There is no recommendation '" + recommendationId + "' in this plan"));
    model.addAttribute("report", report);
    model.addAttribute("rec", rec);
    model.addAttribute("areas", report.areasOf(recommendationId));
    model.addAttribute("evidence", report.evidence().rows().stream()
        .filter(e -> recommendationId.equals(e.recommendationId())).toList());
    model.addAttribute("history", data.history(planId, HistoryScope.recommendation(recommendationId), user.getName()));
    return "dashboard/recommendation";
  }

  @GetMapping("/plans/{planId}/areas/{number}")
  String area(@PathVariable String planId, @PathVariable int number, Model model, Principal user) {
    var report = readable(planId, user);
    var area = report.area(number).orElseThrow(() -> notFound("There is no area " + number + " in this plan"));
    model.addAttribute("report", report);
    model.addAttribute("area", area);
    model.addAttribute("updates", report.updatesOf(number));
    model.addAttribute("evidence", report.evidence().rows().stream()
        .filter(e -> e.areaNumber() != null && e.areaNumber() == number).toList());
    model.addAttribute("escalations", report.escalations().rows().stream()
        .filter(e -> area.ownerGroup().equals(e.ownerGroup())).toList());
    model.addAttribute("trainingChart", area.target() != null && "completion".equals(area.target().measure())
        ? Charts.trainingProgress(List.of(area), "chart-training") : null);
    model.addAttribute("history", data.history(planId, HistoryScope.area(number), user.getName()));
    return "dashboard/area";
  }

  private PlanReport readable(String planId, Principal user) {
    return access.readable(planId, user);
  }

  static List<AreaRow> trainingAreas(PlanReport report) {
    return report.areas().stream()
        .filter(a -> a.target() != null && "completion".equals(a.target().measure())).toList();
  }

  /** Open escalations counted by level (0 = the owner group), with the group at that level. */
  static List<LevelCount> byLevel(PlanReport report) {
    return byLevel(report.openEscalations());
  }

  /** Open escalations counted by level and by the group each waits on at that level, lowest level first. */
  static List<LevelCount> byLevel(List<EscalationRow> open) {
    var counts = new LinkedHashMap<Map.Entry<Integer, String>, LevelCount>();
    for (var e : open) {
      var group = e.levelGroup() == null ? e.ownerGroup() : e.levelGroup();
      counts.merge(Map.entry(e.level(), group), new LevelCount(e.level(), group, 1, e.flaggedForPcc() ? 1 : 0),
          (a, b) -> new LevelCount(a.level(), a.group(), a.count() + 1, a.flaggedForPcc() + b.flaggedForPcc()));
    }
    return counts.values().stream()
        .sorted(Comparator.comparingInt(LevelCount::level).thenComparing(LevelCount::group)).toList();
  }

  public record LevelCount(int level, String group, int count, int flaggedForPcc) {}

  private static ResponseStatusException notFound(String why) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, why);
  }
}
