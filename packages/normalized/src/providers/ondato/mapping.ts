import { callbackKinds, documentFileParts, documentTypes as ondatoDocumentTypes, identityVerificationStatuses, kycIdentificationStatuses, kycStatusReasons } from "@kyc-webhooks/ondato/callbacks";
import type { CallbackKind, KycStatusReason } from "@kyc-webhooks/ondato";
import type { DocumentType, MediaKind, ReasonCategory } from "../../event.js";
import type { CheckMapping, DocumentTypeMapping, MediaMapping, ReasonMapping, StatusMapping } from "../../mapping.js";

/*
 * Ondato: the webhook `type` says which resource changed and how (Ondato's webhooks page,
 * Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks); for the IDV status change and the KYC Created/Processed/Updated events, the
 * resource's own `status` in the payload decides. Values and kinds come from the ondato package's code
 * tables, and the tables below are typed by them so that a new value there fails the build here.
 */

type Row = Omit<StatusMapping, "provider" | "providerKind" | "field" | "providerValue">;
type IdvStatus = (typeof identityVerificationStatuses)[number]["code"];
type KycStatus = (typeof kycIdentificationStatuses)[number]["code"];

const abandoned = (description: string) => ({ code: "abandoned", category: "user_abandoned" as const, description });

/** `IdentityVerification.StatusChanged` (and `Idv.StatusChanged`): by `payload.status`. */
const idvStatusRows: Readonly<Record<IdvStatus, Row>> = {
  Pending: { status: "pending", type: "verification.started", finality: "non_final", needsRefresh: false },
  Unfinished: { status: "pending", type: "verification.updated", finality: "non_final", needsRefresh: false },
  Completed: {
    status: "pending",
    type: "verification.updated",
    finality: "non_final",
    needsRefresh: false,
    judgement: "The customer finished every step; the decision is the KYC identification's and arrives as KycIdentification.Approved or .Rejected.",
  },
  Aborted: {
    status: "cancelled",
    type: "verification.completed",
    finality: "final",
    needsRefresh: false,
    judgement: "Ondato does not say who aborted; an integrator's handler treats it as the customer leaving.",
    reason: abandoned("The identity verification was aborted."),
  },
  Expired: { status: "expired", type: "verification.completed", finality: "final", needsRefresh: false, reason: abandoned("The identity verification expired before it was completed.") },
};

/** KYC identification `status` in the events whose type does not decide by itself. */
const kycStatusRows = (awaiting: Row, updated: boolean): Readonly<Record<KycStatus, Row>> => ({
  Awaiting: awaiting,
  Approved: { status: "approved", type: updated ? "verification.updated" : "verification.completed", finality: "final", needsRefresh: false },
  Rejected: { status: "declined", type: updated ? "verification.updated" : "verification.completed", finality: "final", needsRefresh: false },
});

const review: Row = {
  status: "review",
  type: "verification.updated",
  finality: "non_final",
  needsRefresh: false,
  judgement: "Awaiting is Ondato's manual-review state (\"awaiting a decision\"): once the customer is done, a person decides.",
};

const kycByStatus: Partial<Record<CallbackKind, Readonly<Record<KycStatus, Row>>>> = {
  "KycIdentification.Created": kycStatusRows({ status: "pending", type: "verification.started", finality: "non_final", needsRefresh: false }, false),
  "KycIdentification.Processed": kycStatusRows(review, false),
  "KycIdentification.Updated": kycStatusRows(review, true),
};

/** The events whose type decides by itself. */
const byKind: Partial<Record<CallbackKind, Row>> = {
  "IdentityVerification.Consented": { status: "pending", type: "verification.started", finality: "non_final", needsRefresh: false },
  "Idv.Consented": { status: "pending", type: "verification.started", finality: "non_final", needsRefresh: false },
  "KycIdentification.Approved": { status: "approved", type: "verification.completed", finality: "final", needsRefresh: false },
  "KycIdentification.Rejected": { status: "declined", type: "verification.completed", finality: "final", needsRefresh: false },
  "KybIdentification.Created": { status: "pending", type: "business.updated", finality: "non_final", needsRefresh: false },
  "KybIdentification.Approved": { status: "approved", type: "business.updated", finality: "final", needsRefresh: false },
  "KybIdentification.Rejected": { status: "declined", type: "business.updated", finality: "final", needsRefresh: false },
  "KybIdentification.Document.Created": {
    status: "review",
    type: "business.updated",
    finality: "non_final",
    needsRefresh: false,
    judgement: "The document entity is created with status NeedReview.",
  },
  "KybIdentification.Document.Uploaded": {
    status: "review",
    type: "business.updated",
    finality: "non_final",
    needsRefresh: false,
    judgement: "A file was added to a document that needs review.",
  },
  "KybIdentification.Document.Updated": {
    status: "unknown",
    type: "business.updated",
    finality: "non_final",
    needsRefresh: true,
    judgement: "The document became Validated or Invalidated, but Ondato documents no KYB payload to tell which: fetch it.",
  },
  "KybIdentification.Document.Deleted": {
    status: "unknown",
    type: "data.document_deleted",
    finality: "non_final",
    needsRefresh: true,
    judgement:
      "One document left the KYB identification; what that means for the business is not in the event. Its payload is the identification as it now is (Ondato's payload rule), so earlier events' payloads hold the deleted document.",
  },
  "Form.Created": {
    status: "pending",
    type: "form.submitted",
    finality: "non_final",
    needsRefresh: false,
    judgement: "Only Ondato's one example (status Unfinished) is known.",
  },
};

/** A status change without a status the table knows: the consumer must fetch the IDV. */
const statusChangedWithoutData: Row = {
  status: "unknown",
  type: "verification.status_changed",
  finality: "non_final",
  needsRefresh: true,
  judgement: "A status change whose payload has no status we know says only that something changed.",
};

function rows(): StatusMapping[] {
  const out: StatusMapping[] = [];
  for (const kind of callbackKinds) {
    const base = { provider: "ondato" as const, providerKind: kind };
    if (kind === "IdentityVerification.StatusChanged" || kind === "Idv.StatusChanged") {
      for (const status of identityVerificationStatuses) out.push({ ...base, field: "payload.status", providerValue: status.code, ...idvStatusRows[status.code] });
      out.push({ ...base, field: "payload.status", providerValue: "*", ...statusChangedWithoutData });
      continue;
    }
    const byStatus = kycByStatus[kind];
    if (byStatus) {
      for (const status of kycIdentificationStatuses) out.push({ ...base, field: "payload.status", providerValue: status.code, ...byStatus[status.code] });
      continue;
    }
    const row = byKind[kind];
    if (row) out.push({ ...base, field: "type", providerValue: kind, ...row });
  }
  return out;
}

export const ondatoStatusMappings: readonly StatusMapping[] = rows();

/** KYC identification `statusReason` (the ondato package's `kycStatusReasons`) to a reason category. */
const statusReasonCategories: Readonly<Record<KycStatusReason, { category: ReasonCategory; judgement?: string }>> = {
  AutomaticallyIdentified: { category: "other", judgement: "A reason for approval, not a failure: kept so the event says how it was decided." },
  ManuallyIdentified: { category: "other", judgement: "As AutomaticallyIdentified." },
  MissingDocumentPhoto: { category: "document_unreadable", judgement: "The document was not (fully) captured." },
  DocumentNotAccepted: { category: "document_unsupported" },
  DataDoesNotMatch: { category: "data_mismatch" },
  Sanctioned: { category: "watchlist" },
  MissingSelfiePhoto: { category: "user_abandoned", judgement: "The customer did not provide the selfie." },
  FacesDoesNotMatch: { category: "face_mismatch" },
  PoorPhotoQuality: { category: "document_unreadable", judgement: "Ondato does not say whether the document photo or the selfie is poor; the document is the usual case." },
  PoorPhotoLighting: { category: "document_unreadable", judgement: "As PoorPhotoQuality." },
  BlurredPhoto: { category: "document_unreadable", judgement: "As PoorPhotoQuality." },
  BadMediaFormat: { category: "document_unreadable" },
  Miscellaneous: { category: "other" },
  PossibleFraudAttempt: { category: "fraud" },
  UnrelatedPhoto: { category: "other" },
  MoreThanOnePerson: { category: "liveness_failed", judgement: "More than one face in the capture: a presentation problem." },
  ProhibitedCountryOrState: { category: "document_unsupported" },
  DocumentIsExpired: { category: "document_expired" },
  DocumentWithNonLatinCharacters: { category: "document_unsupported" },
  PartOfDocumentIsCovered: { category: "document_unreadable" },
  NameMismatch: { category: "data_mismatch" },
  ExpirationDateMismatch: { category: "data_mismatch" },
  IncorrectInformationProvided: { category: "data_mismatch" },
  PartOfFaceIsCovered: { category: "liveness_failed", judgement: "The face capture is unusable, which the liveness step is meant to catch." },
  UnderagePerson: { category: "other" },
  ProhibitedNationality: { category: "other" },
  DocAndBioAgeDoesntMatch: { category: "face_mismatch", judgement: "The estimated age of the face does not fit the document." },
  DuplicatedInfo: { category: "fraud", judgement: "The data duplicates another identification." },
};

function snake(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

export const ondatoReasonMappings: readonly ReasonMapping[] = kycStatusReasons.map((reason) => ({
  provider: "ondato",
  field: "payload.statusReason",
  providerCode: reason.code,
  code: snake(reason.code),
  description: reason.description,
  ...statusReasonCategories[reason.code],
}));

export const ondatoStatusReasons: ReadonlyMap<string, ReasonMapping> = new Map(ondatoReasonMappings.map((row) => [row.providerCode, row]));

const documentTypeTable: Readonly<Record<(typeof ondatoDocumentTypes)[number]["code"], DocumentType>> = {
  IdCard: "id_card",
  Passport: "passport",
  DriverLicense: "driving_license",
};

export const ondatoDocumentTypeMappings: readonly DocumentTypeMapping[] = ondatoDocumentTypes.map((entry) => ({
  provider: "ondato",
  field: "payload.document.type",
  providerValue: entry.code,
  type: documentTypeTable[entry.code],
}));

const filePartKinds: Readonly<Record<(typeof documentFileParts)[number]["code"], { kind: MediaKind; judgement?: string }>> = {
  Front: { kind: "document_front" },
  Back: { kind: "document_back" },
  DataPage: { kind: "document_front", judgement: "A passport's data page is what a card's front is." },
  FrontCover: { kind: "other", judgement: "A passport's cover shows no personal data." },
};

export const ondatoMediaMappings: readonly MediaMapping[] = [
  ...documentFileParts.map((part) => ({ provider: "ondato" as const, field: `payload.document.files[part=${part.code}]`, ...filePartKinds[part.code] })),
  { provider: "ondato", field: "payload.document.files[fileType=ProofOfAddress]", kind: "document" },
  { provider: "ondato", field: "payload.face.files[]", kind: "face" },
];

export const ondatoFilePartKinds: Readonly<Record<string, MediaKind>> = Object.fromEntries(Object.entries(filePartKinds).map(([part, row]) => [part, row.kind]));

/** `rules[].name` to a check (names from captured payloads, captured Ondato payloads in integrators' public code); other names are `other`. */
export const ondatoRuleChecks: Readonly<Record<string, CheckMapping["check"]>> = {
  DocumentHasBothSides: "document",
  DocumentNotExpired: "document",
  DocumentHasFace: "document",
  DocumentTypeNotProhibited: "document",
  DocumentManipulation: "document",
  NotUnder18: "age",
};

export const ondatoCheckMappings: readonly CheckMapping[] = [
  { provider: "ondato", providerName: "payload.document.mrzVerified", check: "mrz", rule: "true → passed, false → failed" },
  {
    provider: "ondato",
    providerName: "payload.document.ocrValidations[].key",
    check: "data_consistency",
    rule: "isValid true → passed, false → failed (one check per key)",
  },
  ...Object.entries(ondatoRuleChecks).map(([name, check]) => ({
    provider: "ondato" as const,
    providerName: `payload.rules[name=${name}] / payload.fraudChecks[name=${name}]`,
    check,
    rule: "status Success → passed; Skipped, NotApplicable, NotPerformed → not_performed; anything else → failed",
    judgement: "Only Success has been seen; Ondato documents no list of statuses.",
  })),
  {
    provider: "ondato",
    providerName: "payload.rules[] / payload.fraudChecks[] (any other name)",
    check: "other",
    rule: "as above",
  },
];
