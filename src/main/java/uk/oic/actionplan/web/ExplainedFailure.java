package uk.oic.actionplan.web;

/**
 * An error that says what it means to the caller. A feature's exception implements it, so that
 * {@link EngineFailures} answers it whichever door the request came through without the web layer
 * knowing the feature.
 */
public interface ExplainedFailure {

  /** The problem to answer. */
  Problem problem();
}
