package uk.oic.actionplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One action plan as read from a plan file: the recommendations with their deadlines, the action
 * areas with their owner groups, the roles that review and assure, and the escalation chain.
 *
 * <p>Each part says who set it ({@link Origin}): the recommendations are the inspection's; the
 * areas, their targets, the cadence and the escalation chain are the force's. {@code areasDraft}
 * says the areas are not yet the force's own (an illustrative set for the force to replace), and
 * {@code areasNote} tells readers so in words.
 */
public record PlanDefinition(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower case letters, digits and hyphens") String id,
    @NotBlank String title,
    @NotBlank String force,
    @NotBlank String oversight,
    @NotBlank String inspection,
    @NotNull LocalDate startDate,
    @NotNull(message = "is required: true while the areas are a draft for the force to replace, else false") Boolean areasDraft,
    String areasNote,
    @NotEmpty List<@Valid @NotNull Recommendation> recommendations,
    @NotEmpty List<@Valid @NotNull Area> areas,
    @NotNull @Valid Roles roles,
    @NotNull @Valid Cadence cadence,
    @NotNull @Valid Escalation escalation,
    /**
     * The day the inspection report was published, if the force configures it: the PCC's response is
     * due 56 days later (the {@code oic-pcc-response} process). Without it the plan runs no response.
     */
    LocalDate reportPublishedOn) {

  /** Days after the report's publication within which the PCC must publish comments on it. */
  public static final int PCC_RESPONSE_DAYS = 56;
  /** The most recommendations the response's forms hold (fields rec1 .. rec6). */
  public static final int PCC_RESPONSE_MAX_RECOMMENDATIONS = 6;

  /** The constructor plan files are read through; the shorter ones are for plans built in code. */
  @JsonCreator
  public PlanDefinition {}

  /** A plan built in code without a report publication date: it runs no PCC response. */
  public PlanDefinition(String id, String title, String force, String oversight, String inspection, LocalDate startDate,
      Boolean areasDraft, String areasNote, List<Recommendation> recommendations, List<Area> areas, Roles roles,
      Cadence cadence, Escalation escalation) {
    this(id, title, force, oversight, inspection, startDate, areasDraft, areasNote, recommendations, areas, roles,
        cadence, escalation, null);
  }

  /** A plan built in code: its areas are taken as the force's own (not a draft). */
  public PlanDefinition(String id, String title, String force, String oversight, String inspection, LocalDate startDate,
      List<Recommendation> recommendations, List<Area> areas, Roles roles, Cadence cadence, Escalation escalation) {
    this(id, title, force, oversight, inspection, startDate, false, null, recommendations, areas, roles, cadence,
        escalation, null);
  }

  /** The last day of the PCC's response, when the report's publication date is known. */
  public Optional<LocalDate> pccResponseDueOn() {
    return Optional.ofNullable(reportPublishedOn).map(day -> day.plusDays(PCC_RESPONSE_DAYS));
  }

  /** Whether the areas are an illustrative draft rather than the force's own. */
  public boolean draft() {
    return Boolean.TRUE.equals(areasDraft);
  }

  public record Recommendation(
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower case letters, digits and hyphens") String id,
      @NotNull(message = "is required: inspection") Origin source,
      @Min(1) int number,
      @NotBlank String title,
      @NotBlank String text,
      @NotNull LocalDate deadline,
      /**
       * Optional: what the PCC asked the force to show under this recommendation, in short lines taken
       * from the PCC's published response; the assurance request and report show each, and the report
       * answers each.
       */
      @Size(max = 5, message = "has at most 5 asks") List<@NotBlank @Size(max = 200) String> pccAsks) {

    /** The constructor plan files are read through. */
    @JsonCreator
    public Recommendation {
      // a blank ask stays in the list for the validator to name
      pccAsks = pccAsks == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pccAsks));
    }

    /** A recommendation without asks of the PCC. */
    public Recommendation(String id, Origin source, int number, String title, String text, LocalDate deadline) {
      this(id, source, number, title, text, deadline, List.of());
    }

    /** A recommendation built in code: the inspection's. */
    public Recommendation(String id, int number, String title, String text, LocalDate deadline) {
      this(id, Origin.INSPECTION, number, title, text, deadline);
    }

    /** How people refer to it: "Rec 8". */
    public String label() {
      return "Rec " + number;
    }
  }

  public record Area(
      @Min(1) int number,
      @NotNull(message = "is required: force") Origin setBy,
      @NotBlank String name,
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a group id: lower case letters, digits and hyphens") String ownerGroup,
      /** The recommendation this area delivers, if any; its deadline is then the area's. */
      String recommendation,
      /** The area's own target date; required when it delivers no recommendation. */
      LocalDate targetDate,
      @NotBlank String outcome,
      @Valid Target target) {

    /** The constructor plan files are read through. */
    @JsonCreator
    public Area {}

    /** An area built in code: the force's. */
    public Area(int number, String name, String ownerGroup, String recommendation, LocalDate targetDate, String outcome,
        Target target) {
      this(number, Origin.FORCE, name, ownerGroup, recommendation, targetDate, outcome, target);
    }

    /** Who set the deadline: the inspection when the area delivers a recommendation, else the force. */
    public Origin deadlineSetBy() {
      return recommendation != null ? Origin.INSPECTION : Origin.FORCE;
    }

    /** The key used for the area's process and its variables: "area-7". */
    public String key() {
      return "area-" + number;
    }
  }

  /**
   * A measured target, such as a training completion rate or a compliance rate, or for a trend
   * measure an increase period on period (no percent).
   *
   * @param description what is counted, in words: "arrivals debriefed"
   * @param modules the parts of a multi-module course, each measured against the percent
   * @param modulesNote where the module names come from, when they are not yet the real ones
   */
  public record Target(
      @NotNull(message = "is required: force") Origin setBy,
      @NotBlank String measure,
      @Min(1) @Max(100) Integer percent,
      String description,
      List<@NotBlank String> modules,
      String modulesNote) {

    /** Measures counted against a percent. */
    public static final Set<String> PERCENT_MEASURES = Set.of("completion", "compliance", "findings-completed",
        "debrief-rate", "apmis-trained", "systems-access", "victims-safeguarded");
    /** Measures whose target is an increase period on period: they take no percent. */
    public static final Set<String> TREND_MEASURES = Set.of("disruptions-trend");

    public List<String> modules() {
      return modules == null ? List.of() : modules;
    }

    /** Whether the target is an increase period on period rather than a percent. */
    public boolean trend() {
      return TREND_MEASURES.contains(measure);
    }

    /** For readers: "90% completion", "an increase period on period (disruptions-trend)". */
    public String summary() {
      return percent != null ? percent + "% " + measure : "an increase period on period (" + measure + ")";
    }
  }

  public record Roles(
      @NotBlank String strategicLead,
      @NotBlank String chiefOfficers,
      @NotBlank String opccStaff,
      @NotBlank String pcc) {}

  public record Cadence(
      @NotNull(message = "is required: force") Origin setBy,
      @Min(1) int progressUpdateWorkingDays,
      @Min(1) int assuranceCycleWeeks) {

    /** The constructor plan files are read through. */
    @JsonCreator
    public Cadence {}

    /** A cadence built in code: the force's. */
    public Cadence(int progressUpdateWorkingDays, int assuranceCycleWeeks) {
      this(Origin.FORCE, progressUpdateWorkingDays, assuranceCycleWeeks);
    }
  }

  public record Escalation(
      @NotNull(message = "is required: force") Origin setBy,
      @Min(0) int reminderWorkingDaysBefore,
      @Min(1) int nextLevelAfterWorkingDays,
      @NotEmpty List<@NotBlank String> chain) {

    /** The constructor plan files are read through. */
    @JsonCreator
    public Escalation {}

    /** An escalation chain built in code: the force's. */
    public Escalation(int reminderWorkingDaysBefore, int nextLevelAfterWorkingDays, List<String> chain) {
      this(Origin.FORCE, reminderWorkingDaysBefore, nextLevelAfterWorkingDays, chain);
    }
  }

  public Optional<Recommendation> recommendation(String recommendationId) {
    return recommendations.stream().filter(r -> r.id().equals(recommendationId)).findFirst();
  }

  public Optional<Area> area(int number) {
    return areas.stream().filter(a -> a.number() == number).findFirst();
  }

  /** The area's deadline: its recommendation's deadline, or its own target date. */
  public LocalDate deadlineOf(Area area) {
    return area.recommendation() != null
        ? recommendation(area.recommendation()).map(Recommendation::deadline).orElseThrow()
        : area.targetDate();
  }

  /** The areas that deliver one recommendation. */
  public List<Area> areasFor(String recommendationId) {
    return areas.stream().filter(a -> recommendationId.equals(a.recommendation())).toList();
  }

  /** Every group the plan names: owners, reviewers and the escalation chain. */
  public List<String> groups() {
    var groups = new java.util.LinkedHashSet<String>();
    areas.forEach(a -> groups.add(a.ownerGroup()));
    groups.add(roles.strategicLead());
    groups.add(roles.chiefOfficers());
    groups.add(roles.opccStaff());
    groups.add(roles.pcc());
    escalation.chain().stream().filter(g -> !PlanRules.OWNER.equals(g)).forEach(groups::add);
    return List.copyOf(groups);
  }
}
