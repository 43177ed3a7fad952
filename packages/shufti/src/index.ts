export { provider, descriptor } from "./descriptor.js";
export { createWebhooks } from "./webhooks.js";
export type { ShuftiWebhooks, ShuftiWebhooksOptions } from "./webhooks.js";
export { callbackSchema, callbackSchemas, hasKind, kindOf } from "./callbacks/index.js";
export type { Callback, CallbackOfKind } from "./callbacks/index.js";
export { callbackKinds } from "./callbacks/kinds.js";
export type { CallbackKind } from "./callbacks/kinds.js";
export { requestPendingSchema } from "./callbacks/request-pending.js";
export type { RequestPending } from "./callbacks/request-pending.js";
export { requestInvalidSchema } from "./callbacks/request-invalid.js";
export type { RequestInvalid } from "./callbacks/request-invalid.js";
export { verificationCancelledSchema } from "./callbacks/verification-cancelled.js";
export type { VerificationCancelled } from "./callbacks/verification-cancelled.js";
export { requestTimeoutSchema } from "./callbacks/request-timeout.js";
export type { RequestTimeout } from "./callbacks/request-timeout.js";
export { requestUnauthorizedSchema } from "./callbacks/request-unauthorized.js";
export type { RequestUnauthorized } from "./callbacks/request-unauthorized.js";
export { verificationAcceptedSchema } from "./callbacks/verification-accepted.js";
export type { VerificationAccepted } from "./callbacks/verification-accepted.js";
export { verificationDeclinedSchema } from "./callbacks/verification-declined.js";
export type { VerificationDeclined } from "./callbacks/verification-declined.js";
export { verificationStatusChangedSchema } from "./callbacks/verification-status-changed.js";
export type { VerificationStatusChanged } from "./callbacks/verification-status-changed.js";
export { requestDeletedSchema } from "./callbacks/request-deleted.js";
export type { RequestDeleted } from "./callbacks/request-deleted.js";
export { requestReceivedSchema } from "./callbacks/request-received.js";
export type { RequestReceived } from "./callbacks/request-received.js";
export { reviewPendingSchema } from "./callbacks/review-pending.js";
export type { ReviewPending } from "./callbacks/review-pending.js";
export { requestCancelledSchema } from "./callbacks/request-cancelled.js";
export type { RequestCancelled } from "./callbacks/request-cancelled.js";
export { declinedCodes, describeDeclinedCode } from "./code-tables.js";
export type { DeclinedCode } from "./code-tables.js";
export { errorDetailSchema, errorListSchema, errorMessage, errorSchema } from "./error.js";
export type { ErrorDetail, ErrorList, ShuftiError } from "./error.js";
export { callbackCountrySchema, iso3166Alpha2, isoCountry, requestCountrySchema } from "./country.js";
export type { CallbackCountry } from "./country.js";
export { callbackEmailSchema, referenceSchema, verificationUrlSchema } from "./fields.js";
export { addressResultSchema, documentResultSchema, verificationResultSchema, verificationResultValueSchema } from "./verification-result.js";
export type { AddressResult, DocumentResult, VerificationResult, VerificationResultValue } from "./verification-result.js";
export { addressDataSchema, documentDataSchema, nameSchema, verificationDataSchema } from "./verification-data.js";
export type { AddressData, DocumentData, Name, VerificationData } from "./verification-data.js";
export { agentSchema, geolocationSchema, infoSchema } from "./info.js";
export { proofsSchema, serviceProofsSchema } from "./proofs.js";
export type { Proofs, ServiceProofs } from "./proofs.js";
export type { Agent, Geolocation, Info } from "./info.js";
export { additionalDataSchema, documentProofSchema } from "./additional-data.js";
export type { AdditionalData, DocumentProof } from "./additional-data.js";
export { documentTypes, documentTypeSchema, verificationRequestDocumentSchema, verificationRequestSchema } from "./api/verification-request.js";
export type { VerificationRequest, VerificationRequestDocument } from "./api/verification-request.js";
export { fromPhpObject, phpObject } from "./php-object.js";
export { computeSignature, signatureAlgorithms, signatureHeaderOf, signatureHeaders, verifySignature } from "./auth.js";
export type { SignatureAlgorithm, SignatureVerification, VerifySignatureOptions } from "./auth.js";
export { detect } from "./detect.js";
export { parseCallback, safeParseCallback } from "./parse.js";
export type { ParseOptions } from "./detect.js";
// The shared contract's types and error class, so that nothing needs @kyc-webhooks/core installed by hand.
export { CallbackParseError, formatIssues, formatPath } from "@kyc-webhooks/core";
export type {
  Fixture,
  Issue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
  SimulatedDelivery,
  SimulateInput,
  SimulateOverrides,
  Strictness,
  Warning,
  WebhookAuthentication,
  WebhookFailure,
  WebhookRequest,
  WebhookResult,
  Webhooks,
  WebhooksStrictnessOption,
  WebhookStage,
  WebhookSuccess,
} from "@kyc-webhooks/core";
