package uk.oic.actionplan.dashboard;

import java.util.Map;
import uk.oic.actionplan.kernel.Rag;

/**
 * One plan in one line, for the overview of many plans (a reader of more than
 * {@link DashboardController#EXPANDED_PLANS} plans): where its recommendations and areas stand, its open
 * escalations and how many evidence entries it has. The plan's own page has the rest.
 *
 * @param areasByRag the visible areas by the RAG of their last accepted update ({@code null} key: none yet)
 * @param areasVisible false when the reader may not see the areas' progress (their statuses are not counted)
 */
public record PlanOverview(String planId, String title, String force, String state, int recommendations,
    int recommendationsDelivered, int recommendationsOverdue, int areas, int areasSignedOff, boolean areasVisible,
    Map<Rag, Integer> areasByRag, int areasWithoutUpdate, int openEscalations, int flaggedForPcc,
    Long evidenceEntries) {

  public int areasWith(Rag rag) {
    return areasByRag.getOrDefault(rag, 0);
  }

  /** "3 green, 2 amber, 1 red, 3 no update yet". */
  public String ragLine() {
    return areasWith(Rag.GREEN) + " green, " + areasWith(Rag.AMBER) + " amber, " + areasWith(Rag.RED) + " red, "
        + areasWithoutUpdate + " no update yet";
  }
}
