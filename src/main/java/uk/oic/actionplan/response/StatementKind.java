package uk.oic.actionplan.response;

/** What the PCC publishes: the response to the inspection report, or a later progress statement. */
public enum StatementKind {
  RESPONSE("PCC response to the inspection report"),
  PROGRESS_STATEMENT("PCC progress statement");

  private final String title;

  StatementKind(String title) {
    this.title = title;
  }

  /** How the public page heads it. */
  public String title() {
    return title;
  }
}
