export { provider } from "./descriptor.js";
export { createWebhooks } from "./webhooks.js";
export type { OndatoOAuth2Options, OndatoWebhooks, OndatoWebhooksOptions, TokenEndpointAnswer } from "./webhooks.js";

export { callbackKinds, canonicalKind, isCallbackKind, webhookEvents } from "./callbacks/kinds.js";
export type { CallbackKind, IdentityVerificationKind, KybIdentificationKind, KycIdentificationKind, WebhookResource } from "./callbacks/kinds.js";
export { callbackSchema, callbackSchemas, hasKind, isIdentityVerificationCallback, isKybIdentificationCallback, isKycIdentificationCallback, kindOf } from "./callbacks/index.js";
export type { Callback, CallbackOfKind, IdentityVerificationCallback, KybIdentificationCallback, KycIdentificationCallback } from "./callbacks/index.js";
export {
  webhookEnvelopeSchema,
  kybIdentificationPayloadSchema,
  formPayloadSchema,
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
  thinIdvPayloadSchema,
} from "./callbacks/envelope.js";
export type {
  WebhookEnvelope,
  KybIdentificationPayload,
  FormPayload,
  IdentityVerificationConsentedWebhook,
  IdentityVerificationStatusChangedWebhook,
  IdvConsentedWebhook,
  IdvStatusChangedWebhook,
  KycIdentificationCreatedWebhook,
  KycIdentificationProcessedWebhook,
  KycIdentificationApprovedWebhook,
  KycIdentificationUpdatedWebhook,
  KycIdentificationRejectedWebhook,
  KybIdentificationCreatedWebhook,
  KybIdentificationApprovedWebhook,
  KybIdentificationRejectedWebhook,
  KybIdentificationDocumentCreatedWebhook,
  KybIdentificationDocumentUploadedWebhook,
  KybIdentificationDocumentUpdatedWebhook,
  KybIdentificationDocumentDeletedWebhook,
  FormCreatedWebhook,
  ThinIdvPayload,
} from "./callbacks/envelope.js";
export {
  createIdentityVerificationRequestSchema,
  createIdentityVerificationResponseSchema,
  identityVerificationSchema,
  identityVerificationStatusSchema,
  identityVerificationStepSchema,
  consentStepSchema,
} from "./api/identity-verification.js";
export type {
  CreateIdentityVerificationRequest,
  CreateIdentityVerificationResponse,
  IdentityVerification,
  IdentityVerificationStatus,
  IdentityVerificationStep,
  ConsentStep,
} from "./api/identity-verification.js";
export {
  kycIdentificationSchema,
  kycIdentificationStatusSchema,
  kycStatusReasonSchema,
  kycDocumentSchema,
  documentTypeSchema,
  documentFileSchema,
  documentFilePartSchema,
  documentFileTypeSchema,
  ocrValidationSchema,
  namedCheckSchema,
  kycFaceSchema,
  faceFileSchema,
} from "./api/kyc-identification.js";
export type {
  KycIdentification,
  KycIdentificationStatus,
  KycStatusReason,
  KycDocument,
  DocumentType,
  DocumentFile,
  DocumentFilePart,
  DocumentFileType,
  OcrValidation,
  NamedCheck,
  KycFace,
  FaceFile,
} from "./api/kyc-identification.js";
export { setupReferenceSchema, resourceReferenceSchema } from "./api/setup.js";
export type { SetupReference, ResourceReference } from "./api/setup.js";
export { ondatoTimestampSchema, ondatoTimestampPattern, parseOndatoTimestamp, ondatoIdSchema, ondatoDateSchema, iso3CountrySchema } from "./formats.js";
export {
  identityVerificationStatuses,
  kycIdentificationStatuses,
  kycStatusReasons,
  documentTypes,
  documentFileParts,
  documentFileTypes,
  kybDocumentStatuses,
} from "./code-tables.js";
export { safeParseCallback, parseCallback } from "./parse.js";
export { detect } from "./detect.js";
export type { ParseOptions } from "./detect.js";
export { isOndatoWebhookIp, ondatoWebhookIps, verifyOndatoBasicAuth } from "./auth.js";
export {
  parseClientCredentialsTokenRequest,
  verifyClientCredentials,
  tokenResponseSchema,
  issueAccessToken,
  isIssuedTokenValid,
  verifyOndatoBearer,
  respondToTokenRequest,
  requestAccessToken,
} from "./oauth2.js";
export type { AccessTokenRequest, AccessTokenResult, ClientAuthenticationMethod, ClientCredentialsTokenRequest, OAuthErrorResponse, TokenRequestResult, TokenResponse, IssuedAccessToken } from "./oauth2.js";
export { idvUrl, safeIdvUrl, idvOrigins } from "./idv-url.js";
export type { IdvUrlOptions, IdvUrlResult } from "./idv-url.js";
export { ondatoWebhookDelivery } from "./delivery.js";
export { descriptor } from "./descriptor.js";
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
