package uk.oic.actionplan.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.oic.actionplan.kernel.Rag;
import uk.oic.actionplan.kernel.Rate;

/**
 * Training completion (Recs 8 and 9): how many relevant personnel have completed, against the
 * plan's target. The figures are checked together here; the forms check each one alone.
 */
public final class CompletionRates {

  /** One completion rate: Hydra, or one e-learning module. */
  public record Completion(String name, long relevant, long completed, BigDecimal ratePercent) {}

  /**
   * The overall result. For the e-learning, {@code overall} is the lowest module's rate: nobody
   * has completed all four modules more often than the least-completed one, so the target is met
   * only when every module meets it.
   */
  public record Result(List<Completion> completions, Completion overall, Rag rag, int targetPercent,
      boolean targetMet) {}

  /** A single course, such as Hydra. */
  public Result single(String name, Long relevant, Long completed, int targetPercent) {
    return modules(relevant, List.of(new Figure(name, completed)), targetPercent);
  }

  /** Completed figures for one module or course. */
  public record Figure(String name, Long completed) {}

  /** Several modules taken by the same relevant personnel. */
  public Result modules(Long relevant, List<Figure> figures, int targetPercent) {
    if (figures.isEmpty()) {
      throw new IllegalArgumentException("no modules to rate");
    }
    if (relevant == null || relevant < 1) {
      throw new FiguresRefusedException(
          "relevant personnel: must be at least 1; with nobody to train there is no completion rate");
    }
    var completions = new ArrayList<Completion>();
    var lowest = (Rate) null;
    for (var figure : figures) {
      var completed = figure.completed();
      var label = figures.size() == 1 ? "completed" : "completed (" + figure.name() + ")";
      if (completed == null || completed < 0) {
        throw new FiguresRefusedException(label + ": must be 0 or more");
      }
      if (completed > relevant) {
        throw new FiguresRefusedException(label + ": " + completed + " is more than the " + relevant
            + " relevant personnel");
      }
      var rate = new Rate(completed, relevant);
      completions.add(new Completion(figure.name(), relevant, completed, rate.percent()));
      if (lowest == null || rate.count() < lowest.count()) {
        lowest = rate;
      }
    }
    var overall = completions.stream().min(Comparator.comparingLong(Completion::completed)).orElseThrow();
    return new Result(List.copyOf(completions), overall, Rag.of(lowest, targetPercent), targetPercent,
        lowest.meets(targetPercent));
  }
}
