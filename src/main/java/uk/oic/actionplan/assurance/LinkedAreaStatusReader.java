package uk.oic.actionplan.assurance;

import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.oic.actionplan.plan.PlanDefinition;
import uk.oic.actionplan.readmodel.ReadModel;

/**
 * The latest status of the areas that deliver a recommendation, from the read model: each area as
 * its latest instance ({@code oic-area}, business key {@code <planId>/area-<n>}) left it.
 */
@Component
class LinkedAreaStatusReader {

  private final ReadModel readModel;

  LinkedAreaStatusReader(ReadModel readModel) {
    this.readModel = readModel;
  }

  List<AreaSnapshot> read(PlanDefinition plan, String recommendationId) {
    var states = readModel.areas(plan.id());
    return plan.areasFor(recommendationId).stream().map(area -> {
      var state = states.get(area.number());
      if (state == null) {
        return new AreaSnapshot(area.number(), area.name(), AreaSnapshot.State.NOT_STARTED, null, null, null, null);
      }
      return new AreaSnapshot(area.number(), area.name(),
          state.endedAt() == null ? AreaSnapshot.State.RUNNING : AreaSnapshot.State.FINISHED, state.status(),
          state.rag(), state.progressPercent(), state.lastUpdateAt() == null ? null : Date.from(state.lastUpdateAt()));
    }).toList();
  }
}
