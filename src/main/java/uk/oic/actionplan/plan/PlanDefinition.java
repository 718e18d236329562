package uk.oic.actionplan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One action plan as read from a plan file: the recommendations with their deadlines, the action
 * areas with their owner groups, the roles that review and assure, and the escalation chain.
 */
public record PlanDefinition(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower case letters, digits and hyphens") String id,
    @NotBlank String title,
    @NotBlank String force,
    @NotBlank String oversight,
    @NotBlank String inspection,
    @NotNull LocalDate startDate,
    @NotEmpty List<@Valid @NotNull Recommendation> recommendations,
    @NotEmpty List<@Valid @NotNull Area> areas,
    @NotNull @Valid Roles roles,
    @NotNull @Valid Cadence cadence,
    @NotNull @Valid Escalation escalation) {

  public record Recommendation(
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower case letters, digits and hyphens") String id,
      @Min(1) int number,
      @NotBlank String title,
      @NotBlank String text,
      @NotNull LocalDate deadline) {

    /** How people refer to it: "Rec 8". */
    public String label() {
      return "Rec " + number;
    }
  }

  public record Area(
      @Min(1) int number,
      @NotBlank String name,
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a group id: lower case letters, digits and hyphens") String ownerGroup,
      /** The recommendation this area delivers, if any; its deadline is then the area's. */
      String recommendation,
      /** The area's own target date; required when it delivers no recommendation. */
      LocalDate targetDate,
      @NotBlank String outcome,
      @Valid Target target) {

    /** The key used for the area's process and its variables: "area-7". */
    public String key() {
      return "area-" + number;
    }
  }

  /** A measured target, such as a training completion rate or a compliance rate. */
  public record Target(
      @NotNull @Pattern(regexp = "completion|compliance", message = "must be completion or compliance") String measure,
      @Min(0) @Max(100) int percent,
      List<@NotBlank String> modules) {

    public List<String> modules() {
      return modules == null ? List.of() : modules;
    }
  }

  public record Roles(
      @NotBlank String strategicLead,
      @NotBlank String chiefOfficers,
      @NotBlank String opccStaff,
      @NotBlank String pcc) {}

  public record Cadence(
      @Min(1) int progressUpdateWorkingDays,
      @Min(1) int assuranceCycleWeeks) {}

  public record Escalation(
      @Min(0) int reminderWorkingDaysBefore,
      @Min(1) int nextLevelAfterWorkingDays,
      @NotEmpty List<@NotBlank String> chain) {}

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
