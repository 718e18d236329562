package uk.oic.actionplan.area;

/** Variables of the area 2 process ({@code oic-area-2}), NCCU referrals and intelligence submissions. */
final class Area2Variables {

  private Area2Variables() {}

  // entered in the compliance audit form
  static final String AUDIT_PERIOD = "auditPeriod";
  static final String REFERRALS_CHECKED = "referralsChecked";
  static final String INTELLIGENCE_DOCUMENTS_FOUND = "intelligenceDocumentsFound";

  // written when an audit is accepted
  /** Double: the latest audit's compliance rate in percent, one decimal place. */
  static final String COMPLIANCE_RATE = "complianceRate";
  static final String COMPLIANCE_RAG = "complianceRag";
  static final String TARGET_MET = "targetMet";
  /** String (JSON array): the last audits, oldest first, for the trend. */
  static final String COMPLIANCE_AUDIT_HISTORY = "complianceAuditHistory";
  /** String: why the last figures were refused; null once figures are accepted. */
  static final String FIGURES_REFUSED_MESSAGE = "figuresRefusedMessage";

  static final String TARGET_PERCENT = AreaTargetVariables.TARGET_PERCENT;
}
