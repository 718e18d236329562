package uk.oic.actionplan.escalation;

import static uk.oic.actionplan.escalation.HandOffInputs.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/** Reads the item handed over by a reminder or escalation service task (see {@link HandOffInputs}). */
final class HandOffItems {

  private HandOffItems() {}

  static ItemRef from(DelegateExecution execution, DeadlineSchedule schedule) {
    // what the model declares, never read back from the model: no activity is the whole instance
    var activityId = text(execution, ITEM_ACTIVITY_ID);
    var dueDateVariable = text(execution, ITEM_DUE_DATE_VARIABLE);
    return new ItemRef(text(execution, PLAN_ID), text(execution, ITEM_NAME), text(execution, ITEM_TYPE),
        text(execution, ITEM_OWNER_GROUP), date(execution.getVariable(ITEM_DUE_DATE), schedule),
        execution.getProcessInstanceId(), activityId, dueDateVariable);
  }

  private static String text(DelegateExecution execution, String name) {
    var value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /** A Date, as the hand-off inputs say; an ISO instant or a day (due at its end) are accepted too. */
  private static Date date(Object value, DeadlineSchedule schedule) {
    if (value == null || value instanceof Date) {
      return (Date) value;
    }
    var text = value.toString().trim();
    try {
      return text.length() == 10 ? schedule.endOf(LocalDate.parse(text)) : Date.from(Instant.parse(text));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("itemDueDate: '" + text + "' is not a date");
    }
  }
}
