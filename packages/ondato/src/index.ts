export const provider = "ondato" as const;

export { callbackKinds, canonicalKind, isCallbackKind, webhookEvents } from "./events/kinds.js";
export type { CallbackKind, IdentityVerificationKind, KybIdentificationKind, KycIdentificationKind, WebhookResource } from "./events/kinds.js";
export { callbackSchema, callbackSchemas, isIdentityVerificationCallback, isKybIdentificationCallback, isKycIdentificationCallback, kindOf } from "./events/index.js";
export type { Callback, IdentityVerificationCallback, KybIdentificationCallback, KycIdentificationCallback } from "./events/index.js";
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
} from "./events/envelope.js";
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
} from "./events/envelope.js";
export {
  createIdentityVerificationRequestSchema,
  createIdentityVerificationResponseSchema,
  identityVerificationSchema,
  identityVerificationStatusSchema,
  identityVerificationStepSchema,
  consentStepSchema,
} from "./resources/identity-verification.js";
export type {
  CreateIdentityVerificationRequest,
  CreateIdentityVerificationResponse,
  IdentityVerification,
  IdentityVerificationStatus,
  IdentityVerificationStep,
  ConsentStep,
} from "./resources/identity-verification.js";
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
} from "./resources/kyc-identification.js";
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
} from "./resources/kyc-identification.js";
export { setupReferenceSchema, resourceReferenceSchema } from "./resources/setup.js";
export type { SetupReference, ResourceReference } from "./resources/setup.js";
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
export { safeParseCallback, parseCallback, detect } from "./parse.js";
export type { ParseOptions } from "./parse.js";
export { verifyOndatoBasicAuth } from "./auth/basic.js";
export { ondatoWebhookIps, isOndatoWebhookIp } from "./auth/ips.js";
export {
  parseClientCredentialsTokenRequest,
  verifyClientCredentials,
  tokenResponseSchema,
  issueAccessToken,
  isIssuedTokenValid,
  verifyOndatoBearer,
  respondToTokenRequest,
} from "./auth/oauth2.js";
export type { ClientAuthenticationMethod, ClientCredentialsTokenRequest, OAuthErrorResponse, TokenRequestResult, TokenResponse, IssuedAccessToken } from "./auth/oauth2.js";
export { idvUrl, safeIdvUrl, idvOrigins } from "./idv-url.js";
export type { IdvUrlOptions, IdvUrlResult } from "./idv-url.js";
export { ondatoWebhookDelivery } from "./delivery.js";
export { descriptor } from "./descriptor.js";
