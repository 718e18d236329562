package uk.oic.actionplan.dashboard;

import java.time.LocalDateTime;

/**
 * Who did what and when, from the engine's history or the application's logs.
 *
 * @param who the user id, a group, or "system"
 * @param source "Task", "Progress update", "Evidence register", "Escalation log", ...
 */
public record HistoryEvent(
    LocalDateTime at,
    String who,
    String what,
    String detail,
    String source,
    Integer areaNumber,
    String recommendationId) {}
