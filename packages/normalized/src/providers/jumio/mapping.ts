import type { DocumentType, MediaKind, ReasonCategory } from "../../event.js";
import type { CheckMapping, DocumentTypeMapping, MediaMapping, ReasonMapping, StatusMapping } from "../../mapping.js";

/*
 * Jumio: four callbacks, four status fields. Netverify ID verification (`callBackType=NETVERIFYID`,
 * `verificationStatus`), Authentication (`NETVERIFY_AUTHENTICATION`, `transactionResult`), Document
 * Verification (formerly Multi Document: `transaction.status` and `document.status`), all from seeds 003
 * and 004, and the new platform's (KYX) PII-free callback (`workflowExecution.status`, PROVIDER-FACTS 1.2).
 */

/** The jumio package's callback kinds, as this module knows them (see registry.ts for the binding). */
export const jumioKinds = {
  idVerification: "NETVERIFYID",
  authentication: "NETVERIFY_AUTHENTICATION",
  documentVerification: "DOCUMENT_VERIFICATION",
  platform: "WORKFLOW_EXECUTION",
} as const;

type Row = Omit<StatusMapping, "provider" | "providerKind" | "field" | "providerValue">;
const completed = (status: Row["status"], extra: Partial<Row> = {}): Row => ({ status, type: "verification.completed", finality: "final", needsRefresh: false, ...extra });

const unsupported = (description: string) => ({ code: "unsupported_document", category: "document_unsupported" as const, description });

const verificationStatusRows: Readonly<Record<string, Row>> = {
  APPROVED_VERIFIED: completed("approved"),
  DENIED_FRAUD: completed("declined"),
  DENIED_UNSUPPORTED_ID_TYPE: completed("declined", { reason: unsupported("The ID type is not supported by Jumio or not accepted in the customer's settings.") }),
  DENIED_UNSUPPORTED_ID_COUNTRY: completed("declined", { reason: unsupported("The ID's country is not supported by Jumio or not accepted in the customer's settings.") }),
  ERROR_NOT_READABLE_ID: completed("resubmission_required", {
    judgement: "Final for this transaction (Jumio's transaction is Done); the user's next attempt is a new transaction with a new reference.",
  }),
  NO_ID_UPLOADED: completed("expired", {
    reason: { code: "no_id_uploaded", category: "user_abandoned", description: "The user dropped off: the transaction was cleaned up from pending to failed." },
  }),
};

const transactionResultRows: Readonly<Record<string, Row>> = {
  PASSED: { status: "approved", type: "authentication.completed", finality: "final", needsRefresh: false },
  FAILED: {
    status: "declined",
    type: "authentication.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "Jumio gives no reason; an authentication compares a selfie with the enrolled face, so the reason is a face mismatch.",
    reason: { code: "authentication_failed", category: "face_mismatch", description: "The selfie did not match the enrolled face." },
  },
  INVALID: {
    status: "error",
    type: "authentication.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "Jumio says only INVALID; the authentication could not be performed.",
  },
  EXPIRED: {
    status: "expired",
    type: "authentication.completed",
    finality: "final",
    needsRefresh: false,
    reason: { code: "expired", category: "user_abandoned", description: "The authentication expired before the user finished it." },
  },
};

/** Document Verification: `transaction.status` and, when DONE, `document.status`. */
const documentRows: Readonly<Record<string, Row>> = {
  FAILED: {
    status: "expired",
    type: "document.completed",
    finality: "final",
    needsRefresh: false,
    reason: { code: "not_finalized", category: "user_abandoned", description: "The acquisition was not finalized within 5 minutes after creation or last update." },
  },
  "DONE/UPLOADED": {
    status: "review",
    type: "document.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "Jumio makes no decision on a document: it stores the images and the customer reviews them.",
  },
  "DONE/EXTRACTED": {
    status: "review",
    type: "document.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "Data was extracted, but Jumio makes no decision on the document; the customer reviews it.",
  },
  "DONE/DISCARDED": {
    status: "declined",
    type: "document.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "No supported document was provided for extraction (older edition: the upload was not a US social security card as declared).",
    reason: { code: "document_discarded", category: "document_unsupported", description: "No supported document for data extraction was provided." },
  },
  DONE: {
    status: "review",
    type: "document.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "DONE without a document object; as UPLOADED.",
  },
};

const platformRows: Readonly<Record<string, Row>> = {
  PROCESSED: {
    status: "unknown",
    type: "verification.status_changed",
    finality: "final",
    needsRefresh: true,
    judgement: "The workflow finished, but the callback carries no result: fetch it from the Retrieval API. Final because the workflow execution will not run again.",
  },
  SESSION_EXPIRED: completed("expired", { reason: { code: "session_expired", category: "user_abandoned", description: "The user's session expired." } }),
  TOKEN_EXPIRED: completed("expired", { reason: { code: "token_expired", category: "user_abandoned", description: "The authorization token expired before the user started." } }),
};

function rowsOf(kind: string, field: string, table: Readonly<Record<string, Row>>): StatusMapping[] {
  return Object.entries(table).map(([providerValue, row]) => ({ provider: "jumio" as const, providerKind: kind, field, providerValue, ...row }));
}

export const jumioStatusMappings: readonly StatusMapping[] = [
  ...rowsOf(jumioKinds.idVerification, "verificationStatus", verificationStatusRows),
  ...rowsOf(jumioKinds.authentication, "transactionResult", transactionResultRows),
  ...rowsOf(jumioKinds.documentVerification, "transaction.status/document.status", documentRows),
  ...rowsOf(jumioKinds.platform, "workflowExecution.status", platformRows),
];

/**
 * `rejectReason.rejectReasonCode` to a category. The codes and descriptions are the jumio package's
 * table; the category is ours: every DENIED_FRAUD code is fraud, as the issue asks, and the
 * ERROR_NOT_READABLE_ID codes are capture problems.
 */
export const jumioRejectCategories: Readonly<Record<string, { category: ReasonCategory; judgement?: string }>> = {
  "100": { category: "fraud" },
  "105": { category: "fraud" },
  "106": { category: "fraud" },
  "107": { category: "fraud", judgement: "PHOTO_MISMATCH is a face mismatch, but Jumio files it under DENIED_FRAUD." },
  "108": { category: "fraud" },
  "109": { category: "fraud" },
  "110": { category: "fraud" },
  "111": { category: "fraud" },
  "102": { category: "document_unreadable", judgement: "A photocopy cannot be verified: the document must be captured again." },
  "103": { category: "document_unreadable", judgement: "As 102." },
  "104": { category: "document_unreadable", judgement: "As 102." },
  "200": { category: "document_unreadable" },
  "201": { category: "document_unreadable" },
  "202": { category: "document_unreadable", judgement: "A sample (specimen) document; Jumio files it under ERROR_NOT_READABLE_ID, not fraud." },
  "206": { category: "document_unreadable" },
  "207": { category: "document_unreadable" },
  "209": { category: "document_unreadable" },
  "210": { category: "document_unreadable" },
  "211": { category: "data_mismatch", judgement: "Documents of several people in one image." },
  "212": { category: "data_mismatch" },
  "300": { category: "other" },
};

/**
 * `identityVerification.reason` (given when validity is FALSE): all of them say the selfie is not a
 * valid live capture of the document's holder.
 */
export const jumioIdentityVerificationReasons: readonly string[] = [
  "SELFIE_CROPPED_FROM_ID",
  "ENTIRE_ID_USED_AS_SELFIE",
  "MULTIPLE_PEOPLE",
  "SELFIE_IS_SCREEN_PAPER_VIDEO",
  "SELFIE_MANIPULATED",
  "AGE_DIFFERENCE_TOO_BIG",
  "NO_FACE_PRESENT",
  "FACE_NOT_FULLY_VISIBLE",
  "BAD_QUALITY",
  "BLACK_AND_WHITE",
  "LIVENESS_FAILED",
];

export const jumioExtraReasonMappings: readonly ReasonMapping[] = [
  {
    provider: "jumio",
    field: "rejectReason.rejectReasonDetails[].detailsCode",
    providerCode: "*",
    code: "<detailsDescription in lower case>",
    category: "fraud",
    description: "Each detail is a reason of its own, with its parent's category (details exist for 100 and 200).",
  },
  {
    provider: "jumio",
    field: "identityVerification.similarity",
    providerCode: "NO_MATCH",
    code: "face_no_match",
    category: "face_mismatch",
    description: "The person on the selfie is not the one on the document.",
  },
  ...jumioIdentityVerificationReasons.map((reason) => ({
    provider: "jumio" as const,
    field: "identityVerification.reason",
    providerCode: reason,
    code: reason.toLowerCase(),
    category: "liveness_failed" as const,
    description: `Identity verification validity FALSE: ${reason}.`,
    judgement: "Every reason Jumio gives with validity FALSE says the selfie is not a valid live capture.",
  })),
];

const idTypeTable: readonly (readonly [string, DocumentType, string?])[] = [
  ["PASSPORT", "passport"],
  ["DRIVING_LICENSE", "driving_license"],
  ["ID_CARD", "id_card"],
  ["VISA", "visa"],
];
const idSubtypeTable: readonly (readonly [string, DocumentType, string?])[] = [
  ["RESIDENT_PERMIT_ID", "residence_permit", "An ID card whose subtype is a residence permit."],
  ["VISA", "visa", "Older edition: a US visa is an ID card of subtype VISA."],
  ["PASSPORT_CARD_ID", "passport", "A passport card (IRL, RUS, USA)."],
];

export const jumioDocumentTypeMappings: readonly DocumentTypeMapping[] = [
  ...idTypeTable.map(([providerValue, type]) => ({ provider: "jumio" as const, field: "idType", providerValue, type })),
  ...idSubtypeTable.map(([providerValue, type, judgement]) => ({ provider: "jumio" as const, field: "idSubtype (overrides idType)", providerValue, type, ...(judgement ? { judgement } : {}) })),
  {
    provider: "jumio",
    field: "document.type (Document Verification)",
    providerValue: "*",
    type: "other",
    judgement: "Bank statements, utility bills and the other Document Verification types are not identity documents.",
  },
];

export const jumioIdTypes: ReadonlyMap<string, DocumentType> = new Map(idTypeTable.map(([value, type]) => [value, type]));
export const jumioIdSubtypes: ReadonlyMap<string, DocumentType> = new Map(idSubtypeTable.map(([value, type]) => [value, type]));

const idChecks: readonly (readonly [string, CheckMapping["check"]])[] = [
  ["idCheckDataPositions", "document"],
  ["idCheckDocumentValidation", "document"],
  ["idCheckHologram", "document"],
  ["idCheckMicroprint", "document"],
  ["idCheckSecurityFeatures", "document"],
  ["idCheckSignature", "document"],
  ["idCheckMRZcode", "mrz"],
];
export const jumioIdCheckFields: readonly (readonly [string, CheckMapping["check"]])[] = idChecks;

export const jumioCheckMappings: readonly CheckMapping[] = [
  ...idChecks.map(([providerName, check]) => ({ provider: "jumio" as const, providerName, check, rule: "OK → passed, N/A → not_performed, anything else → failed" })),
  { provider: "jumio", providerName: "identityVerification.similarity", check: "face_match", rule: "MATCH → passed, NO_MATCH → failed, NOT_POSSIBLE → not_performed" },
  { provider: "jumio", providerName: "identityVerification.validity", check: "liveness", rule: "TRUE/true → passed, FALSE/false → failed" },
  {
    provider: "jumio",
    providerName: "idFaceMatch",
    check: "face_match",
    rule: "a percentage 0-100, kept as detail; passed (Jumio sends it only with APPROVED_VERIFIED)",
    judgement: "Older edition; Jumio publishes no threshold, and sends the value only for approved scans.",
  },
  { provider: "jumio", providerName: "idFaceLiveness", check: "liveness", rule: "TRUE → passed, FALSE → failed" },
  {
    provider: "jumio",
    providerName: "transactionResult (Authentication)",
    check: "face_match",
    rule: "PASSED → passed, FAILED → failed, INVALID or EXPIRED → not_performed",
    judgement: "An authentication is a face comparison with the enrolled face.",
  },
];

export const jumioMediaFields: readonly (readonly [string, MediaKind])[] = [
  ["idScanImage", "document_front"],
  ["idScanImageBackside", "document_back"],
  ["idScanImageFace", "face"],
  ["livenessImages", "liveness"],
  ["facemap", "other"],
];

export const jumioMediaMappings: readonly MediaMapping[] = [
  ...jumioMediaFields.map(([field, kind]) => ({ provider: "jumio" as const, field, kind })),
  { provider: "jumio", field: "document.images[] (Document Verification)", kind: "document" },
  { provider: "jumio", field: "document.originalDocument (Document Verification)", kind: "document" },
];

/** Reject reason code → category and description. TEMPORARY: descriptions join the jumio package's table when it lands. */
export const jumioRejectReasons: ReadonlyMap<string, { readonly category: ReasonCategory; readonly description?: string }> = new Map(
  Object.entries(jumioRejectCategories).map(([code, row]) => [code, { category: row.category }]),
);
