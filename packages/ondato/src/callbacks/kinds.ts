/**
 * Every webhook type Ondato sends, the envelope's `type` (Ondato's webhooks page, Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks).
 * `Idv.*` are the names Ondato, “IDV integration” uses; Ondato renamed them `IdentityVerification.*`. Both are accepted,
 * and each keeps its own kind so a receiver can tell which name it was sent.
 */
export const callbackKinds = [
  "IdentityVerification.Consented",
  "IdentityVerification.StatusChanged",
  "Idv.Consented",
  "Idv.StatusChanged",
  "KycIdentification.Created",
  "KycIdentification.Processed",
  "KycIdentification.Approved",
  "KycIdentification.Updated",
  "KycIdentification.Rejected",
  "KybIdentification.Created",
  "KybIdentification.Approved",
  "KybIdentification.Rejected",
  "KybIdentification.Document.Created",
  "KybIdentification.Document.Uploaded",
  "KybIdentification.Document.Updated",
  "KybIdentification.Document.Deleted",
  "Form.Created",
] as const;
export type CallbackKind = (typeof callbackKinds)[number];

export type IdentityVerificationKind = Extract<CallbackKind, `IdentityVerification.${string}` | `Idv.${string}`>;
export type KycIdentificationKind = Extract<CallbackKind, `KycIdentification.${string}`>;
export type KybIdentificationKind = Extract<CallbackKind, `KybIdentification.${string}`>;

/** The resource a webhook's payload is (what GET of that resource returns). */
export type WebhookResource = "IdentityVerification" | "KycIdentification" | "KybIdentification" | "Form";

/** The events with Ondato's description ("Webhook is triggered when ...") and the resource of their payload. */
export const webhookEvents = [
  { code: "IdentityVerification.Consented", resource: "IdentityVerification", description: "The user accepts the consent agreement on a new identification.", source: "Ondato's webhooks page (diff pageId 2400616471)" },
  { code: "IdentityVerification.StatusChanged", resource: "IdentityVerification", description: "The identity verification's status changes.", source: "Ondato's webhooks page (diff pageId 2400616471)" },
  { code: "Idv.Consented", resource: "IdentityVerification", description: "Earlier name of IdentityVerification.Consented: the user accepts the consent agreement on a new identification.", source: "Ondato, “IDV integration”; Ondato's webhooks page (diff pageId 2319089755)" },
  { code: "Idv.StatusChanged", resource: "IdentityVerification", description: "Earlier name of IdentityVerification.StatusChanged: the identity verification's status changes.", source: "Ondato's webhooks page (diff pageId 2319089755)" },
  { code: "KycIdentification.Created", resource: "KycIdentification", description: "The KYC identification step is started by the customer.", source: "Ondato's webhooks page" },
  { code: "KycIdentification.Processed", resource: "KycIdentification", description: "The KYC identification is completed by the customer.", source: "Ondato's webhooks page" },
  { code: "KycIdentification.Approved", resource: "KycIdentification", description: "The KYC identification is manually or automatically approved.", source: "Ondato, “IDV integration”; Ondato's webhooks page" },
  { code: "KycIdentification.Updated", resource: "KycIdentification", description: "Document data of the KYC identification is updated in Ondato Portal.", source: "Ondato, “IDV integration”; Ondato's webhooks page" },
  { code: "KycIdentification.Rejected", resource: "KycIdentification", description: "The KYC identification is manually or automatically rejected.", source: "Ondato, “IDV integration”; Ondato's webhooks page" },
  { code: "KybIdentification.Created", resource: "KybIdentification", description: "The customer finished filling in the business onboarding form.", source: "Ondato's webhooks page" },
  { code: "KybIdentification.Approved", resource: "KybIdentification", description: "All KYC identifications were approved and all registry checks were successfully validated.", source: "Ondato's webhooks page (diff pageId 2400616471)" },
  { code: "KybIdentification.Rejected", resource: "KybIdentification", description: "Not all KYC identifications were approved and/or not all registries were successfully validated.", source: "Ondato's webhooks page (diff pageId 2400616471)" },
  { code: "KybIdentification.Document.Created", resource: "KybIdentification", description: "A KYB related document entity is created in the KYB identification with status NeedReview.", source: "Ondato's webhooks page" },
  { code: "KybIdentification.Document.Uploaded", resource: "KybIdentification", description: "A KYB related document file is uploaded to the document entity.", source: "Ondato's webhooks page" },
  { code: "KybIdentification.Document.Updated", resource: "KybIdentification", description: "A KYB related document is verified and its status changes from NeedReview to Validated or Invalidated.", source: "Ondato's webhooks page" },
  { code: "KybIdentification.Document.Deleted", resource: "KybIdentification", description: "A KYB related document is deleted from the KYB identification.", source: "Ondato's webhooks page" },
  { code: "Form.Created", resource: "Form", description: "A form is created (shown only as the body example of Ondato's webhooks page).", source: "Ondato's webhooks page (diff pageId 2334785557)" },
] as const satisfies readonly { code: CallbackKind; resource: WebhookResource; description: string; source: string }[];

/** The current name of a kind: `Idv.Consented` → `IdentityVerification.Consented`; other kinds unchanged. */
export function canonicalKind(kind: CallbackKind): Exclude<CallbackKind, `Idv.${string}`> {
  if (kind === "Idv.Consented") return "IdentityVerification.Consented";
  if (kind === "Idv.StatusChanged") return "IdentityVerification.StatusChanged";
  return kind;
}

export function isCallbackKind(value: unknown): value is CallbackKind {
  return typeof value === "string" && (callbackKinds as readonly string[]).includes(value);
}
