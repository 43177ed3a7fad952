import * as z from "zod";
import {
  formCreatedWebhookSchema,
  identityVerificationConsentedWebhookSchema,
  identityVerificationStatusChangedWebhookSchema,
  idvConsentedWebhookSchema,
  idvStatusChangedWebhookSchema,
  kybIdentificationApprovedWebhookSchema,
  kybIdentificationCreatedWebhookSchema,
  kybIdentificationDocumentCreatedWebhookSchema,
  kybIdentificationDocumentDeletedWebhookSchema,
  kybIdentificationDocumentUpdatedWebhookSchema,
  kybIdentificationDocumentUploadedWebhookSchema,
  kybIdentificationRejectedWebhookSchema,
  kycIdentificationApprovedWebhookSchema,
  kycIdentificationCreatedWebhookSchema,
  kycIdentificationProcessedWebhookSchema,
  kycIdentificationRejectedWebhookSchema,
  kycIdentificationUpdatedWebhookSchema,
} from "./envelope.js";
import type { CallbackKind, IdentityVerificationKind, KybIdentificationKind, KycIdentificationKind } from "./kinds.js";

/** The schema of each kind, for validating a body whose kind is known. */
export const callbackSchemas = {
  "IdentityVerification.Consented": identityVerificationConsentedWebhookSchema,
  "IdentityVerification.StatusChanged": identityVerificationStatusChangedWebhookSchema,
  "Idv.Consented": idvConsentedWebhookSchema,
  "Idv.StatusChanged": idvStatusChangedWebhookSchema,
  "KycIdentification.Created": kycIdentificationCreatedWebhookSchema,
  "KycIdentification.Processed": kycIdentificationProcessedWebhookSchema,
  "KycIdentification.Approved": kycIdentificationApprovedWebhookSchema,
  "KycIdentification.Updated": kycIdentificationUpdatedWebhookSchema,
  "KycIdentification.Rejected": kycIdentificationRejectedWebhookSchema,
  "KybIdentification.Created": kybIdentificationCreatedWebhookSchema,
  "KybIdentification.Approved": kybIdentificationApprovedWebhookSchema,
  "KybIdentification.Rejected": kybIdentificationRejectedWebhookSchema,
  "KybIdentification.Document.Created": kybIdentificationDocumentCreatedWebhookSchema,
  "KybIdentification.Document.Uploaded": kybIdentificationDocumentUploadedWebhookSchema,
  "KybIdentification.Document.Updated": kybIdentificationDocumentUpdatedWebhookSchema,
  "KybIdentification.Document.Deleted": kybIdentificationDocumentDeletedWebhookSchema,
  "Form.Created": formCreatedWebhookSchema,
} as const satisfies Record<CallbackKind, z.ZodType>;

/** Every Ondato webhook: a discriminated union on the envelope's `type`. */
export const callbackSchema = z
  .discriminatedUnion("type", [
    identityVerificationConsentedWebhookSchema,
    identityVerificationStatusChangedWebhookSchema,
    idvConsentedWebhookSchema,
    idvStatusChangedWebhookSchema,
    kycIdentificationCreatedWebhookSchema,
    kycIdentificationProcessedWebhookSchema,
    kycIdentificationApprovedWebhookSchema,
    kycIdentificationUpdatedWebhookSchema,
    kycIdentificationRejectedWebhookSchema,
    kybIdentificationCreatedWebhookSchema,
    kybIdentificationApprovedWebhookSchema,
    kybIdentificationRejectedWebhookSchema,
    kybIdentificationDocumentCreatedWebhookSchema,
    kybIdentificationDocumentUploadedWebhookSchema,
    kybIdentificationDocumentUpdatedWebhookSchema,
    kybIdentificationDocumentDeletedWebhookSchema,
    formCreatedWebhookSchema,
  ])
  .describe("An Ondato webhook, discriminated by its type.");
export type Callback = z.infer<typeof callbackSchema>;

/** The webhook of each kind: `CallbackOfKind["KycIdentification.Approved"]`. */
export type CallbackOfKind = { [K in CallbackKind]: Extract<Callback, { type: K }> };

/** Narrows a parsed webhook to one kind: `if (hasKind(callback, "KycIdentification.Rejected")) callback.payload…`. */
export function hasKind<K extends CallbackKind>(callback: Callback, kind: K): callback is CallbackOfKind[K] {
  return callback.type === kind;
}

export type IdentityVerificationCallback = Extract<Callback, { type: IdentityVerificationKind }>;
export type KycIdentificationCallback = Extract<Callback, { type: KycIdentificationKind }>;
export type KybIdentificationCallback = Extract<Callback, { type: KybIdentificationKind }>;

/** The kind of an already-parsed callback: its `type`. */
export function kindOf(callback: Callback): CallbackKind {
  return callback.type;
}

/** An `IdentityVerification.*` or `Idv.*` webhook: its payload is the identity verification. */
export function isIdentityVerificationCallback(callback: Callback): callback is IdentityVerificationCallback {
  return callback.type.startsWith("IdentityVerification.") || callback.type.startsWith("Idv.");
}

/** A `KycIdentification.*` webhook: its payload is the KYC identification. */
export function isKycIdentificationCallback(callback: Callback): callback is KycIdentificationCallback {
  return callback.type.startsWith("KycIdentification.");
}

/** A `KybIdentification.*` webhook (open payload). */
export function isKybIdentificationCallback(callback: Callback): callback is KybIdentificationCallback {
  return callback.type.startsWith("KybIdentification.");
}
