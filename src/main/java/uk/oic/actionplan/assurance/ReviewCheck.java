package uk.oic.actionplan.assurance;

import static uk.oic.actionplan.assurance.AssuranceVariables.DECISION_ASSURED;
import static uk.oic.actionplan.assurance.AssuranceVariables.DECISION_CHALLENGE;
import static uk.oic.actionplan.assurance.AssuranceVariables.DECISION_REFER;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The rules for an OPCC review decision that the form alone cannot enforce, because what is
 * required depends on the decision: a challenge needs questions and a response date after today, a
 * referral needs the meeting date. Every decision grades the assurance the report gives
 * ({@link AssuranceGrade}) with a rationale of at least {@link AssuranceGrade#RATIONALE_MIN_LENGTH}
 * characters. A decision that breaks them goes back to the reviewer with the message.
 */
final class ReviewCheck {

  static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** What the reviewer entered. Dates as the form gives them: yyyy-mm-dd. */
  record Review(String decision, String rationale, Boolean recommendDischarge, String challengeQuestions,
      String challengeResponseDate, String meetingDate, String grade, String gradeRationale) {}

  /**
   * The verdict. When {@code valid}, {@code problem} is empty, the dates of the chosen decision are
   * set and {@code summary} says what was decided, for the evidence register.
   */
  record Outcome(boolean valid, String problem, LocalDate responseDate, LocalDate meetingDate,
      boolean recommendDischarge, String summary, AssuranceGrade grade) {}

  /** The line of a review summary that gives the grade: "Grade: Reasonable assurance. Because ...". */
  static final String GRADE_LINE = "Grade: ";

  /** The decision record's reference that carries the grade: "Grade: Reasonable assurance". */
  static String gradeReference(AssuranceGrade grade) {
    return GRADE_LINE + grade.label();
  }

  private ReviewCheck() {}

  static Outcome check(Review review, LocalDate today) {
    return check(review, today, true);
  }

  /**
   * @param graded whether the review grades the assurance: false only for a loop started on a model
   *     version whose review form had no grade
   */
  static Outcome check(Review review, LocalDate today, boolean graded) {
    var problems = new ArrayList<String>();
    var decision = review.decision() == null ? "" : review.decision().trim();
    if (!decision.equals(DECISION_ASSURED) && !decision.equals(DECISION_CHALLENGE) && !decision.equals(DECISION_REFER)) {
      problems.add("Choose a decision: assured, challenge, or refer to the accountability meeting.");
    }
    if (isBlank(review.rationale())) {
      problems.add("Give the reasons for your decision.");
    }
    var grade = AssuranceGrade.of(review.grade()).orElse(null);
    if (graded && grade == null) {
      problems.add("Grade the assurance: substantial, reasonable, limited or no assurance.");
    }
    if (graded && (review.gradeRationale() == null
        || review.gradeRationale().trim().length() < AssuranceGrade.RATIONALE_MIN_LENGTH)) {
      problems.add("Give the rationale for the grade (at least " + AssuranceGrade.RATIONALE_MIN_LENGTH + " characters).");
    }
    LocalDate responseDate = null;
    LocalDate meetingDate = null;
    if (decision.equals(DECISION_CHALLENGE)) {
      if (isBlank(review.challengeQuestions())) {
        problems.add("Write the questions the force must answer.");
      }
      responseDate = date(review.challengeResponseDate());
      if (responseDate == null || !responseDate.isAfter(today)) {
        problems.add("Set a response date after today.");
        responseDate = null;
      }
    }
    if (decision.equals(DECISION_REFER)) {
      meetingDate = date(review.meetingDate());
      if (meetingDate == null || meetingDate.isBefore(today)) {
        problems.add("Set the date of the accountability meeting: today or later.");
        meetingDate = null;
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome(false, String.join(" ", problems), null, null, false, "", null);
    }
    boolean recommendDischarge = decision.equals(DECISION_ASSURED) && Boolean.TRUE.equals(review.recommendDischarge());
    var rationale = review.rationale().trim();
    var summary = switch (decision) {
      case DECISION_ASSURED -> "Assured. " + rationale
          + (recommendDischarge ? " OPCC staff recommend the PCC signs it off as discharged." : " It remains open.");
      case DECISION_CHALLENGE -> "Challenged. " + rationale + " Questions: " + review.challengeQuestions().trim()
          + " Response due by " + READABLE.format(responseDate) + ".";
      default -> "Referred to the accountability meeting on " + READABLE.format(meetingDate) + ". " + rationale;
    };
    if (graded) {
      summary = summary + "\n" + GRADE_LINE + grade.label() + ". " + review.gradeRationale().trim();
    }
    return new Outcome(true, "", responseDate, meetingDate, recommendDischarge, summary, graded ? grade : null);
  }

  private static LocalDate date(String value) {
    if (isBlank(value)) {
      return null;
    }
    try {
      // the form's date field gives yyyy-mm-dd; tolerate a time part from API callers
      var text = value.trim();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
