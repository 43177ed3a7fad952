import { callbackKinds, declinedCodes } from "@kyc-webhooks/shufti/callbacks";
import type { CallbackKind, DeclinedCode } from "@kyc-webhooks/shufti";
import type { ReasonCategory } from "../../event.js";
import type { CheckMapping, DocumentTypeMapping, MediaMapping, ReasonMapping, StatusMapping } from "../../mapping.js";

/*
 * Shufti Pro: the callback's `event` says it all (Shufti Pro, “Response Events”; `review.pending` and the legacy
 * `request.cancelled` from captured Shufti Pro callbacks in integrators' public code). Typed by the shufti package's kinds, so a new event
 * there fails the build until it is mapped here.
 */

type Row = Omit<StatusMapping, "provider" | "providerKind" | "field" | "providerValue">;

const eventRows: Readonly<Record<CallbackKind, Row>> = {
  "request.pending": { status: "pending", type: "verification.started", finality: "non_final", needsRefresh: false },
  "request.received": { status: "pending", type: "verification.started", finality: "non_final", needsRefresh: false },
  "review.pending": {
    status: "review",
    type: "verification.updated",
    finality: "non_final",
    needsRefresh: false,
    judgement: "Not in Shufti Pro, “Response Events”; the name says the verification waits for a manual review.",
  },
  "verification.accepted": {
    status: "approved",
    type: "verification.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "Final although the back office can still change it: such a change arrives as its own verification.status.changed event.",
  },
  "verification.declined": {
    status: "declined",
    type: "verification.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "Final as for verification.accepted.",
  },
  "verification.cancelled": {
    status: "cancelled",
    type: "verification.completed",
    finality: "final",
    needsRefresh: false,
    reason: { code: "terms_not_accepted", category: "user_abandoned", description: "The end-user did not agree to the terms and conditions." },
  },
  "request.cancelled": {
    status: "cancelled",
    type: "verification.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "The 2019 name of verification.cancelled (shuftipro/RESTful-API-v1.3 status_codes.md); mapped the same.",
    reason: { code: "terms_not_accepted", category: "user_abandoned", description: "The end-user did not agree to the terms and conditions." },
  },
  "request.timeout": {
    status: "expired",
    type: "verification.completed",
    finality: "final",
    needsRefresh: false,
    reason: { code: "timeout", category: "user_abandoned", description: "The verification was not completed within the time limit (ttl, 60 minutes by default)." },
  },
  "request.invalid": {
    status: "error",
    type: "request.rejected",
    finality: "final",
    needsRefresh: false,
    reason: { code: "request_invalid", category: "request_invalid", description: "Parameters of the request are not in the correct format." },
  },
  "request.unauthorized": {
    status: "error",
    type: "request.rejected",
    finality: "final",
    needsRefresh: false,
    reason: { code: "unauthorized", category: "unauthorized", description: "The auth header is not correct (API keys missing or invalid)." },
  },
  "verification.status.changed": { status: "unknown", type: "verification.status_changed", finality: "non_final", needsRefresh: true },
  "request.deleted": { status: "deleted", type: "data.deleted", finality: "final", needsRefresh: false },
};

export const shuftiStatusMappings: readonly StatusMapping[] = callbackKinds.map((kind) => ({
  provider: "shufti" as const,
  providerKind: kind,
  field: "event",
  providerValue: kind,
  ...eventRows[kind],
}));

/**
 * `declined_codes`: the category of each code in the shufti package's table (`declinedCodes`, with Shufti's own
 * descriptions). Keyed by the package's `DeclinedCode`, so a code added there fails the build until it has a category
 * here. Any other code becomes category `other` with the callback's `declined_reason` as its description.
 */
const codeCategories: Readonly<Record<DeclinedCode, ReasonCategory>> = {
  SPDR01: "face_mismatch",
  SPDR02: "document_unreadable",
  SPDR03: "fraud",
  SPDR04: "fraud",
  SPDR05: "data_mismatch",
  SPDR06: "fraud",
  SPDR07: "data_mismatch",
  SPDR08: "data_mismatch",
  SPDR09: "data_mismatch",
  SPDR10: "data_mismatch",
  SPDR11: "data_mismatch",
  SPDR12: "document_unsupported",
  SPDR13: "document_unsupported",
  SPDR14: "data_mismatch",
  SPDR15: "face_mismatch",
  SPDR16: "data_mismatch",
  SPDR17: "document_expired",
  SPDR18: "document_unreadable",
  SPDR19: "document_unreadable",
  SPDR21: "data_mismatch",
  SPDR22: "data_mismatch",
  SPDR23: "data_mismatch",
  SPDR27: "document_expired",
  SPDR28: "document_unreadable",
  SPDR34: "watchlist",
  SPDR36: "data_mismatch",
  SPDR37: "liveness_failed",
  SPDR38: "face_mismatch",
  SPDR42: "data_mismatch",
  SPDR43: "request_invalid",
  SPDR47: "fraud",
  SPDR48: "fraud",
  SPDR49: "document_unsupported",
  SPDR50: "fraud",
  SPDR51: "fraud",
  SPDR54: "document_unreadable",
  SPDR56: "fraud",
  SPDR59: "liveness_failed",
  SPDR60: "liveness_failed",
  SPDR61: "liveness_failed",
  SPDR62: "liveness_failed",
  SPDR160: "watchlist",
  SPDR163: "watchlist",
  SPDR164: "watchlist",
  SPDR166: "face_mismatch",
  SPDR230: "face_mismatch",
  SPDR241: "user_abandoned",
};

/** Judgements on the categories above, where Shufti's family and our category differ. */
const codeJudgements: Readonly<Record<string, string>> = {
  SPDR02: "A document without a face image is treated as not properly captured.",
  SPDR14: "Age not verifiable from the data: a data problem rather than a document one.",
  SPDR43: "The user's camera, not the request's parameters, is at fault; no better category exists.",
  SPDR47: "Shufti lists it under Elevated Fraud Risk.",
  SPDR59: "A face shown from a screen is a presentation attack: the liveness check's concern.",
  SPDR60: "As SPDR59.",
  SPDR61: "As SPDR59.",
  SPDR62: "As SPDR59.",
};

export const shuftiDeclinedCodes: ReadonlyMap<string, { readonly category: ReasonCategory; readonly description: string }> = new Map(
  declinedCodes.map(({ code, description }) => [code, { category: codeCategories[code], description }]),
);

export const shuftiReasonMappings: readonly ReasonMapping[] = [
  ...declinedCodes.map(({ code: providerCode, description }): ReasonMapping => {
    const category = codeCategories[providerCode];
    const judgement = codeJudgements[providerCode];
    return {
      provider: "shufti",
      field: "declined_codes[]",
      providerCode,
      code: providerCode.toLowerCase(),
      category,
      description,
      ...(judgement ? { judgement } : {}),
    };
  }),
  {
    provider: "shufti",
    field: "declined_codes[]",
    providerCode: "*",
    code: "<code in lower case>",
    category: "other",
    description: "A code not in this table; the description is the callback's declined_reason.",
  },
  {
    provider: "shufti",
    field: "declined_reason",
    providerCode: "*",
    code: "declined_reason",
    category: "other",
    description: "Only when declined_codes is absent: the declined reason in words (Shufti's 2019 samples carry no codes).",
  },
  {
    provider: "shufti",
    field: "error.key",
    providerCode: "*",
    code: "<service>.<key>",
    category: "request_invalid",
    description: "request.invalid: the parameter that is wrong, with Shufti's message. request.unauthorized: category unauthorized.",
  },
];

/** `verification_data.document.selected_type[0]` (and `additional_data.document.proof.document_type`, the MRZ type). */
export const shuftiDocumentTypeMappings: readonly DocumentTypeMapping[] = [
  { provider: "shufti", field: "verification_data.document.selected_type[]", providerValue: "passport", type: "passport" },
  { provider: "shufti", field: "verification_data.document.selected_type[]", providerValue: "id_card", type: "id_card" },
  { provider: "shufti", field: "verification_data.document.selected_type[]", providerValue: "driving_license", type: "driving_license" },
  { provider: "shufti", field: "verification_data.document.selected_type[]", providerValue: "credit_or_debit_card", type: "other" },
  {
    provider: "shufti",
    field: "additional_data.document.proof.document_type",
    providerValue: "P",
    type: "passport",
    judgement: "The MRZ document code (ICAO 9303: P = passport); used only when selected_type is absent.",
  },
  {
    provider: "shufti",
    field: "additional_data.document.proof.document_type",
    providerValue: "I",
    type: "id_card",
    judgement: "ICAO 9303: I = identity card; used only when selected_type is absent.",
  },
];

/**
 * `verification_result`: one check per leaf, 1 → passed, 0 → failed, null or "" → not_performed.
 * The service decides the check, and within the document service the key does.
 */
export const shuftiCheckMappings: readonly CheckMapping[] = [
  { provider: "shufti", providerName: "verification_result.document.document", check: "document", rule: "1 → passed, 0 → failed, null or \"\" → not_performed" },
  {
    provider: "shufti",
    providerName: "verification_result.document.document_must_not_be_expired",
    check: "document",
    rule: "as above",
  },
  { provider: "shufti", providerName: "verification_result.document.document_visibility", check: "document", rule: "as above" },
  { provider: "shufti", providerName: "verification_result.document.document_proof", check: "document", rule: "as above" },
  {
    provider: "shufti",
    providerName: "verification_result.document.*",
    check: "data_consistency",
    rule: "as above (name, dob, expiry_date, issue_date, document_number, gender, selected_type, document_country)",
  },
  { provider: "shufti", providerName: "verification_result.face", check: "face_match", rule: "as above" },
  { provider: "shufti", providerName: "verification_result.address.*", check: "address", rule: "as above" },
  { provider: "shufti", providerName: "verification_result.background_checks", check: "watchlist", rule: "as above" },
  { provider: "shufti", providerName: "verification_result.*", check: "other", rule: "as above, for any other service" },
];

/** Document-service keys that are about the document itself rather than the data on it. */
export const shuftiDocumentCheckKeys: ReadonlySet<string> = new Set(["document", "document_must_not_be_expired", "document_visibility", "document_proof"]);

/** Services whose result is a check of their own. */
export const shuftiServiceChecks: Readonly<Record<string, "face_match" | "address" | "watchlist">> = {
  face: "face_match",
  address: "address",
  background_checks: "watchlist",
};

/**
 * `proofs` (not in Shufti Pro, “Response Events”; integrators' code reads `proofs.document.proof`, `proofs.face.proof`,
 * `proofs.verification_video`, `proofs.verification_report`: captured Shufti Pro callbacks in integrators' public code).
 */
export const shuftiMediaMappings: readonly MediaMapping[] = [
  { provider: "shufti", field: "proofs.document.proof", kind: "document_front" },
  { provider: "shufti", field: "proofs.document.additional_proof", kind: "document_back", judgement: "Shufti's additional proof is usually the back side." },
  { provider: "shufti", field: "proofs.face.proof", kind: "face" },
  { provider: "shufti", field: "proofs.address.proof", kind: "document" },
  { provider: "shufti", field: "proofs.verification_video", kind: "video" },
  { provider: "shufti", field: "proofs.verification_report", kind: "report" },
  { provider: "shufti", field: "proofs.*", kind: "other" },
];

export const shuftiMediaKinds: Readonly<Record<string, MediaMapping["kind"]>> = Object.fromEntries(
  shuftiMediaMappings.filter((row) => !row.field.endsWith("*")).map((row) => [row.field, row.kind]),
);
