/**
 * Netki's enumerations as data, so that the normalized model and the docs reuse them. Each table is
 * the source of the matching `z.enum`. Sources: Netki MyVerify, “Transaction Callbacks” (Netki MyVerify, “Transaction Callbacks”, https://github.com/netkicorp/netkidocs) and Netki's later
 * documentation (netkidocs`api/polling.md`, `api/callbacks2.md`, `api/access_codes.md`,
 * `api/api_error_codes.md`, `api/authentication.md`), summarised in Netki's later documentation, https://github.com/netkicorp/netkidocs; Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md.
 */

/** The `code` values of a table as a tuple, for `z.enum`. */
export function codesOf<const T extends readonly { readonly code: string }[]>(table: T): { -readonly [K in keyof T]: T[K]["code"] } {
  return table.map((entry) => entry.code) as { -readonly [K in keyof T]: T[K]["code"] };
}

/**
 * Transaction `state` (netkidocs`api/polling.md` @b7a3f2e, Netki's later documentation, https://github.com/netkicorp/netkidocs). The provider document's prose says
 * "approved/declined": those are dashboard words; Netki sends `completed` and `failed`.
 * `outcome` is what a receiver may conclude: only `completed` and `failed` are final decisions.
 */
export const transactionStates = [
  { code: "new", description: "Just created; transitions to processing almost immediately.", dashboard: "New", outcome: "pending" },
  { code: "processing", description: "Document parsing and AML screening are underway.", dashboard: "Processing", outcome: "pending" },
  { code: "post_processing", description: "Automated processing flagged something for a Netki reviewer to resolve.", dashboard: "Netki Review", outcome: "pending" },
  { code: "customer_review", description: "Same as post_processing, but your own compliance team does the review.", dashboard: "Customer Review", outcome: "pending" },
  { code: "hold", description: "Something needs a decision: low face-match score, failed liveness check, a country mismatch, or an AML/media match.", dashboard: "Hold", outcome: "review" },
  { code: "failed", description: "Verification did not pass (banned document country, underage customer, blacklisted phone number, or a manual decline from hold).", dashboard: "Declined", outcome: "declined" },
  { code: "completed", description: "Verification passed. Matches 'Approved' on the dashboard.", dashboard: "Approved", outcome: "approved" },
  { code: "canceled", description: "The transaction was stopped and cannot be restarted.", dashboard: "Canceled", outcome: "canceled" },
  { code: "restarted", description: "The customer was given a new access code (a child code) to redo verification after a decline. Access-code (MyVerify app) customers only.", dashboard: "Restarted", outcome: "restarted" },
  { code: "quarantine", description: "Flagged for security review.", dashboard: "Quarantine", outcome: "review" },
  { code: "expired", description: "The transaction was created but never used.", dashboard: "Expired", outcome: "expired" },
  { code: "delete_pending", description: "The transaction is queued for data deletion.", dashboard: "Delete Pending", outcome: "deleted" },
  { code: "deleted", description: "The transaction's data has been deleted.", dashboard: "Deleted", outcome: "deleted" },
] as const;

/** Transaction `phase`: informational only, "do not rely on phase" (netkidocs`api/polling.md`). */
export const transactionPhases = [
  { code: "new", description: "Not yet started." },
  { code: "document", description: "Document capture, face match, and OCR processing." },
  { code: "identity", description: "AML/sanctions screening." },
  { code: "kyc", description: "Business-logic decisioning (expiration checks, face-match thresholds, AML review)." },
  { code: "finished", description: "Processing has completed for this pass (the transaction may still be on hold or otherwise need attention)." },
] as const;

/** `completed_by`: who last changed the transaction's state (netkidocs`api/polling.md`). */
export const completedByValues = [
  { code: "system", description: "An automated process last changed the state." },
  { code: "user", description: "A person last changed the state." },
] as const;

/** `transaction_identity.state`: legacy, "not actively used" but still sent (netkidocs`api/polling.md`). */
export const identityStates = [
  { code: "new", description: "New identity." },
  { code: "processing", description: "Identity being processed." },
  { code: "failed", description: "Identity failed." },
  { code: "completed", description: "Identity completed." },
  { code: "expired", description: "Identity expired." },
] as const;

/** `identity_documents[].state` (netkidocs`api/polling.md`; the provider document's sample shows `new`). */
export const documentStates = [
  { code: "new", description: "Uploaded, not yet processed." },
  { code: "pending", description: "Waiting to be processed." },
  { code: "processing", description: "Being processed." },
  { code: "completed", description: "Processed successfully." },
  { code: "failed", description: "Processing failed." },
  { code: "disabled", description: "Disabled." },
  { code: "quarantined", description: "Quarantined for review." },
  { code: "fraud", description: "Flagged as fraudulent." },
] as const;

/** `identity_accredited_investor_status.status` (netkidocs`api/polling.md`; seed shows `open`). */
export const accreditedInvestorStatuses = [
  { code: "open", description: "Verification requested, waiting for the investor." },
  { code: "uploaded", description: "The investor uploaded accreditation documents." },
  { code: "hold", description: "On hold." },
  { code: "expired", description: "The verification expired." },
  { code: "rejected", description: "Accreditation rejected." },
  { code: "accepted", description: "Accreditation accepted." },
] as const;

/** `identity_document_accreditation_status[].status` (netkidocs`api/polling.md`). */
export const accreditationDocumentStatuses = [
  { code: "uploaded", description: "Uploaded." },
  { code: "verified", description: "Verified." },
  { code: "invalid", description: "Invalid." },
] as const;

/** Callback delivery record `state` (get-callbacks and `transaction_callbacks[]`; Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md). */
export const callbackRecordStates = [
  { code: "new", description: "Created, not yet sent." },
  { code: "processing", description: "Being sent." },
  { code: "paused", description: "Held back because callbacks are paused for the business." },
  { code: "restarting", description: "Queued again by restart-callbacks." },
  { code: "failed", description: "Delivery failed (the receiver did not answer callback_expected_status)." },
  { code: "completed", description: "Delivered: the receiver answered callback_expected_status." },
] as const;

/** KYB business `status` (business callback and businesses API; Netki's later documentation, https://github.com/netkicorp/netkidocs, netkidocs`api/authentication.md`). */
export const businessStatuses = [
  { code: "open", description: "Business onboarding open." },
  { code: "hold", description: "Business on hold, needs a decision." },
  { code: "accepted", description: "Business accepted." },
  { code: "rejected", description: "Business rejected." },
] as const;

/** `callback_authentication_scheme` (Netki MyVerify, “Transaction Callbacks”: "Current options are: basic and noauth"). */
export const callbackAuthenticationSchemes = [
  { code: "basic", description: "HTTP Basic with the configured callback_credentials." },
  { code: "noauth", description: "No authentication; switching to noauth clears the credentials." },
] as const;

/** `errors[].error_code.category` (netkidocs`api/api_error_codes.md`: "always one of the following six values"). */
export const errorCategories = [
  { code: "document", description: "A captured or uploaded document: image quality, an unreadable field, an expired ID, an unsupported type." },
  { code: "transaction", description: "The overall verification transaction: its state, its processing, or a restart." },
  { code: "identity", description: "The customer's personal or biographical data: a mismatch, an age or status flag." },
  { code: "business", description: "Your business account's configuration." },
  { code: "dataprovider", description: "A result or issue returned by a third-party check (e.g. AML/sanctions screening)." },
  { code: "internal", description: "Netki-internal processing issues; not generally actionable." },
] as const;

/** `gender` on the identity and the metadata (netkidocs`api/polling.md`; the provider document shows null). */
export const genders = [
  { code: "male", description: "Male." },
  { code: "female", description: "Female." },
  { code: "other", description: "Other." },
  { code: "unknown", description: "Unknown." },
] as const;

/** `investor_type` (seed shows `private_party`; netkidocs`api/polling.md`). */
export const investorTypes = [
  { code: "private_party", description: "A private person." },
  { code: "corporate_entity", description: "A corporate entity." },
] as const;

/** `required_fields[].data_type` (netkidocs`api/polling.md`). */
export const requiredFieldDataTypes = [
  { code: "string", description: "Text." },
  { code: "integer", description: "Whole number." },
  { code: "float", description: "Decimal number." },
  { code: "date", description: "Date." },
  { code: "datetime", description: "Date and time." },
  { code: "list", description: "One of the listed options." },
] as const;
