import * as z from "zod";
import { eventTypes, providerNames, statuses } from "./names.js";
import type { EventType, Status } from "./names.js";

export { eventTypes, providerNames, statuses } from "./names.js";
export type { EventType, ProviderName, Status } from "./names.js";

/**
 * The provider-neutral event model. One callback of any provider becomes one `NormalizedEvent`:
 * what happened (`type`), what that says about the verification (`status`, `finality`), who and what
 * was verified (`person`, `document`, `address`), why (`reasons`), what was checked (`checks`), and the
 * provider payload itself (`raw`), so that nothing is lost by normalizing.
 */

export const providerNameSchema = z.enum(providerNames).describe("The identity verification provider that sent the callback.");

export const eventTypeSchema = z.enum(eventTypes).describe("What happened, in provider-neutral words.");

/** What each event type means; rendered by the docs site. */
export const eventTypeDescriptions: Readonly<Record<EventType, string>> = {
  "verification.started": "A verification was created, consented to or is waiting for the user; no result yet.",
  "verification.updated": "A verification moved on (data received, processed or edited) without a final decision.",
  "verification.status_changed": "The provider says only that the status changed; fetch the result from the provider (needsRefresh).",
  "verification.completed": "A verification reached an outcome: approved, declined, needing resubmission, expired or cancelled.",
  "request.rejected": "The provider refused the verification request itself (invalid parameters, unauthorized account).",
  "data.deleted": "The provider deleted the verification's data.",
  "data.document_deleted":
    "The provider deleted one document of a verification (an Ondato KYB document); the verification stays, and the copies of that document held from earlier events should go.",
  "authentication.completed": "A returning user's authentication (a selfie against an earlier verification) has a result.",
  "document.completed": "A document verification (a document other than an identity document) has a result.",
  "business.updated": "A business (KYB) verification changed status.",
  "form.submitted": "A user submitted a form of the provider's onboarding flow.",
};

export const statusSchema = z.enum(statuses).describe("The verification's state as this event alone tells it.");

export const statusDescriptions: Readonly<Record<Status, string>> = {
  approved: "The person (or document, or business) was verified.",
  declined: "Verification failed for a reason that a retry with the same material will not fix (fraud, unsupported document, mismatch).",
  review: "A person at the provider (or at the customer) must decide.",
  resubmission_required: "The user must try again (unreadable document, restarted session).",
  pending: "Waiting for the user or for the provider's processing.",
  expired: "The session timed out or the user never finished.",
  cancelled: "The user or the customer cancelled the verification.",
  error: "The request could not be processed (invalid parameters, unauthorized).",
  deleted: "The provider deleted the data.",
  unknown: "This event alone does not tell the state; see needsRefresh.",
};

export const reasonCategories = [
  "fraud",
  "document_unreadable",
  "document_unsupported",
  "document_expired",
  "data_mismatch",
  "face_mismatch",
  "liveness_failed",
  "user_abandoned",
  "request_invalid",
  "unauthorized",
  "watchlist",
  "other",
] as const;
export const reasonCategorySchema = z.enum(reasonCategories).describe("A provider-neutral reason family.");
export type ReasonCategory = z.infer<typeof reasonCategorySchema>;

export const reasonCategoryDescriptions: Readonly<Record<ReasonCategory, string>> = {
  fraud: "The document or the person is fraudulent: manipulated, fake, punched, a known fraudster, tampered chip data.",
  document_unreadable: "The document could not be read or was not captured properly (blurred, glare, photocopy, missing side).",
  document_unsupported: "The document type or issuing country is not supported or not accepted.",
  document_expired: "The document has expired.",
  data_mismatch: "Data on the document does not match the data given, or parts of the document disagree.",
  face_mismatch: "The face does not match the document's photo (or the enrolled face).",
  liveness_failed: "The selfie is not of a live person, or the liveness check failed.",
  user_abandoned: "The user did not finish: no document uploaded, session timed out, consent not given.",
  request_invalid: "The verification request had invalid parameters.",
  unauthorized: "The provider refused the customer's credentials.",
  watchlist: "A sanctions, PEP or adverse-media screening hit.",
  other: "A reason without a better category (a manual rejection, a provider code we have no table for).",
};

export const reasonSchema = z
  .object({
    code: z.string().describe("Our code for the reason, snake_case (e.g. `manipulated_document`)."),
    category: reasonCategorySchema,
    description: z.string().describe("A readable description, from the provider's document where it gives one."),
    providerCode: z.string().describe("The provider's own code or value, verbatim (e.g. Jumio `100`, Shufti `SPDR07`)."),
  })
  .describe("Why the verification has its status.");
export type Reason = z.infer<typeof reasonSchema>;

export const countrySchema = z
  .object({
    alpha2: z.string().regex(/^[A-Z]{2}$/).optional().describe("ISO 3166-1 alpha-2 code."),
    alpha3: z.string().regex(/^[A-Z]{3}$/).optional().describe("ISO 3166-1 alpha-3 code."),
    providerValue: z.string().describe("The value as the provider sent it (e.g. Shufti's non-ISO `UK`)."),
  })
  .describe("A country as ISO 3166-1 codes, with the provider's own value.");
export type Country = z.infer<typeof countrySchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("A calendar date, YYYY-MM-DD.");

export const personSchema = z
  .object({
    firstName: z.string().optional(),
    middleName: z.string().optional(),
    lastName: z.string().optional(),
    fullName: z.string().optional().describe("The full name as the provider gives it, when it gives one."),
    dateOfBirth: isoDate.optional(),
    gender: z.enum(["male", "female", "other"]).optional(),
    nationality: countrySchema.optional(),
    placeOfBirth: z.string().optional(),
  })
  .describe("The verified person, as extracted by the provider.");
export type Person = z.infer<typeof personSchema>;

export const documentTypes = ["passport", "id_card", "driving_license", "visa", "residence_permit", "other"] as const;
export type DocumentType = (typeof documentTypes)[number];

export const documentTypeDescriptions: Readonly<Record<DocumentType, string>> = {
  passport: "A passport (also an e-passport or a passport card).",
  id_card: "A national identity card or another government ID card.",
  driving_license: "A driving licence (also a learner's licence).",
  visa: "A visa.",
  residence_permit: "A residence permit.",
  other: "Any other document: bank statement, utility bill, selfie, a provider type we have no mapping for.",
};
export const documentSchema = z
  .object({
    type: z.enum(documentTypes).describe("The normalized document type."),
    providerType: z.string().optional().describe("The provider's own type value, verbatim."),
    number: z.string().optional(),
    personalNumber: z.string().optional(),
    issuingCountry: countrySchema.optional(),
    issuedAt: isoDate.optional(),
    expiresAt: isoDate.optional(),
  })
  .describe("The identity document that was verified.");
export type Document = z.infer<typeof documentSchema>;

export const addressSchema = z
  .object({
    line1: z.string().optional().describe("Street and number."),
    line2: z.string().optional(),
    city: z.string().optional(),
    postalCode: z.string().optional(),
    subdivision: z.string().optional().describe("State, province or region (ISO 3166-2 subdivision code where the provider gives one)."),
    country: countrySchema.optional(),
    formatted: z.string().optional().describe("The address as one text, as the provider formats it."),
  })
  .describe("One address shape for all providers' address formats.");
export type Address = z.infer<typeof addressSchema>;

export const checkNames = ["document", "face_match", "liveness", "mrz", "data_consistency", "watchlist", "address", "age", "other"] as const;
export type CheckName = (typeof checkNames)[number];
export const checkResults = ["passed", "failed", "not_performed"] as const;
export type CheckResult = (typeof checkResults)[number];

export const checkNameDescriptions: Readonly<Record<CheckName, string>> = {
  document: "The document's authenticity: security features, hologram, microprint, template, validity.",
  face_match: "The selfie matches the face on the document (or the enrolled face).",
  liveness: "The selfie is of a live person.",
  mrz: "The machine-readable zone's check digits and content.",
  data_consistency: "Extracted data agrees with the data given and across the document (name, date of birth, number).",
  watchlist: "Sanctions, PEP and adverse-media screening.",
  address: "The address was verified.",
  age: "An age rule (e.g. over 18).",
  other: "Any other check the provider reports.",
};
export const checkSchema = z
  .object({
    name: z.enum(checkNames),
    result: z.enum(checkResults),
    providerName: z.string().describe("The provider's name for the check, verbatim (e.g. `idCheckMRZcode`, `face`)."),
    detail: z.string().optional().describe("The provider's own result value (e.g. `OK`, `N/A`, a similarity score)."),
  })
  .describe("One check the provider performed.");
export type Check = z.infer<typeof checkSchema>;

export const mediaKinds = ["document_front", "document_back", "face", "liveness", "document", "video", "report", "other"] as const;
export type MediaKind = (typeof mediaKinds)[number];

export const mediaKindDescriptions: Readonly<Record<MediaKind, string>> = {
  document_front: "The identity document's front side (or its only side).",
  document_back: "The identity document's back side.",
  face: "A face image: the selfie or the face cropped from the document.",
  liveness: "A frame of the liveness capture.",
  document: "A page of a non-identity document (bank statement, utility bill) or an original upload.",
  video: "A recording of the verification session.",
  report: "A report the provider generated (e.g. a PDF verification report).",
  other: "Anything else (a face map, an access token to the provider's media).",
};
export const mediaSchema = z
  .object({
    kind: z.enum(mediaKinds),
    url: z
      .string()
      .describe(
        "Where the provider serves it; such URLs usually need the provider's credentials and expire. Ondato sends file ids instead of URLs: there it is `ondato:file:<fileId>`.",
      ),
    fileId: z.string().optional().describe("The provider's file id, for providers that serve files by id through their API (Ondato)."),
    providerName: z.string().describe("The provider's field or part name."),
  })
  .describe("An image, video or file the provider holds for this verification.");
export type Media = z.infer<typeof mediaSchema>;

export const normalizedEventSchema = z
  .object({
    eventId: z.string().describe("A stable identity for deduplication: the same callback delivered twice has the same eventId."),
    provider: providerNameSchema,
    providerKind: z.string().describe("The provider's own callback kind (e.g. `verification.accepted`, `NETVERIFYID`)."),
    type: eventTypeSchema,
    status: statusSchema,
    finality: z.enum(["final", "non_final"]).describe("Whether this verification can still change."),
    needsRefresh: z.boolean().describe("True when the event says only that something changed: fetch the result from the provider."),
    reference: z.string().optional().describe("The provider's transaction, scan or verification id."),
    merchantReference: z.string().optional().describe("The customer's own reference, where the provider echoes it."),
    occurredAt: z.string().optional().describe("When it happened, as an ISO 8601 timestamp, from the payload where it has one."),
    reasons: z.array(reasonSchema),
    person: personSchema.optional(),
    document: documentSchema.optional(),
    address: addressSchema.optional(),
    country: countrySchema
      .optional()
      .describe("The country the verification was requested for, where the provider names one apart from the document (Shufti's `country`)."),
    checks: z.array(checkSchema),
    media: z.array(mediaSchema),
    raw: z.unknown().describe("The provider payload as parsed, so that nothing is lost by normalizing."),
  })
  .describe("One provider-neutral KYC event.");
export type NormalizedEvent = z.infer<typeof normalizedEventSchema>;
