package uk.oic.actionplan.plan;

import java.util.List;

/** A plan file that cannot be used; the message names the file, each field and its problem. */
public class InvalidPlanException extends RuntimeException {

  private final String file;
  private final List<String> problems;

  InvalidPlanException(String file, List<String> problems) {
    super("Plan file " + file + " is invalid:\n  - " + String.join("\n  - ", problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  public List<String> problems() {
    return problems;
  }
}
