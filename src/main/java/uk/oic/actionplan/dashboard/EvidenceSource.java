package uk.oic.actionplan.dashboard;

import java.util.List;

/** The evidence register as the dashboard reads it; present once the evidence feature is installed. */
public interface EvidenceSource {

  /** Every entry of the plan, oldest first. */
  List<EvidenceRow> entries(String planId);

  /** The register's check of its hash chain. */
  Verification verify();
}
