import { businessStatuses, errorCategories, transactionStates } from "@kyc-webhooks/netki/callbacks";
import type { BusinessStatus, TransactionState } from "@kyc-webhooks/netki";
import type { ReasonCategory } from "../../event.js";
import type { CheckMapping, DocumentTypeMapping, MediaMapping, ReasonMapping, StatusMapping } from "../../mapping.js";

/*
 * Netki: what each transaction `state` and business `status` means in the normalized model.
 * Netki's states are netkidocs`api/polling.md` @b7a3f2e (Netki's later documentation, https://github.com/netkicorp/netkidocs), as the netki package
 * exports them in `transactionStates`; typing the tables by the package's state type makes the build
 * fail when a state is added there and not mapped here.
 */

type Row = Omit<StatusMapping, "provider" | "providerKind" | "field" | "providerValue">;

const transactionStateRows: Readonly<Record<TransactionState, Row>> = {
  new: { status: "pending", type: "verification.started", finality: "non_final", needsRefresh: false },
  processing: { status: "pending", type: "verification.updated", finality: "non_final", needsRefresh: false },
  post_processing: { status: "pending", type: "verification.updated", finality: "non_final", needsRefresh: false },
  customer_review: { status: "review", type: "verification.updated", finality: "non_final", needsRefresh: false },
  hold: { status: "review", type: "verification.updated", finality: "non_final", needsRefresh: false },
  quarantine: {
    status: "review",
    type: "verification.updated",
    finality: "non_final",
    needsRefresh: false,
    judgement: "Netki says only \"flagged for security review\"; a person must decide, so review.",
  },
  completed: { status: "approved", type: "verification.completed", finality: "final", needsRefresh: false },
  failed: { status: "declined", type: "verification.completed", finality: "final", needsRefresh: false },
  restarted: {
    status: "resubmission_required",
    type: "verification.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "The customer got a new access code (child_codes[0]); the redo is a new transaction, so this one is final.",
  },
  canceled: { status: "cancelled", type: "verification.completed", finality: "final", needsRefresh: false },
  expired: {
    status: "expired",
    type: "verification.completed",
    finality: "final",
    needsRefresh: false,
    reason: { code: "never_used", category: "user_abandoned", description: "The transaction was created but never used." },
  },
  delete_pending: {
    status: "deleted",
    type: "data.deleted",
    finality: "final",
    needsRefresh: false,
    judgement: "Queued for deletion, not yet deleted; treated as deleted because the data is going away.",
  },
  deleted: { status: "deleted", type: "data.deleted", finality: "final", needsRefresh: false },
};

const businessStatusRows: Readonly<Record<BusinessStatus, Row>> = {
  open: { status: "pending", type: "business.updated", finality: "non_final", needsRefresh: false },
  hold: { status: "review", type: "business.updated", finality: "non_final", needsRefresh: false },
  accepted: { status: "approved", type: "business.updated", finality: "final", needsRefresh: false },
  rejected: { status: "declined", type: "business.updated", finality: "final", needsRefresh: false },
};

export const netkiStatusMappings: readonly StatusMapping[] = [
  ...transactionStates.map((state) => ({
    provider: "netki" as const,
    providerKind: "transaction",
    field: "identity.state",
    providerValue: state.code,
    ...transactionStateRows[state.code],
  })),
  ...businessStatuses.map((status) => ({
    provider: "netki" as const,
    providerKind: "business",
    field: "business.status",
    providerValue: status.code,
    ...businessStatusRows[status.code],
  })),
];

/**
 * `errors[].error_code.category` (netki `errorCategories`) to a reason category. Netki's registry has
 * 70+ codes that grow without notice ("match on error_code_name"); only the six categories are fixed, so
 * the category decides, and the code is kept verbatim as providerCode.
 */
const errorCategoryMap: Readonly<Record<(typeof errorCategories)[number]["code"], { category: ReasonCategory; judgement?: string }>> = {
  document: { category: "document_unreadable", judgement: "Netki's document errors cover quality, unreadable fields, expiry and unsupported types; unreadable is the most common." },
  identity: { category: "data_mismatch", judgement: "Netki's identity errors are mismatches and age or status flags." },
  dataprovider: { category: "watchlist", judgement: "Third-party checks are mostly AML/sanctions screening." },
  transaction: { category: "other" },
  business: { category: "other" },
  internal: { category: "other" },
};

export const netkiReasonMappings: readonly ReasonMapping[] = [
  ...errorCategories.map((entry) => ({
    provider: "netki" as const,
    field: "errors[].error_code.category",
    providerCode: entry.code,
    code: `${entry.code}_error`,
    description: entry.description,
    ...errorCategoryMap[entry.code],
  })),
  {
    provider: "netki",
    field: "identity.transaction_declined_reasons[].reason",
    providerCode: "*",
    code: "declined",
    category: "other",
    description: "A free-text decline reason; Netki publishes no codes for it.",
  },
];

export function netkiErrorCategory(category: string): ReasonCategory {
  return (errorCategoryMap as Record<string, { category: ReasonCategory } | undefined>)[category]?.category ?? "other";
}

/**
 * `identity_documents[].document_type`: an open list. Netki's direct-integration guide
 * (netkidocs`api/api_direct_integration.md`) names `passport`, `front`, `back`, `selfie`; the polling
 * docs add `drivers_license`.
 */
export const netkiDocumentTypeMappings: readonly DocumentTypeMapping[] = [
  { provider: "netki", field: "identity_documents[].document_type", providerValue: "passport", type: "passport" },
  { provider: "netki", field: "identity_documents[].document_type", providerValue: "drivers_license", type: "driving_license" },
  {
    provider: "netki",
    field: "identity_documents[].document_type",
    providerValue: "front",
    type: "other",
    judgement: "A side, not a type: Netki's guide uses front/back for driver's licences, but ID cards have sides too.",
  },
  { provider: "netki", field: "identity_documents[].document_type", providerValue: "back", type: "other", judgement: "As for front." },
];

export const netkiMediaMappings: readonly MediaMapping[] = [
  { provider: "netki", field: "identity_documents[document_type=passport].document", kind: "document_front" },
  { provider: "netki", field: "identity_documents[document_type=drivers_license].document", kind: "document_front" },
  { provider: "netki", field: "identity_documents[document_type=front].document", kind: "document_front" },
  { provider: "netki", field: "identity_documents[document_type=back].document", kind: "document_back" },
  { provider: "netki", field: "identity_documents[document_type=selfie].document", kind: "face" },
  { provider: "netki", field: "identity_documents[document_type=*].document", kind: "other" },
];

/** `document_type` to media kind (the rows above as a lookup). */
export const netkiMediaKinds: Readonly<Record<string, MediaMapping["kind"]>> = {
  passport: "document_front",
  drivers_license: "document_front",
  front: "document_front",
  back: "document_back",
  selfie: "face",
};

export const netkiCheckMappings: readonly CheckMapping[] = [
  {
    provider: "netki",
    providerName: "identity_data_listings[].listing_type",
    check: "watchlist",
    rule: "failed when any listing's listing_type.is_flagged is true, otherwise passed (one check per listing)",
  },
  {
    provider: "netki",
    providerName: "identity_documents[].state",
    check: "document",
    rule: "completed → passed; failed, fraud → failed; anything else → not_performed (one check per document)",
    judgement: "A document's processing state is the nearest Netki gives to a document check.",
  },
  {
    provider: "netki",
    providerName: "phone_is_validated",
    check: "other",
    rule: "true → passed, false → failed",
  },
];
