import {
  authenticationResults,
  callbackKinds,
  documentStatuses,
  documentTransactionStatuses,
  identityVerificationReasons,
  idSubtypes,
  idTypes,
  rejectReasonDetails,
  rejectReasons,
  verificationStatuses,
  workflowExecutionStatuses,
} from "@kyc-webhooks/jumio/callbacks";
import type { CallbackKind } from "@kyc-webhooks/jumio";
import type { DocumentType, MediaKind, ReasonCategory } from "../../event.js";
import type { CheckMapping, DocumentTypeMapping, MediaMapping, ReasonMapping, StatusMapping } from "../../mapping.js";

/*
 * Jumio: four callbacks, four status fields. Netverify ID verification (`callBackType=NETVERIFYID`,
 * `verificationStatus`), Authentication (`NETVERIFY_AUTHENTICATION`, `transactionResult`), Document
 * Verification (formerly Multi Document: `transaction.status` and `document.status`), all from Jumio, “Callback” (newer edition)
 * and 004, and the new platform's (KYX) PII-free callback (`workflowExecution.status`, Jumio's platform callback documentation, https://docs.jumio.com/production/Content/Integration/Callback.htm).
 */

/** The jumio package's callback kinds by what they are (its `callbackKinds`). */
export const jumioKinds = {
  idVerification: "NETVERIFYID",
  authentication: "NETVERIFY_AUTHENTICATION",
  documentVerification: "DOCUMENT_VERIFICATION",
  platform: "WORKFLOW_EXECUTION",
} as const satisfies Record<string, CallbackKind>;
// Every kind of the package is one of the four above (a new kind fails the build here).
const _allKindsMapped: readonly (typeof jumioKinds)[keyof typeof jumioKinds][] = callbackKinds;

type Row = Omit<StatusMapping, "provider" | "providerKind" | "field" | "providerValue">;
const completed = (status: Row["status"], extra: Partial<Row> = {}): Row => ({ status, type: "verification.completed", finality: "final", needsRefresh: false, ...extra });

const unsupported = (description: string) => ({ code: "unsupported_document", category: "document_unsupported" as const, description });

const verificationStatusRows: Readonly<Record<(typeof verificationStatuses)[number]["code"], Row>> = {
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

const transactionResultRows: Readonly<Record<(typeof authenticationResults)[number]["code"], Row>> = {
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

type DocumentValue =
  | Exclude<(typeof documentTransactionStatuses)[number]["code"], "DONE">
  | `DONE/${(typeof documentStatuses)[number]["code"]}`
  | "DONE";

/** Document Verification: `transaction.status` and, when DONE, `document.status`. */
const documentRows: Readonly<Record<DocumentValue, Row>> = {
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

const platformRows: Readonly<Record<(typeof workflowExecutionStatuses)[number]["code"], Row>> = {
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

/** One row per value of the package's code table, in its order. */
function rowsOf<const C extends string>(kind: CallbackKind, field: string, values: readonly C[], table: Readonly<Record<C, Row>>): StatusMapping[] {
  return values.map((providerValue) => ({ provider: "jumio" as const, providerKind: kind, field, providerValue, ...table[providerValue] }));
}

const codes = <const T extends readonly { readonly code: string }[]>(table: T): T[number]["code"][] => table.map((entry) => entry.code);

export const jumioStatusMappings: readonly StatusMapping[] = [
  ...rowsOf(jumioKinds.idVerification, "verificationStatus", codes(verificationStatuses), verificationStatusRows),
  ...rowsOf(jumioKinds.authentication, "transactionResult", codes(authenticationResults), transactionResultRows),
  ...rowsOf(
    jumioKinds.documentVerification,
    "transaction.status/document.status",
    [
      ...codes(documentTransactionStatuses).filter((status): status is Exclude<typeof status, "DONE"> => status !== "DONE"),
      ...codes(documentStatuses).map((status) => `DONE/${status}` as const),
      "DONE" as const,
    ],
    documentRows,
  ),
  ...rowsOf(jumioKinds.platform, "workflowExecution.status", codes(workflowExecutionStatuses), platformRows),
];

/**
 * `rejectReason.rejectReasonCode` to a category. The codes and descriptions are the jumio package's
 * table; the category is ours: every DENIED_FRAUD code is fraud, as the issue asks, and the
 * ERROR_NOT_READABLE_ID codes are capture problems.
 */
const jumioRejectCategories: Readonly<Record<(typeof rejectReasons)[number]["code"], { category: ReasonCategory; judgement?: string }>> = {
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

export const jumioReasonMappings: readonly ReasonMapping[] = [
  ...rejectReasons.map((reason): ReasonMapping => {
    const row = jumioRejectCategories[reason.code];
    return {
      provider: "jumio",
      field: "rejectReason.rejectReasonCode",
      providerCode: reason.code,
      code: reason.description.toLowerCase(),
      category: row.category,
      description: `${reason.description} (${reason.status})`,
      ...(row.judgement ? { judgement: row.judgement } : {}),
    };
  }),
  ...rejectReasonDetails.map((detail): ReasonMapping => {
    const parent = rejectReasons.find((reason) => reason.code === detail.rejectReasonCode);
    return {
      provider: "jumio",
      field: "rejectReason.rejectReasonDetails[].detailsCode",
      providerCode: detail.code,
      code: `${(parent?.description ?? detail.rejectReasonCode).toLowerCase()}.${detail.description.toLowerCase()}`,
      category: jumioRejectCategories[detail.rejectReasonCode].category,
      description: `${detail.description} (a detail of ${detail.rejectReasonCode}, with its category)`,
    };
  }),
  {
    provider: "jumio",
    field: "identityVerification.similarity",
    providerCode: "NO_MATCH",
    code: "face_no_match",
    category: "face_mismatch",
    description: "The person on the selfie is not the one on the document.",
  },
  ...identityVerificationReasons.map((reason): ReasonMapping => ({
    provider: "jumio",
    field: "identityVerification.reason",
    providerCode: reason.code,
    code: reason.code.toLowerCase(),
    category: "liveness_failed",
    description: reason.description,
    judgement: "Every reason Jumio gives with validity FALSE says the selfie is not a valid live capture of the document's holder.",
  })),
];

/** Reject reason and detail codes → our code, category and Jumio's description. */
export const jumioRejectReasons: ReadonlyMap<string, ReasonMapping> = new Map(
  jumioReasonMappings.filter((row) => row.field.startsWith("rejectReason")).map((row) => [row.providerCode, row]),
);

/** `identityVerification.reason` values → their descriptions. */
export const jumioIdentityVerificationReasons: ReadonlyMap<string, string> = new Map(identityVerificationReasons.map((reason) => [reason.code, reason.description]));

const idTypeTable: Readonly<Record<(typeof idTypes)[number]["code"], DocumentType>> = {
  PASSPORT: "passport",
  DRIVING_LICENSE: "driving_license",
  ID_CARD: "id_card",
  VISA: "visa",
};
/** The subtypes that say more than their idType; every other subtype keeps its idType's mapping. */
const idSubtypeTable: Partial<Record<(typeof idSubtypes)[number]["code"], readonly [DocumentType, string]>> = {
  RESIDENT_PERMIT_ID: ["residence_permit", "An ID card whose subtype is a residence permit."],
  VISA: ["visa", "Older edition: a US visa is an ID card of subtype VISA."],
  PASSPORT_CARD_ID: ["passport", "A passport card (IRL, RUS, USA) is a passport in card form."],
};

export const jumioDocumentTypeMappings: readonly DocumentTypeMapping[] = [
  ...idTypes.map((entry) => ({ provider: "jumio" as const, field: "idType", providerValue: entry.code, type: idTypeTable[entry.code] })),
  ...idSubtypes.flatMap((entry) => {
    const row = idSubtypeTable[entry.code];
    return row ? [{ provider: "jumio" as const, field: "idSubtype (overrides idType)", providerValue: entry.code, type: row[0], judgement: row[1] }] : [];
  }),
  {
    provider: "jumio",
    field: "document.type (Document Verification)",
    providerValue: "*",
    type: "other",
    judgement: "Bank statements, utility bills and the other Document Verification types are not identity documents.",
  },
];

export const jumioIdTypes: ReadonlyMap<string, DocumentType> = new Map(Object.entries(idTypeTable));
export const jumioIdSubtypes: ReadonlyMap<string, DocumentType> = new Map(Object.entries(idSubtypeTable).map(([value, row]) => [value, row[0]]));

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

