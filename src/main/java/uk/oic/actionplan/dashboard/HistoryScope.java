package uk.oic.actionplan.dashboard;

/** Whose history to show: a whole plan, one recommendation (with its areas) or one area. */
public record HistoryScope(String recommendationId, Integer areaNumber) {

  public static HistoryScope plan() {
    return new HistoryScope(null, null);
  }

  public static HistoryScope recommendation(String recommendationId) {
    return new HistoryScope(recommendationId, null);
  }

  public static HistoryScope area(int areaNumber) {
    return new HistoryScope(null, areaNumber);
  }
}
