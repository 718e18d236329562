package uk.oic.actionplan.readmodel;

import java.time.Instant;
import uk.oic.actionplan.readmodel.Rows.Area;
import uk.oic.actionplan.readmodel.Rows.Figures;
import uk.oic.actionplan.readmodel.Rows.OpenTask;
import uk.oic.actionplan.readmodel.Rows.Plan;
import uk.oic.actionplan.readmodel.Rows.Route;
import uk.oic.actionplan.readmodel.Rows.SignOff;
import uk.oic.actionplan.readmodel.Rows.Submission;
import uk.oic.actionplan.readmodel.Rows.Update;

/** Where the projection reads and writes the read model's rows. */
interface Store {

  Route route(String instanceId);

  void saveRoute(Route route, boolean isNew);

  Plan plan(String planId);

  void savePlan(Plan plan, boolean isNew);

  Area area(String planId, int number);

  void saveArea(Area area, boolean isNew);

  Submission submission(String calledInstanceId);

  /** The submission an area's accepted update was submitted as, or null. */
  Submission submissionAt(String areaInstanceId, Instant submittedAt);

  void saveSubmission(Submission submission, boolean isNew);

  boolean hasUpdate(String areaInstanceId, Instant submittedAt);

  void addUpdate(Update update);

  void addFigures(Figures figures);

  boolean hasSignOff(String areaInstanceId);

  void addSignOff(SignOff signOff);

  /** Writes the open task's row; {@code isNew}: no row of it exists yet. */
  void saveOpenTask(OpenTask task, boolean isNew);

  void closeTask(String taskId);
}
