package uk.oic.actionplan.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import uk.oic.actionplan.kernel.AreaStatus;
import uk.oic.actionplan.kernel.Rag;

/**
 * The plans API's view of a plan: its recommendations and areas and where each stands, and who set
 * each: {@code source} of a recommendation (the inspection), {@code setBy} of an area and its
 * target (the force), and whether the areas are a draft ({@link Provenance}).
 */
public record PlanStatus(
    String id,
    String title,
    String force,
    /** NOT_STARTED, RUNNING, COMPLETED or NOT_VISIBLE (of the action plan process). */
    String state,
    Provenance provenance,
    List<Recommendation> recommendations,
    List<Area> areas) {

  /** The plan, an area or a recommendation that has not started: an area without its process or status. */
  public static final String NOT_STARTED = "NOT_STARTED";
  public static final String RUNNING = "RUNNING";
  public static final String COMPLETED = "COMPLETED";
  /** The plan, an area or a recommendation the caller may not read. */
  public static final String NOT_VISIBLE = "NOT_VISIBLE";
  /** A recommendation past its deadline whose areas are not all signed off. */
  public static final String OVERDUE = "OVERDUE";

  /**
   * Who set what in the plan, and whether its areas are the force's own yet.
   *
   * @param areasDraft true while the areas are an illustrative draft for the force to replace
   * @param areasNote the plan's own words about its areas, for readers; may be null when not a draft
   * @param recommendations who set the recommendations, their text and deadlines: the inspection
   * @param areas who set the areas, their outcomes, owner groups, target dates and targets: the force
   */
  public record Provenance(boolean areasDraft, String areasNote, Origin recommendations, Origin areas) {}

  public record Recommendation(
      String id,
      /** Always the inspection. */
      Origin source,
      int number,
      String label,
      String title,
      LocalDate deadline,
      /**
       * From its areas: SIGNED_OFF or IN_PROGRESS (the {@link AreaStatus} names), {@link #OVERDUE},
       * {@link #NOT_STARTED} or {@link #NOT_VISIBLE}.
       */
      String status,
      List<Integer> areas) {}

  public record Area(
      int number,
      /** Who set the area's name, outcome and owner group: the force. */
      Origin setBy,
      String name,
      String ownerGroup,
      String recommendationId,
      String recommendationLabel,
      LocalDate deadline,
      /** The inspection for an area that delivers a recommendation (its deadline), else the force (its target date). */
      Origin deadlineSetBy,
      /** The area's measured target, or null when it has none. */
      Target target,
      /** An {@link AreaStatus} name, {@link #NOT_STARTED}, or {@link #NOT_VISIBLE} to this caller. */
      String status,
      /** Past its deadline and not signed off. */
      boolean overdue,
      /** The owner's RAG from the last accepted update. */
      String rag,
      Integer progressPercent,
      /** RAG from progress against time (see the README); written as its name in the JSON. */
      Rag scheduleRag,
      /** The earliest due date of the area's open tasks. */
      @JsonFormat(shape = JsonFormat.Shape.STRING) Date nextDueDate,
      @JsonFormat(shape = JsonFormat.Shape.STRING) Date lastUpdateAt,
      String lastUpdateBy,
      String lastNarrative) {}

  /**
   * An area's measured target.
   *
   * @param percent null for a trend measure (an increase period on period)
   * @param modulesNote why the module names may not be the real ones, or null
   */
  public record Target(Origin setBy, String measure, Integer percent, String description, List<String> modules,
      String modulesNote) {

    static Target of(PlanDefinition.Target target) {
      return target == null ? null : new Target(target.setBy(), target.measure(), target.percent(),
          target.description(), target.modules(), target.modulesNote());
    }
  }
}
