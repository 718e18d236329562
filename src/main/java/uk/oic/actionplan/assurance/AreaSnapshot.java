package uk.oic.actionplan.assurance;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import uk.oic.actionplan.kernel.AreaStatus;

/**
 * The latest known status of one action area, as the area's process instance holds it, and the
 * readable summary the strategic lead and OPCC staff see in the assurance forms.
 *
 * @param state whether the area's process was found running, finished, or not at all
 */
record AreaSnapshot(int number, String name, State state, String areaStatus, String lastRag,
    Integer lastProgressPercent, Date lastUpdateAt) {

  enum State { RUNNING, FINISHED, NOT_STARTED }

  static final String NO_LINKED_AREA = "No action area delivers this recommendation directly.";

  /** One line per area, e.g. "Area 7 (Hydra training): in progress, RAG AMBER, 60% done, last update 12 March 2026." */
  static String summarise(List<AreaSnapshot> areas, ZoneId zone) {
    if (areas.isEmpty()) {
      return NO_LINKED_AREA;
    }
    return areas.stream().map(a -> a.describe(zone)).collect(Collectors.joining("\n"));
  }

  String describe(ZoneId zone) {
    var line = new StringBuilder("Area ").append(number).append(" (").append(name).append("): ");
    if (state == State.NOT_STARTED) {
      return line.append("not started.").toString();
    }
    line.append(statusText());
    if (lastRag == null && lastProgressPercent == null) {
      line.append(", no accepted progress update yet");
    } else {
      if (lastRag != null) {
        line.append(", RAG ").append(lastRag);
      }
      if (lastProgressPercent != null) {
        line.append(", ").append(lastProgressPercent).append("% done");
      }
    }
    if (lastUpdateAt != null) {
      line.append(", last update ").append(ReviewCheck.READABLE.format(lastUpdateAt.toInstant().atZone(zone)));
    }
    return line.append('.').toString();
  }

  private String statusText() {
    if (areaStatus == null) {
      return state == State.FINISHED ? "finished" : "running";
    }
    return AreaStatus.named(areaStatus).map(AreaStatus::inSentence)
        .orElseGet(() -> areaStatus.toLowerCase(java.util.Locale.UK).replace('_', ' '));
  }
}
