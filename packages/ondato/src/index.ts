export const provider = "ondato" as const;

export { callbackKinds, canonicalKind, isCallbackKind, webhookEvents } from "./callbacks/kinds.js";
export type { CallbackKind, IdentityVerificationKind, KybIdentificationKind, KycIdentificationKind, WebhookResource } from "./callbacks/kinds.js";
export { callbackSchema, callbackSchemas, isIdentityVerificationCallback, isKybIdentificationCallback, isKycIdentificationCallback, kindOf } from "./callbacks/index.js";
export type { Callback, IdentityVerificationCallback, KybIdentificationCallback, KycIdentificationCallback } from "./callbacks/index.js";
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
export { safeParseCallback, parseCallback, detect } from "./parse.js";
export type { ParseOptions } from "./parse.js";
export { verifyOndatoBasicAuth } from "./auth.js";
export { ondatoWebhookIps, isOndatoWebhookIp } from "./ips.js";
export {
  parseClientCredentialsTokenRequest,
  verifyClientCredentials,
  tokenResponseSchema,
  issueAccessToken,
  isIssuedTokenValid,
  verifyOndatoBearer,
  respondToTokenRequest,
} from "./oauth2.js";
export type { ClientAuthenticationMethod, ClientCredentialsTokenRequest, OAuthErrorResponse, TokenRequestResult, TokenResponse, IssuedAccessToken } from "./oauth2.js";
export { idvUrl, safeIdvUrl, idvOrigins } from "./idv-url.js";
export type { IdvUrlOptions, IdvUrlResult } from "./idv-url.js";
export { ondatoWebhookDelivery } from "./delivery.js";
export { descriptor } from "./descriptor.js";
