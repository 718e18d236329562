package uk.oic.actionplan.area;

/**
 * Variables of the area 4 process ({@code oic-area-4}), the intelligence collection plan. They are
 * entered in forms and read by the model's gateways and evidence steps; tests use them too.
 */
final class Area4Variables {

  private Area4Variables() {}

  static final String COLLECTION_PLAN_REFERENCE = "collectionPlanReference";
  static final String COLLECTION_PLAN_SUMMARY = "collectionPlanSummary";
  static final String CONTRIBUTORS = "contributors";
  /** "APPROVE" or "REQUEST_CHANGES". */
  static final String COLLECTION_PLAN_DECISION = "collectionPlanDecision";
  static final String APPROVAL_COMMENT = "approvalComment";
  static final String SHARED_WITH_PARTNERS = "sharedWithPartners";
  static final String SHARED_ON = "sharedOn";
  static final String SHARED_BY = "sharedBy";
  static final String APMIS_IN_USE = "apmisInUse";
  static final String APMIS_DETAILS = "apmisDetails";
}
