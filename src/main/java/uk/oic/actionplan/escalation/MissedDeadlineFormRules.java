package uk.oic.actionplan.escalation;

import static uk.oic.actionplan.escalation.MissedDeadlineVariables.ACTION;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.CAUSE;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.CHALLENGE_ANSWER_BY;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.CHALLENGE_QUESTION;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.DUE_DATE_VARIABLE;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.LEVEL_DUE_AT;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.OVERSIGHT_ACTION;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.OVERSIGHT_NOTE;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.PROPOSED_DUE_DATE;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.RECOVERY_ACTION;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.REFERRAL_REASON;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.REVISION_APPROVED;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.REVISION_COMMENT;
import static uk.oic.actionplan.escalation.MissedDeadlineVariables.REVISION_REASON;

import java.util.Date;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.oic.actionplan.forms.Completion;
import uk.oic.actionplan.forms.FormRuleSet;
import uk.oic.actionplan.forms.Problems;
import uk.oic.actionplan.kernel.DeadlineSchedule;

/**
 * The rules of the missed-deadline forms that depend on the choice made, checked when the task is
 * completed so a refusal is a 400 with the field, never a failing escalation step.
 */
@Configuration(proxyBeanMethods = false)
class MissedDeadlineFormRules {

  /** Why REVISE is refused for an item whose hand-off declares no due-date variable. */
  static final String FIXED_DATE = "this item's due date is fixed (set by law, such as the PCC's statutory response)"
      + " and cannot be revised: record the cause and a recovery action, or mark it resolved";

  /** "Resolve missed deadline": what each action needs; an item with a fixed date cannot be revised. */
  @Bean
  FormRuleSet resolveMissedDeadlineRules() {
    return new FormRuleSet() {
      @Override
      public String formId() {
        return "oic-resolve-missed-deadline";
      }

      @Override
      public void check(Completion completion, Problems problems) {
        var action = completion.value(ACTION);
        if ("CAUSE".equals(action)) {
          required(completion, CAUSE, problems);
          required(completion, RECOVERY_ACTION, problems);
        } else if ("REVISE".equals(action)) {
          // the hand-off declared no due-date variable: there is no date a revision may move
          if (completion.text(DUE_DATE_VARIABLE) == null) {
            problems.add(ACTION, FIXED_DATE);
            return;
          }
          var day = completion.date(PROPOSED_DUE_DATE);
          if (day == null) {
            problems.add(PROPOSED_DUE_DATE, "give the revised target date (yyyy-mm-dd)");
          } else if (!day.isAfter(completion.today())) {
            problems.add(PROPOSED_DUE_DATE, "the revised target date must be after today (" + completion.today() + ")");
          }
          if (completion.text(REVISION_REASON) == null) {
            problems.add(REVISION_REASON, "give the reason for the revised target date");
          }
        }
      }
    };
  }

  /** "Decide revised target date": a rejection says why. */
  @Bean
  FormRuleSet decideRevisedDateRules() {
    return new FormRuleSet() {
      @Override
      public String formId() {
        return "oic-decide-revised-date";
      }

      @Override
      public void check(Completion completion, Problems problems) {
        if (!completion.isTrue(REVISION_APPROVED) && completion.text(REVISION_COMMENT) == null) {
          problems.add(REVISION_COMMENT, "is required to reject the revised date: say why");
        }
      }
    };
  }

  /**
   * "Oversee missed deadline", the oversight body's level: a note needs its text, a challenge its
   * question and an answer date after today and no later than the day the level ends ({@code
   * levelDueAt}), so that a challenge cannot hold the escalation beyond its level; a referral its
   * reason. Fields of the force's decisions (action, proposedDueDate, ...) are not on this form and
   * so are refused before these rules run.
   */
  @Bean
  FormRuleSet oversightMissedDeadlineRules(DeadlineSchedule schedule) {
    return new FormRuleSet() {
      @Override
      public String formId() {
        return "oic-oversight-missed-deadline";
      }

      @Override
      public void check(Completion completion, Problems problems) {
        var action = completion.value(OVERSIGHT_ACTION);
        if ("NOTE".equals(action)) {
          required(completion, OVERSIGHT_NOTE, problems);
        } else if ("CHALLENGE".equals(action)) {
          required(completion, CHALLENGE_QUESTION, problems);
          var day = completion.date(CHALLENGE_ANSWER_BY);
          if (day == null) {
            problems.add(CHALLENGE_ANSWER_BY, "give the date the force is to answer by (yyyy-mm-dd)");
          } else if (!day.isAfter(completion.today())) {
            problems.add(CHALLENGE_ANSWER_BY, "the answer date must be after today (" + completion.today() + ")");
          } else if (completion.value(LEVEL_DUE_AT) instanceof Date levelDue
              && day.isAfter(schedule.dayOf(levelDue))) {
            var latest = schedule.dayOf(levelDue);
            problems.add(CHALLENGE_ANSWER_BY, "the answer date must be no later than " + latest
                + " (" + schedule.dayText(levelDue) + "), the day this level ends");
          }
        } else if ("REFER".equals(action)) {
          required(completion, REFERRAL_REASON, problems);
        }
      }
    };
  }

  private static void required(Completion completion, String field, Problems problems) {
    if (completion.text(field) == null) {
      problems.add(field, "is required");
    }
  }
}
