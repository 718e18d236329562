package uk.oic.actionplan.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/** The plans API's view of a plan: its recommendations and areas and where each stands. */
public record PlanStatus(
    String id,
    String title,
    String force,
    /** NOT_STARTED, RUNNING, COMPLETED or NOT_VISIBLE (of the action plan process). */
    String state,
    List<Recommendation> recommendations,
    List<Area> areas) {

  public static final String NOT_STARTED = "NOT_STARTED";
  public static final String RUNNING = "RUNNING";
  public static final String COMPLETED = "COMPLETED";
  public static final String NOT_VISIBLE = "NOT_VISIBLE";
  public static final String IN_PROGRESS = "IN_PROGRESS";
  public static final String SIGNED_OFF = "SIGNED_OFF";
  public static final String OVERDUE = "OVERDUE";

  public record Recommendation(
      String id,
      int number,
      String label,
      String title,
      LocalDate deadline,
      /** SIGNED_OFF, OVERDUE, IN_PROGRESS, NOT_STARTED or NOT_VISIBLE, from its areas. */
      String status,
      List<Integer> areas) {}

  public record Area(
      int number,
      String name,
      String ownerGroup,
      String recommendationId,
      String recommendationLabel,
      LocalDate deadline,
      /** NOT_STARTED, PLANNING, IN_PROGRESS, SIGNED_OFF, or NOT_VISIBLE to this caller. */
      String status,
      /** Past its deadline and not signed off. */
      boolean overdue,
      /** The owner's RAG from the last accepted update. */
      String rag,
      Integer progressPercent,
      /** RAG from progress against time (see the README). */
      String scheduleRag,
      /** The earliest due date of the area's open tasks. */
      @JsonFormat(shape = JsonFormat.Shape.STRING) Date nextDueDate,
      @JsonFormat(shape = JsonFormat.Shape.STRING) Date lastUpdateAt,
      String lastUpdateBy,
      String lastNarrative) {}
}
