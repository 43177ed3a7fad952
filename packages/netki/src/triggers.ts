/**
 * The actions that make Netki send a transaction callback automatically (Netki MyVerify, “Transaction Callbacks”, "Transaction
 * Callbacks"). The provider document's "approved/declined" are dashboard words: the transaction then arrives in
 * state `completed` or `failed` (Netki's later documentation, https://github.com/netkicorp/netkidocs). The business (KYB) callback is not in this list:
 * it comes from the business onboarding flow (Netki's later documentation, https://github.com/netkicorp/netkidocs).
 */
export const callbackTriggers = [
  {
    code: "kyc_flow_completed",
    kind: "transaction",
    description: "User completes the KYC flow in the MyVerify app and transaction processes on the backend (regardless of ending status).",
  },
  {
    code: "transaction_status_changed",
    kind: "transaction",
    description: "Transaction status changes (goes from hold to approved/declined/restarted), i.e. to state completed, failed or restarted.",
  },
  {
    code: "accredited_investor_document_uploaded",
    kind: "transaction",
    description: "User uploads an Accredited Investor document via Netki.",
  },
  {
    code: "verified_investor_workflow_finished",
    kind: "transaction",
    description: "User finishes Verified Investor workflow.",
  },
  {
    code: "eform_completed_after_kyc",
    kind: "transaction",
    description: "User completes eForm after having gone through KYC flow in MyVerify app.",
  },
  {
    code: "business_onboarding_user_added",
    kind: "transaction",
    description: "New user is added via the Business On-Boarding Form (UBO or Corporate Officer).",
  },
] as const;

export type CallbackTrigger = (typeof callbackTriggers)[number]["code"];
