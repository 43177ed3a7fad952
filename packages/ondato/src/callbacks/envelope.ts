import * as z from "zod";
import { ondatoIdSchema, ondatoTimestampSchema } from "../formats.js";
import { identityVerificationSchema, identityVerificationStatusSchema } from "../api/identity-verification.js";
import { kycIdentificationSchema } from "../api/kyc-identification.js";
import { setupReferenceSchema } from "../api/setup.js";
import { webhookEvents } from "./kinds.js";
import type { CallbackKind } from "./kinds.js";

/**
 * The envelope every webhook shares. Ondato's property table (diff pageId 2413527072) lists `Id,
 * ApplicationId, CreatedUtc, DeliveredUtc, IsDelivered, Payload, Type` in PascalCase; every JSON example and
 * the captured webhook are camelCase, which is what is modelled. The captured webhook has no
 * `deliveredUtc`/`isDelivered`, so both are optional (captured Ondato payloads in integrators' public code).
 */
const envelopeFields = {
  id: ondatoIdSchema.describe("Webhook ID. Deliveries may repeat (retries): use it to deduplicate."),
  applicationId: ondatoIdSchema.describe("Internal ID that identifies you in the Ondato system."),
  createdUtc: ondatoTimestampSchema.describe("Date and time when the webhook was generated (up to 7 fractional digits)."),
  // Null while undelivered is the natural reading of "IsDelivered: true/false"; Ondato shows no example.
  deliveredUtc: ondatoTimestampSchema.nullable().optional().describe("Date and time when the webhook was delivered (optional: absent in captured webhooks)."),
  isDelivered: z.boolean().optional().describe("Whether the webhook was delivered (optional: absent in captured webhooks)."),
};

/** The envelope alone, with an open payload: what every Ondato webhook has in common. */
export const webhookEnvelopeSchema = z
  .looseObject({
    ...envelopeFields,
    payload: z.looseObject({}).describe("The resource the webhook is about, as GET of that resource returns it."),
    type: z.string().describe("Type of the webhook: resource and event, e.g. KycIdentification.Approved."),
  })
  .describe("The envelope every Ondato webhook shares.");
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;

/**
 * KYB identification payload: Ondato documents the events (Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks) but no payload for them,
 * and no KYB payload has been published. Kept open; by Ondato's rule it is what GET of the KYB
 * identification returns.
 */
export const kybIdentificationPayloadSchema = z
  .looseObject({})
  .describe("The KYB identification resource (not documented by Ondato; kept as an open object).");
export type KybIdentificationPayload = z.infer<typeof kybIdentificationPayloadSchema>;

/**
 * Form payload, from the only example Ondato gives (the body example of its webhooks page, diff pageId
 * 2334785557, a `Form.Created`). The form resource itself is not documented, so the object stays open and
 * `status` is any string ("Unfinished" in the example).
 */
export const formPayloadSchema = z
  .looseObject({
    id: ondatoIdSchema.describe("Form ID."),
    applicationId: ondatoIdSchema.describe("Internal ID that identifies you in the Ondato system."),
    setup: setupReferenceSchema,
    createdUtc: ondatoTimestampSchema.describe("When the form was created."),
    identityVerificationId: ondatoIdSchema.describe("The identity verification the form belongs to."),
    status: z.string().describe("Status of the form, e.g. Unfinished."),
  })
  .describe("The form resource (only Ondato's one example is known; kept open).");
export type FormPayload = z.infer<typeof formPayloadSchema>;

function describeKind(kind: CallbackKind): string {
  const event = webhookEvents.find((entry) => entry.code === kind);
  return `Ondato webhook ${kind}: ${event?.description ?? ""}`;
}

function webhook<const K extends CallbackKind, P extends z.ZodType>(type: K, payload: P) {
  return z
    .looseObject({
      ...envelopeFields,
      payload,
      type: z.literal(type).describe("Type of the webhook: resource and event."),
    })
    .describe(describeKind(type));
}

const idvPayload = identityVerificationSchema.describe("The identity verification, as GET /v1/identity-verifications/{id} returns it.");
const kycPayload = kycIdentificationSchema.describe("The KYC identification, as GET /v1/identifications/{id} returns it.");

export const identityVerificationConsentedWebhookSchema = webhook("IdentityVerification.Consented", idvPayload);
/**
 * A status change may carry only the identity verification's id and new status (`{ "id", "status" }`), or
 * its id alone ("IdentityVerification.StatusChanged without data"): fetch the resource for the rest. Ondato's
 * rule (the payload is what GET of the resource returns) is what the full form follows; both are accepted.
 */
export const thinIdvPayloadSchema = z
  .looseObject({
    id: ondatoIdSchema.describe("Identity verification ID."),
    status: identityVerificationStatusSchema.optional(),
  })
  .describe("An identity verification status change without the resource: its id, and the new status when given.");
export type ThinIdvPayload = z.infer<typeof thinIdvPayloadSchema>;
const statusChangedPayload = z
  .union([idvPayload, thinIdvPayloadSchema])
  .describe("The identity verification, as GET /v1/identity-verifications/{id} returns it, or only its id and new status.");

export const identityVerificationStatusChangedWebhookSchema = webhook("IdentityVerification.StatusChanged", statusChangedPayload);
export const idvConsentedWebhookSchema = webhook("Idv.Consented", idvPayload);
export const idvStatusChangedWebhookSchema = webhook("Idv.StatusChanged", statusChangedPayload);
export const kycIdentificationCreatedWebhookSchema = webhook("KycIdentification.Created", kycPayload);
export const kycIdentificationProcessedWebhookSchema = webhook("KycIdentification.Processed", kycPayload);
export const kycIdentificationApprovedWebhookSchema = webhook("KycIdentification.Approved", kycPayload);
export const kycIdentificationUpdatedWebhookSchema = webhook("KycIdentification.Updated", kycPayload);
export const kycIdentificationRejectedWebhookSchema = webhook("KycIdentification.Rejected", kycPayload);
export const kybIdentificationCreatedWebhookSchema = webhook("KybIdentification.Created", kybIdentificationPayloadSchema);
export const kybIdentificationApprovedWebhookSchema = webhook("KybIdentification.Approved", kybIdentificationPayloadSchema);
export const kybIdentificationRejectedWebhookSchema = webhook("KybIdentification.Rejected", kybIdentificationPayloadSchema);
export const kybIdentificationDocumentCreatedWebhookSchema = webhook("KybIdentification.Document.Created", kybIdentificationPayloadSchema);
export const kybIdentificationDocumentUploadedWebhookSchema = webhook("KybIdentification.Document.Uploaded", kybIdentificationPayloadSchema);
export const kybIdentificationDocumentUpdatedWebhookSchema = webhook("KybIdentification.Document.Updated", kybIdentificationPayloadSchema);
export const kybIdentificationDocumentDeletedWebhookSchema = webhook("KybIdentification.Document.Deleted", kybIdentificationPayloadSchema);
export const formCreatedWebhookSchema = webhook("Form.Created", formPayloadSchema);

export type IdentityVerificationConsentedWebhook = z.infer<typeof identityVerificationConsentedWebhookSchema>;
export type IdentityVerificationStatusChangedWebhook = z.infer<typeof identityVerificationStatusChangedWebhookSchema>;
export type IdvConsentedWebhook = z.infer<typeof idvConsentedWebhookSchema>;
export type IdvStatusChangedWebhook = z.infer<typeof idvStatusChangedWebhookSchema>;
export type KycIdentificationCreatedWebhook = z.infer<typeof kycIdentificationCreatedWebhookSchema>;
export type KycIdentificationProcessedWebhook = z.infer<typeof kycIdentificationProcessedWebhookSchema>;
export type KycIdentificationApprovedWebhook = z.infer<typeof kycIdentificationApprovedWebhookSchema>;
export type KycIdentificationUpdatedWebhook = z.infer<typeof kycIdentificationUpdatedWebhookSchema>;
export type KycIdentificationRejectedWebhook = z.infer<typeof kycIdentificationRejectedWebhookSchema>;
export type KybIdentificationCreatedWebhook = z.infer<typeof kybIdentificationCreatedWebhookSchema>;
export type KybIdentificationApprovedWebhook = z.infer<typeof kybIdentificationApprovedWebhookSchema>;
export type KybIdentificationRejectedWebhook = z.infer<typeof kybIdentificationRejectedWebhookSchema>;
export type KybIdentificationDocumentCreatedWebhook = z.infer<typeof kybIdentificationDocumentCreatedWebhookSchema>;
export type KybIdentificationDocumentUploadedWebhook = z.infer<typeof kybIdentificationDocumentUploadedWebhookSchema>;
export type KybIdentificationDocumentUpdatedWebhook = z.infer<typeof kybIdentificationDocumentUpdatedWebhookSchema>;
export type KybIdentificationDocumentDeletedWebhook = z.infer<typeof kybIdentificationDocumentDeletedWebhookSchema>;
export type FormCreatedWebhook = z.infer<typeof formCreatedWebhookSchema>;
